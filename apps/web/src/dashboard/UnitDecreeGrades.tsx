import { Table, Tag } from 'antd';
import { Link } from 'react-router';
import type { UnitDecreeGrade } from '../api/types';
import { ScrollRegion } from '../app/ScrollRegion';
import { evaluationPath } from '../evaluations/EvaluationPage';
import { useI18n } from '../i18n/i18n';
import { CountButton } from './CountButton';
import type { DrillDown } from './drill-down';

const points = (x: number | null) => (x === null ? '—' : x.toLocaleString('vi-VN', { maximumFractionDigits: 2 }));

/**
 * Each unit's grade under the decree in force for the report's period (one part per decree
 * when the period spans 1/1/2026), as the report computes it, with a link to the unit's
 * evaluation page and its tasks' drill-down.
 */
export function UnitDecreeGrades({
  grades,
  period,
  items,
  onOpen,
}: {
  grades: UnitDecreeGrade[];
  period: string;
  items: (unitId: string) => number;
  onOpen: (drill: DrillDown) => void;
}) {
  const { t } = useI18n();
  return (
    <ScrollRegion label={t('decreeGradesTitle')}>
      <Table<UnitDecreeGrade>
        rowKey="unitId"
        size="small"
        style={{ minWidth: 900 }}
        pagination={{ pageSize: 15, hideOnSinglePage: true }}
        dataSource={grades}
        columns={[
          { title: t('unit'), dataIndex: 'unitName' },
          {
            title: t('decreeApplied'),
            key: 'decree',
            render: (_: unknown, g) => g.parts.map((p) => <div key={p.decree}>{p.evaluation.ruleId}</div>),
          },
          {
            title: t('score'),
            key: 'score',
            render: (_: unknown, g) =>
              g.parts.map((p) => (
                <div key={p.decree}>
                  {p.decree === 'nd335-2025' ? `${points(p.evaluation.score)} / 100` : `${points(p.evaluation.score)} %`}
                </div>
              )),
          },
          {
            title: t('gradeResult'),
            key: 'grade',
            render: (_: unknown, g) => (
              <>
                {g.parts.map((p) => (
                  <div key={p.decree}>
                    {p.evaluation.label}
                    {p.evaluation.decidedBy === 'quota' && <Tag style={{ marginInlineStart: 8 }}>{t('decidedByQuota')}</Tag>}
                  </div>
                ))}
                {g.frozen ? <Tag>{t('frozen')}</Tag> : g.provisional && <Tag>{t('provisional')}</Tag>}
              </>
            ),
          },
          {
            key: 'open',
            title: t('openEvaluation'),
            render: (_: unknown, g) => (
              <Link to={evaluationPath(g.unitId, period)} aria-label={`${t('openEvaluation')}: ${g.unitName}`}>
                {t('openEvaluation')}
              </Link>
            ),
          },
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
