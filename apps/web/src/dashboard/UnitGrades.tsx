import { Table, Tag } from 'antd';
import type { UnitGrade } from '../api/types';
import { ScrollRegion } from '../app/ScrollRegion';
import { useI18n } from '../i18n/i18n';
import { CountButton } from './CountButton';
import type { DrillDown } from './drill-down';

/** The grades as the report gives them (rule, measure, grade, explanation): the web app never grades. */
export function UnitGrades({
  grades,
  items,
  onOpen,
}: {
  grades: UnitGrade[];
  items: (unitId: string) => number;
  onOpen: (drill: DrillDown) => void;
}) {
  const { t } = useI18n();
  return (
    <ScrollRegion label={t('grades')}>
      <Table<UnitGrade>
        rowKey="unitId"
        size="small"
        style={{ minWidth: 900 }}
        pagination={{ pageSize: 15, hideOnSinglePage: true }}
        dataSource={grades}
        columns={[
          { title: t('unit'), dataIndex: 'unitName' },
          { title: t('gradeRule'), dataIndex: 'ruleId', render: (id: string, g) => <span title={g.ruleSource}>{id}</span> },
          {
            title: t('gradeMeasure'),
            dataIndex: 'measure',
            render: (m: number | null, g) => (m === null ? '—' : g.ruleId.includes('share') ? `${Math.round(m * 100)} %` : String(m)),
          },
          {
            title: t('grades'),
            dataIndex: 'label',
            render: (label: string, g) => (
              <>
                {label}
                {g.provisional && <Tag style={{ marginInlineStart: 8 }}>{t('provisional')}</Tag>}
              </>
            ),
          },
          { title: t('gradeExplanation'), dataIndex: 'explanation', render: (e?: string) => e ?? '—' },
          {
            key: 'tasks',
            title: t('tasks'),
            render: (_: unknown, g) => (
              <CountButton
                value={items(g.unitId)}
                label={`${g.unitName} — ${t('tasks')}`}
                onOpen={() => onOpen({ count: 'total', unitId: g.unitId })}
              />
            ),
          },
        ]}
      />
    </ScrollRegion>
  );
}
