import { useQuery } from '@tanstack/react-query';
import { Space, Typography } from 'antd';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { api } from '../api/client';
import type { Report } from '../api/types';
import { DateInput } from '../app/DateInput';
import { ErrorAlert } from '../app/ErrorAlert';
import { useUnitNames } from '../app/useUnitNames';
import { PeriodPicker } from '../evaluations/PeriodPicker';
import { useI18n } from '../i18n/i18n';
import { escalationsWaiting, type DrillDown } from './drill-down';
import { DrillDownPanel } from './DrillDownPanel';
import { ItemsTable } from './ItemsTable';
import { TaxonomyCards } from './TaxonomyCards';
import { UnitDecreeGrades } from './UnitDecreeGrades';
import { UnitGrades } from './UnitGrades';
import { UnitMonthMatrix } from './UnitMonthMatrix';
import { UnitRanking } from './UnitRanking';

// ECharts is loaded with this page only, in its own chunk (the first page's JS stays small).
const UnitsChart = lazy(() => import('./UnitsChart'));

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title}>
      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 20 }}>
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

/**
 * The leader's view of a period as of any date: the official taxonomy, the unit × month
 * matrix, the ranking, the escalations waiting and the grades. Every number is a count of
 * the report's items and opens the list of those tasks.
 */
export function DashboardPage() {
  const { t, dateTime, language } = useI18n();
  const [period, setPeriod] = useState(String(new Date().getFullYear()));
  const [asOf, setAsOf] = useState('');
  const [drill, setDrill] = useState<DrillDown>();
  const unitName = useUnitNames(asOf || undefined);
  const valid = /^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/.test(period);
  const query = `/v1/reports?period=${encodeURIComponent(period)}${asOf ? `&asOf=${encodeURIComponent(`${asOf}T23:59:59+07:00`)}` : ''}`;
  const report = useQuery({
    queryKey: ['report', period, asOf],
    queryFn: () => api<Report>(query),
    enabled: valid,
    refetchInterval: asOf ? false : 30_000,
  });
  const r = report.data;
  const waiting = r ? escalationsWaiting(r) : [];
  const tasksOf = (unitId: string) => r?.items.filter((i) => i.unitId === unitId).length ?? 0;
  return (
    <section>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {t('dashboardTitle')}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <PeriodPicker label={t('period')} value={period} onChange={(p) => (setPeriod(p), setDrill(undefined))} />
        <label>
          {t('asOf')} <DateInput value={asOf} onChange={(v) => (setAsOf(v), setDrill(undefined))} style={{ width: 170 }} />
        </label>
        {r && (
          <Typography.Text
            type="secondary"
            data-testid="report-as-of"
          >{`${language === 'vi' ? r.window.label : r.window.key} — ${t('asOf').toLowerCase()} ${dateTime(r.asOf)}`}</Typography.Text>
        )}
      </Space>
      {!valid && <Typography.Paragraph type="danger">{t('periodFormat')}</Typography.Paragraph>}
      <ErrorAlert error={report.error} />
      {r && (
        <>
          <TaxonomyCards totals={r.totals} escalations={waiting.length} onOpen={(count, escalated) => setDrill({ count, escalated })} />
          {drill && <DrillDownPanel report={r} drill={drill} unitName={unitName} onClose={() => setDrill(undefined)} />}
          <Section title={t('escalationsWaiting')}>
            <ItemsTable items={waiting} unitName={unitName} caption={t('escalationsWaiting')} />
          </Section>
          <Section title={t('unitMonthMatrix')}>
            <UnitMonthMatrix matrix={r.matrix} onOpen={setDrill} />
          </Section>
          <Section title={t('ranking')}>
            {r.byUnit.length > 0 && (
              <Suspense fallback={<Typography.Text type="secondary">{t('loading')}</Typography.Text>}>
                <UnitsChart units={r.byUnit} onOpen={setDrill} />
              </Suspense>
            )}
            <UnitRanking units={r.byUnit} onOpen={setDrill} />
          </Section>
          <Section title={t('decreeGradesTitle')}>
            <UnitDecreeGrades grades={r.decreeGrades ?? []} period={r.window.key} items={tasksOf} onOpen={setDrill} />
          </Section>
          <Section title={t('workflowGradesTitle')}>
            <UnitGrades grades={r.grades} items={tasksOf} onOpen={setDrill} />
          </Section>
        </>
      )}
    </section>
  );
}
