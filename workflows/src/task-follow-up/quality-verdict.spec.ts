import { taskDefinitionSchema } from '@dondoc/contracts';
import { civilServiceCalendar } from '@dondoc/domain';
import { TaskFollowUp } from './task-follow-up.state';

// The issuer's quality verdicts as the state records them (the workflow specs run the same
// through Temporal): one mark per verdict given, none for a decision without one, carried
// across continue-as-new.

const HEAD = { userId: 'so-noi-vu.giamdoc', role: 'unit-head', unitId: 'so-noi-vu' } as const;
const ISSUER = { userId: 'van-phong-ubnd-tinh.vanthu', role: 'issuer', unitId: 'van-phong-ubnd-tinh' } as const;
const definition = taskDefinitionSchema.parse({
  schemaVersion: 1,
  taskId: 't-qv',
  directiveId: 'd',
  directiveNumber: '1/UBND',
  itemRef: '1',
  text: 'Báo cáo',
  leadUnitId: 'so-noi-vu',
  assignedAt: '2026-03-02T09:00:00+07:00',
  schedule: { kind: 'deadline', workingDays: 10 },
});
const at = (iso: string) => Date.parse(iso);

describe("TaskFollowUp: the issuer's quality verdicts", () => {
  it('records a verdict given at a return or an approval, and none for a decision without one', () => {
    const f = TaskFollowUp.start(definition, civilServiceCalendar);
    f.apply({ type: 'acknowledge' }, { actor: HEAD }, at('2026-03-02T03:00:00Z'));
    f.apply({ type: 'submitCompletion', summary: 'Xong' }, { actor: HEAD }, at('2026-03-03T03:00:00Z'));
    f.apply({ type: 'returnForRework', reason: 'Bổ sung' }, { actor: ISSUER }, at('2026-03-04T03:00:00Z'));
    expect(f.snapshot(at('2026-03-04T03:00:00Z')).qualityMarks).toEqual([]);
    f.apply({ type: 'submitCompletion', summary: 'Đã bổ sung' }, { actor: HEAD }, at('2026-03-05T03:00:00Z'));
    f.apply({ type: 'returnForRework', reason: 'Sai số liệu', qualityError: true }, { actor: ISSUER }, at('2026-03-06T03:00:00Z'));
    const carried = TaskFollowUp.resume(definition, f.carry(), civilServiceCalendar);
    carried.apply({ type: 'submitCompletion', summary: 'Đã sửa' }, { actor: HEAD }, at('2026-03-09T03:00:00Z'));
    carried.apply({ type: 'approveCompletion', quality: 'met' }, { actor: ISSUER }, at('2026-03-10T03:00:00Z'));
    const snapshot = carried.snapshot(at('2026-03-10T03:00:00Z'));
    expect(snapshot.status).toBe('completed');
    expect(snapshot.qualityMarks).toEqual([
      { on: 'return', verdict: 'major-error', reason: 'Sai số liệu', at: '2026-03-06T03:00:00.000Z', by: ISSUER.userId },
      { on: 'approval', verdict: 'met', reason: null, at: '2026-03-10T03:00:00.000Z', by: ISSUER.userId },
    ]);
    expect(snapshot.timeline.map((e) => e.text).slice(-3)).toEqual([
      'Trả lại để hoàn thiện: Sai số liệu Tính là sai sót lớn về chất lượng.',
      'Báo cáo hoàn thành: Đã sửa',
      'Phê duyệt kết quả: nhiệm vụ hoàn thành. Chất lượng: đạt yêu cầu.',
    ]);
  });
});
