import { Collapse, Descriptions, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { CalculationLine, DecreePart, ItemScore } from '../api/types';
import { ScrollRegion } from '../app/ScrollRegion';
import { useI18n } from '../i18n/i18n';
import { taskIdOfItem } from './period-key';

const points = (x: number) => x.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
const shown = (x: number | null | undefined, unit = '') => (x === null || x === undefined ? '—' : `${points(x)}${unit}`);

/**
 * One decree's part of a unit's evaluation as the API computed it: which decree and why,
 * each item with its points and each deduction (linked to its task), the subtotals, the
 * grade, and every line of the calculation with its source. The web app never grades.
 * `findings`, when the person may assess, gives each item's controls in a last column.
 */
export function DecreePartView({ part, findings }: { part: DecreePart; findings?: (item: ItemScore) => ReactNode }) {
  const { t, date } = useI18n();
  const e = part.evaluation;
  const s = e.subtotals;
  const nd335 = part.decree === 'nd335-2025';
  return (
    <section aria-label={`${t('decreeApplied')}: ${e.ruleId}`}>
      <Descriptions size="small" column={1} bordered style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('decreeApplied')}>
          <span data-testid="decree-applied">{e.source}</span>
        </Descriptions.Item>
        {part.reason && <Descriptions.Item label={t('decreeWhy')}>{part.reason}</Descriptions.Item>}
      </Descriptions>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {nd335 ? t('taskResultsTitle') : t('tasks')}
      </Typography.Title>
      {e.items.length === 0 ? (
        <Typography.Paragraph>{t('noWorkItems')}</Typography.Paragraph>
      ) : (
        <ScrollRegion label={t('taskResultsTitle')}>
          <Table<ItemScore>
            rowKey="key"
            size="small"
            pagination={false}
            style={{ minWidth: 900 }}
            dataSource={e.items}
            columns={[
              {
                title: t('workItem'),
                dataIndex: 'label',
                render: (label: string, i) => <Link to={`/tasks/${encodeURIComponent(taskIdOfItem(i.key))}`}>{label}</Link>,
              },
              { title: t('dueAt'), dataIndex: 'dueOn', render: (d: string) => date(d) },
              { title: t('quantityPoints'), dataIndex: 'quantity', render: (x: number) => points(x) },
              { title: t('qualityPoints'), dataIndex: 'quality', render: (x: number) => points(x) },
              { title: t('progressPoints'), dataIndex: 'progress', render: (x: number) => points(x) },
              {
                title: t('deductions'),
                key: 'deductions',
                render: (_: unknown, i) =>
                  i.deductions.length + i.waivers.length === 0 ? (
                    t('noDeduction')
                  ) : (
                    <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                      {i.deductions.map((d, n) => (
                        <li
                          key={`d${n}`}
                          title={d.source}
                        >{`−${d.percent}% ${d.criterion === 'quality' ? t('qualityPoints') : t('progressPoints')}: ${d.reason}`}</li>
                      ))}
                      {i.waivers.map((w, n) => (
                        <li key={`w${n}`} title={w.source}>
                          {w.reason}
                        </li>
                      ))}
                    </ul>
                  ),
              },
              ...(findings ? [{ title: t('assessorFindings'), key: 'findings', render: (_: unknown, i: ItemScore) => findings(i) }] : []),
            ]}
          />
        </ScrollRegion>
      )}
      <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered style={{ marginTop: 12 }} data-testid="decree-subtotals">
        {nd335 && (
          <>
            <Descriptions.Item label={t('quantityPoints')}>{shown(s.quantity, ' %')}</Descriptions.Item>
            <Descriptions.Item label={t('qualityPoints')}>{shown(s.quality, ' %')}</Descriptions.Item>
            <Descriptions.Item label={t('progressPoints')}>{shown(s.progress, ' %')}</Descriptions.Item>
            <Descriptions.Item label={t('taskPoints')}>{`${shown(s.taskPoints)} / 70`}</Descriptions.Item>
            <Descriptions.Item label={t('generalPoints')}>{`${shown(s.generalPoints)} / 30`}</Descriptions.Item>
          </>
        )}
        <Descriptions.Item label={nd335 ? t('totalScore') : t('score')}>
          <span data-testid="decree-score">{nd335 ? `${shown(e.score)} / 100` : shown(e.score, ' %')}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('gradeResult')} span={nd335 ? 3 : 2}>
          <strong data-testid="decree-grade">{e.label}</strong>
          {e.decidedBy === 'quota' && <Tag style={{ marginInlineStart: 8 }}>{t('decidedByQuota')}</Tag>}
          {e.decidedBy === 'forcing-case' && <Tag style={{ marginInlineStart: 8 }}>{t('decidedByForcing')}</Tag>}
        </Descriptions.Item>
      </Descriptions>
      <Collapse
        style={{ marginTop: 12 }}
        items={[
          {
            key: 'lines',
            label: t('calculationLines'),
            children: (
              <ScrollRegion label={t('calculationLines')}>
                <Table<CalculationLine>
                  rowKey={(l) => `${l.step}:${l.text}`}
                  size="small"
                  pagination={false}
                  style={{ minWidth: 900 }}
                  dataSource={e.lines}
                  columns={[
                    { title: t('text'), dataIndex: 'text' },
                    {
                      title: t('value'),
                      dataIndex: 'value',
                      render: (v: number | string | null) => (v === null ? '—' : typeof v === 'number' ? points(v) : v),
                    },
                    { title: t('legalSource'), dataIndex: 'source' },
                  ]}
                />
              </ScrollRegion>
            ),
          },
        ]}
      />
    </section>
  );
}
