import { Alert, App, Button, Descriptions, Form, InputNumber, Modal, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { DecreeCalculation } from '../api/types';
import { ErrorAlert } from '../app/ErrorAlert';
import { useI18n } from '../i18n/i18n';
import { isConflict, useAssessment } from './useAssessment';

type Criteria = Record<string, number | null | undefined>;

const twoDecimals = (v: number) => Math.round(v * 100) === v * 100;
const sum = (c: Criteria) => Math.round(Object.values(c).reduce<number>((a, v) => a + (typeof v === 'number' ? v : 0), 0) * 100) / 100;

/**
 * The assessor's general criteria (ND 335's 30 points, each criterion with its maximum as
 * the API gives it), saved at the revision seen (a 409 means someone else saved first) and
 * the period closed after a confirmation. Read-only once closed, and for roles the access
 * policy does not let assess (the API says which: `canAssess`).
 */
export function AssessmentForm({ calc, queryKey }: { calc: DecreeCalculation; queryKey: readonly unknown[] }) {
  const { t, dateTime } = useI18n();
  const { message } = App.useApp();
  const [confirming, setConfirming] = useState(false);
  const [form] = Form.useForm<Criteria>();
  const { save, close, stale } = useAssessment(calc, queryKey);
  const stored = calc.assessment?.input.generalCriteria ?? {};
  const closed = calc.status === 'closed';
  const editable = calc.canAssess && !closed;
  const values = Form.useWatch([], form) ?? stored;

  // What the API holds is what the form shows, after every load, save and close.
  useEffect(() => {
    form.setFieldsValue(Object.fromEntries(calc.generalCriteria.map((c) => [c.id, stored[c.id] ?? null])));
  }, [calc.revision, calc.status]);

  const saveCriteria = (criteria: Criteria) =>
    save.mutate(
      { generalCriteria: Object.fromEntries(Object.entries(criteria).filter((e): e is [string, number] => typeof e[1] === 'number')) },
      { onSuccess: () => message.success(t('assessmentSaved')) },
    );
  const confirmClose = () => setConfirming(true);
  const error = save.error ?? close.error;

  return (
    <section aria-label={t('generalCriteriaTitle')}>
      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 20 }}>
        {t('generalCriteriaTitle')}
      </Typography.Title>
      {closed && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="period-closed"
          title={t('periodClosed')}
          description={`${t('closedByAt')}: ${calc.assessment?.closedByName ?? calc.assessment?.closedBy ?? '—'}, ${dateTime(calc.assessment?.closedAt)}`}
        />
      )}
      {!calc.canAssess && !closed && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('readOnlyAssessment')} />}
      {stale && (
        <Alert type="warning" role="alert" showIcon style={{ marginBottom: 12 }} title={t('savedByOther')} data-testid="saved-by-other" />
      )}
      {!isConflict(error) && <ErrorAlert error={error} />}
      <Form<Criteria> form={form} layout="vertical" disabled={!editable} onFinish={saveCriteria} style={{ maxWidth: 720 }}>
        {calc.generalCriteria.map((c) => (
          <Form.Item
            key={c.id}
            name={c.id}
            label={`${c.label} (${t('maxPoints')} ${c.max.toLocaleString('vi-VN')})`}
            tooltip={c.source}
            rules={[
              { required: true, message: t('pointsRequired') },
              {
                validator: async (_, v: number | null | undefined) => {
                  if (typeof v !== 'number') return;
                  if (v < 0 || v > c.max) throw new Error(`${t('pointsOutOfRange')} ${c.max.toLocaleString('vi-VN')}`);
                  if (!twoDecimals(v)) throw new Error(t('pointsDecimals'));
                },
              },
            ]}
          >
            <InputNumber<number> step={0.25} decimalSeparator="," style={{ width: 160 }} />
          </Form.Item>
        ))}
        <Descriptions size="small" bordered column={1} style={{ marginBottom: 12, maxWidth: 420 }}>
          <Descriptions.Item label={t('generalPoints')}>
            <span data-testid="general-points-sum">{`${sum(values).toLocaleString('vi-VN')} / 30`}</span>
          </Descriptions.Item>
        </Descriptions>
        {editable && (
          <Space wrap>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('saveAssessment')}
            </Button>
            <Button
              danger
              disabled={calc.revision === 0}
              title={calc.revision === 0 ? t('closeNeedsSave') : undefined}
              loading={close.isPending}
              onClick={confirmClose}
            >
              {t('closePeriod')}
            </Button>
          </Space>
        )}
      </Form>
      <Modal
        title={t('closeConfirmTitle')}
        open={confirming}
        okText={t('closePeriod')}
        cancelText={t('cancel')}
        okButtonProps={{ danger: true, loading: close.isPending }}
        onOk={() => close.mutate(undefined, { onSettled: () => setConfirming(false) })}
        onCancel={() => setConfirming(false)}
      >
        <Typography.Paragraph>{t('closeConfirmText')}</Typography.Paragraph>
      </Modal>
    </section>
  );
}
