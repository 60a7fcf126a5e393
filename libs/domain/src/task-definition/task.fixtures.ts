import { TaskDefinition } from './task-definition.types';

// The seed letter: Công văn 907/UBND-NV of UBND tỉnh Thừa Thiên Huế, 25/01/2022, item 3
// ("định kỳ hàng tháng, cuối năm có đánh giá, phân loại rõ kết quả thực hiện").
export const SEED_DEFINITION: TaskDefinition = {
  directive: {
    directiveId: 'tth-907-UBND-NV-2022',
    number: '907/UBND-NV',
    issuedOn: '2022-01-25',
    issuer: 'Ủy ban nhân dân tỉnh Thừa Thiên Huế',
  },
  item: '3',
  text: 'Nâng cao chất lượng xây dựng, ban hành quy chế, quy trình làm việc nội bộ…; định kỳ hàng tháng, cuối năm có đánh giá, phân loại rõ kết quả thực hiện.',
  leadUnitId: 'so-noi-vu',
  supportingUnitIds: ['van-phong-ubnd'],
  timing: { kind: 'deadline', deadline: { workingDays: 10 } },
};
