import type { OrgChartVersion, OrgUnit } from './org-chart.types';
import { effectiveInstant, successionProblems, unitStandingFor } from './unit-succession.policy';

const unit = (id: string, head = true): OrgUnit => ({
  id,
  name: id,
  shortNames: [],
  kind: 'department',
  parentId: 'root',
  head: head ? { name: `Giám đốc ${id}`, title: 'Giám đốc', userId: `${id}.giamdoc` } : null,
  leaderInCharge: null,
  groups: [],
});
const chart = (version: number, validFrom: string, ids: string[], extra: Partial<OrgChartVersion> = {}): OrgChartVersion => ({
  chartId: 'hue',
  version,
  name: `v${version}`,
  validFrom,
  validTo: null,
  rootUnitId: 'root',
  groups: [],
  units: [unit('root'), ...ids.map((id) => unit(id))],
  ...extra,
});

const v1 = chart(1, '2022-01-01', ['so-kh-dt', 'so-tc', 'huyen-a', 'huyen-b']);
const v2 = chart(2, '2025-03-01', ['so-tc', 'huyen-a', 'huyen-b'], {
  succession: [{ unitId: 'so-kh-dt', successorIds: ['so-tc'], kind: 'merged', basis: 'NQ 1' }],
});
const v3 = chart(3, '2025-07-01', ['so-tc', 'xa-1', 'xa-2'], {
  succession: [
    { unitId: 'huyen-a', successorIds: ['xa-1', 'xa-2'], kind: 'split', basis: 'NQ 2' },
    { unitId: 'huyen-b', successorIds: ['xa-2'], kind: 'merged', basis: 'NQ 2' },
  ],
});

describe('unit succession', () => {
  it('follows a unit to its lead successor through every later version', () => {
    expect(unitStandingFor([v1, v2, v3], 'so-kh-dt', v3)).toBe('so-tc');
    expect(unitStandingFor([v1, v2, v3], 'huyen-a', v3)).toBe('xa-1');
    expect(unitStandingFor([v1, v2, v3], 'huyen-a', v2)).toBe('huyen-a');
    expect(unitStandingFor([v1, v2, v3], 'unknown', v3)).toBeUndefined();
  });

  it('takes effect at 00:00 of the first day in Vietnam unless an instant is given', () => {
    expect(new Date(effectiveInstant(v2)).toISOString()).toBe('2025-02-28T17:00:00.000Z');
    expect(effectiveInstant({ ...v2, effectiveAt: '2025-03-01T02:00:00Z' })).toBe(Date.parse('2025-03-01T02:00:00Z'));
  });

  it('accepts a sound succession map', () => {
    expect(successionProblems({ previous: v2, next: v3, existing: [v1, v2], openTasksByUnit: { 'huyen-a': 3 } })).toEqual([]);
  });

  it('refuses unknown successors, cycles, overlapping validity and units left without a successor while they have open tasks', () => {
    const bad = chart(3, '2025-02-01', ['so-tc', 'huyen-a', 'xa-1'], {
      succession: [
        { unitId: 'huyen-a', successorIds: ['so-tc'], kind: 'merged', basis: 'NQ 2' },
        { unitId: 'so-tc', successorIds: ['huyen-a'], kind: 'merged', basis: 'NQ 2' },
        { unitId: 'ghost', successorIds: ['xa-9'], kind: 'merged', basis: '' },
      ],
    });
    expect(successionProblems({ previous: v2, next: bad, existing: [v1, v2], openTasksByUnit: { 'huyen-b': 2 } })).toEqual([
      'validFrom: phiên bản mới phải có hiệu lực sau phiên bản 2 (2025-03-01) (must take effect after version 2)',
      'succession.2.unitId: không có đơn vị ghost trong phiên bản 2 (unknown unit)',
      'succession.2.successorIds: không có đơn vị kế thừa xa-9 trong phiên bản mới (unknown successor)',
      'succession.2.basis: thiếu văn bản quyết định việc sắp xếp (the deciding resolution is required)',
      'succession: vòng kế thừa huyen-a → so-tc → huyen-a (a succession cycle)',
      'succession: các đơn vị không còn trong phiên bản mới, còn nhiệm vụ đang mở mà chưa có đơn vị kế thừa: huyen-b (2 nhiệm vụ đang mở) (units left without a successor while they have open tasks)',
    ]);
    const overlapping = successionProblems({
      previous: v2,
      next: { ...v3, validFrom: '2025-06-01' },
      existing: [v1, v2, { ...v3, version: 4 }],
      openTasksByUnit: {},
    });
    expect(overlapping).toEqual(['validFrom: trùng thời gian hiệu lực với phiên bản 4 (từ 2025-07-01) (overlaps version 4)']);
  });
});
