// People of the sample org chart (infra/seed/org-chart.thua-thien-hue.2022.json) as they
// appear in commands.
export const HEAD_SO_NOI_VU = { userId: 'so-noi-vu.giamdoc', role: 'unit-head', unitId: 'so-noi-vu' } as const;
export const HEAD_SO_TU_PHAP = { userId: 'so-tu-phap.giamdoc', role: 'unit-head', unitId: 'so-tu-phap' } as const;
export const ISSUER = { userId: 'van-phong-ubnd-tinh.chanhvanphong', role: 'issuer', unitId: 'van-phong-ubnd-tinh' } as const;

/** An instant given as Vietnam wall-clock time: vn('2022-03-28 10:00'). */
export function vn(local: string): string {
  return new Date(`${local.replace(' ', 'T')}:00+07:00`).toISOString();
}
