import { z } from 'zod';
import { describeIssues } from './validation';

const problemsOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a failure');
  return describeIssues(result.error);
};

describe('validation problems in Vietnamese with the English beside', () => {
  const body = z
    .object({
      note: z.string().trim().min(1),
      percent: z.number().int().min(0).max(100),
      kind: z.enum(['a', 'b']),
      at: z.iso.datetime({ offset: true, message: 'expected an ISO 8601 date-time with offset' }),
      tags: z.array(z.string()).max(1),
    })
    .strict();

  it('says each field, what is wrong in Vietnamese, and the validator English in brackets', () => {
    expect(problemsOf(body, { note: '', percent: 101, kind: 'c', at: '2020', tags: ['x', 'y'], extra: 1 })).toEqual([
      'note: không được để trống (Too small: expected string to have >=1 characters)',
      'percent: không được quá 100 (Too big: expected number to be <=100)',
      'kind: giá trị không hợp lệ, chỉ nhận: a, b (Invalid option: expected one of "a"|"b")',
      'at: phải là thời điểm ISO 8601 có múi giờ (expected an ISO 8601 date-time with offset)',
      'tags: không được quá 1 phần tử (Too big: expected array to have <=1 items)',
      '(root): trường không được phép: extra (Unrecognized key: "extra")',
    ]);
  });

  it('tells a missing field from a field of the wrong type', () => {
    expect(problemsOf(body.pick({ note: true }), {})).toEqual([
      'note: thiếu trường bắt buộc (cần chuỗi ký tự) (Invalid input: expected string, received undefined)',
    ]);
    expect(problemsOf(body.pick({ note: true }), { note: 3 })).toEqual([
      'note: sai kiểu dữ liệu, cần chuỗi ký tự (Invalid input: expected string, received number)',
    ]);
  });

  it('keeps a message a schema already wrote in Vietnamese', () => {
    const schema = z.object({ revision: z.number({ message: 'thiếu số phiên bản (revision is required)' }) });
    expect(problemsOf(schema, {})).toEqual(['revision: thiếu số phiên bản (revision is required)']);
  });
});
