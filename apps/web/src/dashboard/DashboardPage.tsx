import { useQuery } from '@tanstack/react-query';
import { Button, Space, Typography } from 'antd';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { api } from '../api/client';
import type { Report, ReportSummary } from '../api/types';
import { AfterPaint } from '../app/AfterPaint';
import { DateInput } from '../app/DateInput';
import { ErrorAlert } from '../app/ErrorAlert';
import { useUnitNames } from '../app/useUnitNames';
import { PeriodPicker } from '../evaluations/PeriodPicker';
import { useI18n } from '../i18n/i18n';
import { escalationsWaiting, itemsOf, type DrillDown } from './drill-down';
import { DrillDownPanel } from './DrillDownPanel';
import { ItemsTable } from './ItemsTable';
import { TaxonomyCards } from './TaxonomyCards';
import { UnitDecreeGrades } from './UnitDecreeGrades';
import { UnitGrades } from './UnitGrades';
import { UnitMonthMatrix } from './UnitMonthMatrix';
import { UnitRanking } from './UnitRanking';
import { useLiveItems } from './useLiveItems';

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

const LIVE_REFRESH_MS = 30_000;
const ESCALATIONS: DrillDown = { count: 'total', escalated: true };

/**
 * The leader's view of a period as of any date: the official taxonomy, the unit × month
 * matrix, the ranking, the escalations waiting and the grades; every number opens the list
 * of its tasks. Live ("now", no date chosen): the numbers come from the counts read model
 * (GET /v1/reports/summary) and each list a page at a time from the server; the grades,
 * which need every item, come from the full report without its items, after the numbers.
 * As of a past date: the full report, computed for that date, as before.
 */
export function DashboardPage() {
  const { t, dateTime, language } = useI18n();
  const [period, setPeriod] = useState(String(new Date().getFullYear()));
  const [asOf, setAsOf] = useState('');
  const [drill, setDrill] = useState<DrillDown>();
  const unitName = useUnitNames(asOf || undefined);
  const valid = /^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/.test(period);
  const live = asOf === '';
  // A live year's grades need every task of the province (seconds to minutes, and the API's CPU
  // meanwhile): asked for, not computed on every visit. A month or a quarter is computed at once.
  const [gradesAsked, setGradesAsked] = useState<string>();
  const gradesWanted = !live || !/^\d{4}$/.test(period) || gradesAsked === period;
  const periodParam = `period=${encodeURIComponent(period)}`;
  const summary = useQuery({
    queryKey: ['report-summary', period],
    queryFn: () => api<ReportSummary>(`/v1/reports/summary?${periodParam}`),
    enabled: valid && live,
    refetchInterval: LIVE_REFRESH_MS,
  });
  const report = useQuery({
    queryKey: ['report', period, asOf],
    queryFn: () =>
      api<Report>(`/v1/reports?${periodParam}${live ? '&view=grades' : `&asOf=${encodeURIComponent(`${asOf}T23:59:59+07:00`)}`}`),
    // Live, after the numbers (they come first), and not re-run every 30 s: the full computation only grades.
    enabled: valid && gradesWanted && (!live || summary.isSuccess),
    refetchInterval: false,
  });
  const liveDrill = useLiveItems(period, live ? drill : undefined, LIVE_REFRESH_MS);
  const liveEscalations = useLiveItems(
    period,
    live && (summary.data?.escalationsWaiting ?? 0) > 0 ? ESCALATIONS : undefined,
    LIVE_REFRESH_MS,
  );

  const r = report.data;
  const numbers: Pick<ReportSummary, 'asOf' | 'window' | 'totals' | 'byUnit' | 'matrix'> | undefined = live ? summary.data : r;
  const pastEscalations = !live && r ? escalationsWaiting(r) : [];
  const escalationCount = live ? (summary.data?.escalationsWaiting ?? 0) : pastEscalations.length;
  const tasksOf = (unitId: string) => numbers?.byUnit.find((u) => u.id === unitId)?.counts.total ?? 0;
  const drillPanel = () => {
    if (!drill) return null;
    if (live) {
      return (
        <DrillDownPanel
          items={liveDrill.items}
          total={liveDrill.total}
          paging={liveDrill.paging}
          drill={drill}
          unitName={unitName}
          onClose={() => setDrill(undefined)}
        />
      );
    }
    if (!r) return null;
    const items = itemsOf(r, drill);
    return <DrillDownPanel items={items} total={items.length} drill={drill} unitName={unitName} onClose={() => setDrill(undefined)} />;
  };
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
        {numbers && (
          <Typography.Text
            type="secondary"
            data-testid="report-as-of"
          >{`${language === 'vi' ? numbers.window.label : numbers.window.key} — ${t('asOf').toLowerCase()} ${dateTime(numbers.asOf)}`}</Typography.Text>
        )}
      </Space>
      {!valid && <Typography.Paragraph type="danger">{t('periodFormat')}</Typography.Paragraph>}
      <ErrorAlert error={live ? (summary.error ?? liveDrill.error ?? liveEscalations.error) : report.error} />
      {numbers && (
        <>
          <TaxonomyCards
            totals={numbers.totals}
            escalations={escalationCount}
            onOpen={(count, escalated) => setDrill({ count, escalated })}
          />
          {drillPanel()}
          <Section title={t('escalationsWaiting')}>
            {live ? (
              <ItemsTable
                items={escalationCount > 0 ? liveEscalations.items : []}
                unitName={unitName}
                caption={t('escalationsWaiting')}
                paging={liveEscalations.paging}
              />
            ) : (
              <ItemsTable items={pastEscalations} unitName={unitName} caption={t('escalationsWaiting')} />
            )}
          </Section>
          <AfterPaint fallback={<Typography.Text type="secondary">{t('loading')}</Typography.Text>}>
            <Section title={t('unitMonthMatrix')}>
              <UnitMonthMatrix matrix={numbers.matrix} onOpen={setDrill} />
            </Section>
            <Section title={t('ranking')}>
              {numbers.byUnit.length > 0 && (
                <Suspense fallback={<Typography.Text type="secondary">{t('loading')}</Typography.Text>}>
                  <UnitsChart units={numbers.byUnit} onOpen={setDrill} />
                </Suspense>
              )}
              <UnitRanking units={numbers.byUnit} onOpen={setDrill} />
            </Section>
          </AfterPaint>
          {live && <ErrorAlert error={report.error} />}
          {!gradesWanted && (
            <Space wrap style={{ marginTop: 20 }}>
              <Typography.Text type="secondary">{t('gradesOnDemand')}</Typography.Text>
              <Button onClick={() => setGradesAsked(period)}>{t('computeGrades')}</Button>
            </Space>
          )}
          {gradesWanted && (
            <>
              <Section title={t('decreeGradesTitle')}>
                {r ? (
                  <UnitDecreeGrades grades={r.decreeGrades ?? []} period={r.window.key} items={tasksOf} onOpen={setDrill} />
                ) : (
                  <Typography.Text type="secondary">{t('loading')}</Typography.Text>
                )}
              </Section>
              <Section title={t('workflowGradesTitle')}>
                {r ? (
                  <UnitGrades grades={r.grades} items={tasksOf} onOpen={setDrill} />
                ) : (
                  <Typography.Text type="secondary">{t('loading')}</Typography.Text>
                )}
              </Section>
            </>
          )}
        </>
      )}
    </section>
  );
}
