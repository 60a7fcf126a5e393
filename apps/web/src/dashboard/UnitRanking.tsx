import { Table } from 'antd';
import type { Report } from '../api/types';
import { ScrollRegion } from '../app/ScrollRegion';
import { useI18n } from '../i18n/i18n';
import { CountButton } from './CountButton';
import { ranked, type CountKey, type DrillDown } from './drill-down';

type Unit = Report['byUnit'][number];

/** Units best first by on-time rate; each count opens the unit's tasks of that kind. */
export function UnitRanking({ units, onOpen }: { units: Report['byUnit']; onOpen: (drill: DrillDown) => void }) {
  const { t } = useI18n();
  const count = (key: CountKey, label: string) => ({
    key,
    title: label,
    render: (_: unknown, u: Unit) => (
      <CountButton value={u.counts[key]} label={`${u.name} — ${label}`} onOpen={() => onOpen({ count: key, unitId: u.id })} />
    ),
  });
  return (
    <div data-testid="unit-ranking">
      <ScrollRegion label={t('ranking')}>
        <Table<Unit & { rank: number }>
          rowKey="id"
          size="small"
          style={{ minWidth: 760 }}
          pagination={{ pageSize: 15, hideOnSinglePage: true }}
          dataSource={ranked(units).map((u, i) => ({ ...u, rank: i + 1 }))}
          columns={[
            { title: t('rank'), dataIndex: 'rank', width: 60 },
            { title: t('unit'), dataIndex: 'name' },
            count('doneOnTime', t('doneOnTime')),
            count('doneLate', t('doneLate')),
            count('notDue', t('openInTime')),
            count('overdue', t('openOverdue')),
            {
              key: 'rate',
              title: t('onTimeRate'),
              render: (_: unknown, u: Unit) => (u.counts.onTimeRate === null ? '—' : `${Math.round(u.counts.onTimeRate * 100)} %`),
            },
          ]}
        />
      </ScrollRegion>
    </div>
  );
}
