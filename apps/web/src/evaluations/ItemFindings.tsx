import { Alert, Button, Form, Input, InputNumber, Modal, Space } from 'antd';
import { useState } from 'react';
import type { DecreeCalculation, ItemScore } from '../api/types';
import { ErrorAlert } from '../app/ErrorAlert';
import { useI18n } from '../i18n/i18n';
import { isConflict, useAssessment, type AssessmentChange } from './useAssessment';

type Editing = 'cause' | 'quality' | undefined;

/**
 * The assessor's findings on one item, in its row: confirm an objective cause for a delay
 * (the progress deduction is waived) and record major quality errors with their reason (each
 * takes 25 % of the quality points), or withdraw either. Saved like the general criteria (the
 * whole assessment at the revision seen); the page then shows the API's recomputed points.
 */
export function ItemFindings({ calc, queryKey, item }: { calc: DecreeCalculation; queryKey: readonly unknown[]; item: ItemScore }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<Editing>();
  const { save, stale } = useAssessment(calc, queryKey);
  const known = calc.items.find((i) => i.key === item.key);
  const input = calc.assessment?.input ?? {};
  const causes = input.objectiveCauses ?? [];
  const verdicts = input.qualityVerdicts ?? [];
  const cause = causes.find((c) => c.itemKey === item.key);
  const verdict = verdicts.find((v) => v.itemKey === item.key && v.majorErrors > 0);
  const others = <T extends { itemKey: string }>(list: T[]) => list.filter((x) => x.itemKey !== item.key);
  const apply = (change: AssessmentChange) => save.mutate(change, { onSuccess: () => setEditing(undefined) });
  if (!known) return null;

  return (
    <Space direction="vertical" size={4}>
      {known.late &&
        (cause ? (
          <Button size="small" loading={save.isPending} onClick={() => apply({ objectiveCauses: others(causes) })}>
            {t('withdrawObjectiveCause')}
          </Button>
        ) : (
          <Button size="small" onClick={() => setEditing('cause')}>
            {t('confirmObjectiveCause')}
          </Button>
        ))}
      {known.completed &&
        (verdict ? (
          <Button size="small" loading={save.isPending} onClick={() => apply({ qualityVerdicts: others(verdicts) })}>
            {t('withdrawQualityError')}
          </Button>
        ) : (
          <Button size="small" onClick={() => setEditing('quality')}>
            {t('markQualityError')}
          </Button>
        ))}
      {stale && <Alert type="warning" role="alert" showIcon title={t('savedByOther')} />}
      {!isConflict(save.error) && !editing && <ErrorAlert error={save.error} />}
      <Modal
        title={`${editing === 'cause' ? t('confirmObjectiveCause') : t('markQualityError')}: ${item.label}`}
        open={editing !== undefined}
        onCancel={() => setEditing(undefined)}
        footer={null}
        destroyOnHidden
      >
        {!isConflict(save.error) && <ErrorAlert error={save.error} />}
        {editing === 'cause' && (
          <Form
            layout="vertical"
            onFinish={(v: { reference: string }) =>
              apply({ objectiveCauses: [...others(causes), { itemKey: item.key, reference: v.reference.trim() }] })
            }
          >
            <Form.Item
              label={t('objectiveCauseReference')}
              name="reference"
              extra={t('objectiveCauseHint')}
              rules={[{ required: true, whitespace: true, message: t('reasonRequired') }]}
            >
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('confirm')}
            </Button>
          </Form>
        )}
        {editing === 'quality' && (
          <Form
            layout="vertical"
            initialValues={{ majorErrors: 1 }}
            onFinish={(v: { majorErrors: number; note: string }) =>
              apply({ qualityVerdicts: [...others(verdicts), { itemKey: item.key, majorErrors: v.majorErrors, note: v.note.trim() }] })
            }
          >
            <Form.Item label={t('majorErrors')} name="majorErrors" rules={[{ required: true, message: t('majorErrorsRange') }]}>
              <InputNumber<number> min={1} max={4} precision={0} style={{ width: 120 }} />
            </Form.Item>
            <Form.Item
              label={t('qualityErrorReason')}
              name="note"
              rules={[{ required: true, whitespace: true, message: t('reasonRequired') }]}
            >
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('confirm')}
            </Button>
          </Form>
        )}
      </Modal>
    </Space>
  );
}
