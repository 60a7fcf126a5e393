import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Select, Space, Tabs, Tag, Typography } from 'antd';
import { Navigate, useNavigate, useParams } from 'react-router';
import { api } from '../api/client';
import type { DecreeCalculation, ItemScore } from '../api/types';
import { ErrorAlert } from '../app/ErrorAlert';
import { useOrgUnits } from '../app/useUnitNames';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { AssessmentForm } from './AssessmentForm';
import { DecreePartView } from './DecreePartView';
import { ItemFindings } from './ItemFindings';
import { kindOf, thisMonth } from './period-key';
import { PeriodPicker, periodLabel } from './PeriodPicker';
import { evaluationApiPath } from './useAssessment';

/** The route of a unit's evaluation for a period: said once, linked from the dashboard. */
export const evaluationPath = (unitId: string, period: string) =>
  `/evaluations/${encodeURIComponent(unitId)}/${encodeURIComponent(period)}`;

const STATUS: Record<DecreeCalculation['status'], MessageKey> = {
  'not-assessed': 'evalStatus_notAssessed',
  open: 'evalStatus_open',
  closed: 'evalStatus_closed',
};

/** /evaluations: the signed-in person's own unit, this month. */
export function EvaluationHome() {
  const { user } = useSession();
  return user ? <Navigate to={evaluationPath(user.unitId, thisMonth())} replace /> : null;
}

/**
 * A unit's evaluation for a month, a quarter or a year under the decree in force, as the
 * API computes it (GET /v1/evaluations/units/{unitId}/periods/{period}), with the
 * assessor's general criteria, save and close for the roles the API lets assess.
 */
export function EvaluationPage() {
  const { unitId = '', period = '' } = useParams();
  const { t, language, dateTime } = useI18n();
  const navigate = useNavigate();
  const units = useOrgUnits();
  const queryKey = ['evaluation', unitId, period] as const;
  const valid = kindOf(period) !== undefined;
  const calc = useQuery({
    queryKey,
    queryFn: () => api<DecreeCalculation>(evaluationApiPath(unitId, period)),
    enabled: valid,
  });
  const c = calc.data;
  const nd335 = c?.parts.some((p) => p.decree === 'nd335-2025') ?? false;
  const findings =
    c?.canAssess && c.status !== 'closed' ? (item: ItemScore) => <ItemFindings calc={c} queryKey={queryKey} item={item} /> : undefined;
  return (
    <section>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {`${t('evaluationTitle')}${c ? ` — ${c.unitName}, ${periodLabel(c.period, language)}` : ''}`}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label={t('unit')}
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 320 }}
          value={unitId}
          options={units.map((u) => ({ value: u.id, label: u.name }))}
          onChange={(u: string) => navigate(evaluationPath(u, valid ? period : thisMonth()))}
        />
        <PeriodPicker value={valid ? period : thisMonth()} onChange={(p) => navigate(evaluationPath(unitId, p))} />
      </Space>
      {!valid && <Alert type="error" role="alert" showIcon title={t('periodFormat')} />}
      <ErrorAlert error={calc.error} />
      {c && (
        <>
          <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t('evaluationStatus')}>
              <Tag data-testid="evaluation-status">{t(STATUS[c.status])}</Tag>
              {c.provisional && <Tag>{t('provisional')}</Tag>}
              {c.frozen && <Tag>{t('frozen')}</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label={t('revision')}>{c.revision}</Descriptions.Item>
            <Descriptions.Item label={t('asOf')}>{dateTime(c.asOf)}</Descriptions.Item>
          </Descriptions>
          {c.parts.length === 1 ? (
            <DecreePartView part={c.parts[0]} findings={findings} />
          ) : (
            <Tabs
              items={c.parts.map((p) => ({
                key: p.decree,
                label: p.evaluation.ruleId,
                children: <DecreePartView part={p} findings={findings} />,
              }))}
            />
          )}
          {nd335 && <Alert type="info" showIcon style={{ marginTop: 12 }} title={t('quotaNote')} />}
          {nd335 ? (
            <AssessmentForm calc={c} queryKey={queryKey} />
          ) : (
            <Typography.Paragraph style={{ marginTop: 12 }}>{t('nd90NoPoints')}</Typography.Paragraph>
          )}
        </>
      )}
    </section>
  );
}
