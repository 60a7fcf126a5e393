import { Table, Typography } from 'antd';
import type { Report, ReportCounts } from '../api/types';
import { ScrollRegion } from '../app/ScrollRegion';
import { useI18n } from '../i18n/i18n';
import { CountButton } from './CountButton';
import type { DrillDown } from './drill-down';

type Row = Report['matrix']['rows'][number];

/** Units × months of the period: on time of due, and what is overdue; every figure opens its tasks. */
export function UnitMonthMatrix({ matrix, onOpen }: { matrix: Report['matrix']; onOpen: (drill: DrillDown) => void }) {
  const { t } = useI18n();
  const cell = (c: ReportCounts, unit: Row, month?: string) => {
    if (c.total === 0) return <Typography.Text type="secondary">—</Typography.Text>;
    const where = `${unit.unitName}${month ? `, ${monthLabel(month)}` : ''}`;
    return (
      <span style={{ whiteSpace: 'nowrap' }}>
        <CountButton
          value={c.doneOnTime}
          label={`${where} — ${t('doneOnTime')}`}
          onOpen={() => onOpen({ count: 'doneOnTime', unitId: unit.unitId, month })}
          style={{ color: '#237804' }}
        />
        {' / '}
        <CountButton
          value={c.total}
          label={`${where} — ${t('totalDue')}`}
          onOpen={() => onOpen({ count: 'total', unitId: unit.unitId, month })}
        />
        {c.overdue > 0 && (
          <>
            {' · '}
            <CountButton
              value={c.overdue}
              label={`${where} — ${t('openOverdue')}`}
              onOpen={() => onOpen({ count: 'overdue', unitId: unit.unitId, month })}
              style={{ color: '#a8071a' }}
            />
            <span style={{ color: '#a8071a' }}>{` ${t('overdueShort')}`}</span>
          </>
        )}
      </span>
    );
  };
  return (
    <>
      <Typography.Paragraph type="secondary">{t('matrixLegend')}</Typography.Paragraph>
      <ScrollRegion label={t('unitMonthMatrix')}>
        <Table<Row>
          rowKey="unitId"
          size="small"
          bordered
          style={{ minWidth: 240 + matrix.months.length * 110 }}
          pagination={false}
          dataSource={matrix.rows}
          columns={[
            { title: t('unit'), dataIndex: 'unitName', width: 220 },
            ...matrix.months.map((m, index) => ({
              key: m,
              title: monthLabel(m),
              render: (_: unknown, r: Row) => cell(r.cells[index], r, m),
            })),
            { key: 'total', title: t('wholePeriod'), render: (_: unknown, r: Row) => cell(r.total, r) },
          ]}
        />
      </ScrollRegion>
    </>
  );
}

/** '2026-03' → '03/2026', as months are written here. */
function monthLabel(month: string): string {
  return `${month.slice(5)}/${month.slice(0, 4)}`;
}
