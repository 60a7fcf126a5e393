import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Checkbox, Descriptions, Form, Input, InputNumber, Modal, Radio, Space, Tag, Timeline, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useParams } from 'react-router';
import { api } from '../api/client';
import type { TaskSnapshot } from '../api/types';
import { DateInput } from '../app/DateInput';
import { ErrorAlert } from '../app/ErrorAlert';
import { useUnitNames } from '../app/useUnitNames';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { allowedActions, type TaskAction } from './allowed-actions';
import { TaskEvidence, useTaskFiles } from './TaskEvidence';

/** Each action: its button text, its route, and the form fields it asks for. */
const ACTIONS: Record<
  TaskAction,
  {
    label: MessageKey;
    path: string;
    fields: ('reason' | 'percent' | 'note' | 'newDueAt' | 'summary' | 'fileIds' | 'quality' | 'qualityError')[];
  }
> = {
  acknowledge: { label: 'acknowledge', path: 'acknowledge', fields: [] },
  refuse: { label: 'refuse', path: 'refuse', fields: ['reason'] },
  progress: { label: 'reportProgress', path: 'progress', fields: ['percent', 'note', 'fileIds'] },
  extension: { label: 'requestExtension', path: 'extension-requests', fields: ['newDueAt', 'reason'] },
  submit: { label: 'submit', path: 'submit', fields: ['summary', 'fileIds'] },
  // The issuer's quality verdict goes with the decision: "met" or a major error (with what it is).
  approve: { label: 'approve', path: 'approve', fields: ['quality'] },
  return: { label: 'returnForRework', path: 'return', fields: ['reason', 'qualityError'] },
};
const REASON_LABEL: Partial<Record<TaskAction, MessageKey>> = { refuse: 'refuseReason', return: 'returnReason' };

export function TaskPage() {
  const { id = '' } = useParams();
  const { t, dateTime } = useI18n();
  const { user } = useSession();
  const unitName = useUnitNames();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [open, setOpen] = useState<TaskAction>();
  // The dialog keeps its name while it animates closed (axe: aria-dialog-name).
  const titled = useRef<TaskAction>(undefined);
  if (open) titled.current = open;
  const path = `/v1/tasks/${encodeURIComponent(id)}`;
  const task = useQuery({ queryKey: ['task', id], queryFn: () => api<TaskSnapshot>(path), refetchInterval: 10_000 });
  const files = useTaskFiles(id);
  const act = useMutation({
    mutationFn: ({ action, body }: { action: TaskAction; body: Record<string, unknown> }) =>
      api<TaskSnapshot>(`${path}/${ACTIONS[action].path}`, { method: 'POST', body }),
    onSuccess: (snapshot) => {
      client.setQueryData(['task', id], snapshot);
      void client.invalidateQueries({ queryKey: ['tasks'] });
      setOpen(undefined);
      message.success(t('saved'));
    },
  });
  const s = task.data;
  const actions = s ? allowedActions(s.status, user?.role) : [];
  const run = (action: TaskAction, values: Record<string, unknown> = {}) => {
    const body = { ...values };
    if (typeof body.newDueAt === 'string') body.newDueAt = `${body.newDueAt}T17:00:00+07:00`;
    if (Array.isArray(body.fileIds) && body.fileIds.length === 0) delete body.fileIds;
    if (body.quality !== 'major-error') delete body.qualityReason;
    if (action === 'return') body.qualityError = body.qualityError === true;
    act.mutate({ action, body });
  };

  return (
    <section>
      <ErrorAlert error={task.error} />
      {s && (
        <>
          <Typography.Title level={1} style={{ fontSize: 22 }}>
            {`${t('taskTitle')} ${s.itemRef} — ${s.directiveNumber}`}
          </Typography.Title>
          <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('text')} span={2}>
              {s.text}
            </Descriptions.Item>
            <Descriptions.Item label={t('unit')}>{s.leadUnitName ?? unitName(s.leadUnitId)}</Descriptions.Item>
            <Descriptions.Item label={t('status')}>
              <span data-testid="task-status">{s.statusLabel}</span> {s.overdue && <Tag color="red">{t('overdue')}</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label={t('dueAt')}>{dateTime(s.dueAt ?? s.acknowledgeBy)}</Descriptions.Item>
            <Descriptions.Item label={t('reporting')}>{s.reportingLabel}</Descriptions.Item>
          </Descriptions>
          <Card size="small" title={t('actions')} style={{ marginTop: 12 }}>
            <ErrorAlert error={act.error} />
            {actions.length === 0 ? (
              <Typography.Text type="secondary">{t('noActions')}</Typography.Text>
            ) : (
              <Space wrap>
                {actions.map((a) => (
                  <Button
                    key={a}
                    type={a === 'acknowledge' || a === 'progress' || a === 'approve' ? 'primary' : 'default'}
                    loading={act.isPending && act.variables?.action === a}
                    onClick={() => (ACTIONS[a].fields.length ? setOpen(a) : run(a))}
                  >
                    {t(ACTIONS[a].label)}
                  </Button>
                ))}
              </Space>
            )}
          </Card>
          <TaskEvidence taskId={id} canUpload={actions.includes('progress') || actions.includes('submit')} />
          <Card size="small" title={t('timeline')} style={{ marginTop: 12 }}>
            <Timeline
              items={[...(s.timeline ?? [])].reverse().map((e) => ({ children: <span>{`${dateTime(e.at)} — ${e.text}`}</span> }))}
            />
          </Card>
          <Modal
            title={titled.current ? t(ACTIONS[titled.current].label) : undefined}
            open={!!open}
            onCancel={() => setOpen(undefined)}
            footer={null}
            destroyOnHidden
          >
            <ErrorAlert error={act.error} />
            {open && (
              <Form
                layout="vertical"
                onFinish={(v: Record<string, unknown>) => run(open, v)}
                initialValues={{ percent: 50, quality: 'met', qualityError: false }}
              >
                {ACTIONS[open].fields.includes('quality') && (
                  <>
                    <Form.Item label={t('qualityVerdict')} name="quality">
                      <Radio.Group
                        options={[
                          { value: 'met', label: t('qualityMet') },
                          { value: 'major-error', label: t('qualityMajorError') },
                        ]}
                        style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
                      />
                    </Form.Item>
                    <Form.Item noStyle dependencies={['quality']}>
                      {({ getFieldValue }) =>
                        getFieldValue('quality') === 'major-error' && (
                          <Form.Item
                            label={t('qualityReason')}
                            name="qualityReason"
                            rules={[{ required: true, whitespace: true, message: t('qualityReasonRequired') }]}
                          >
                            <Input.TextArea rows={3} />
                          </Form.Item>
                        )
                      }
                    </Form.Item>
                  </>
                )}
                {ACTIONS[open].fields.includes('percent') && (
                  <Form.Item label={t('percent')} name="percent" rules={[{ required: true }]}>
                    <InputNumber min={0} max={100} addonAfter="%" />
                  </Form.Item>
                )}
                {ACTIONS[open].fields.includes('note') && (
                  <Form.Item label={t('note')} name="note" rules={[{ required: true, whitespace: true, message: t('noteRequired') }]}>
                    <Input.TextArea rows={3} />
                  </Form.Item>
                )}
                {ACTIONS[open].fields.includes('newDueAt') && (
                  <Form.Item label={t('newDueAt')} name="newDueAt" rules={[{ required: true }]}>
                    <DateInput />
                  </Form.Item>
                )}
                {ACTIONS[open].fields.includes('reason') && (
                  <Form.Item
                    label={t(REASON_LABEL[open] ?? 'note')}
                    name="reason"
                    rules={[{ required: true, whitespace: true, message: t('reasonRequired') }]}
                  >
                    <Input.TextArea rows={3} />
                  </Form.Item>
                )}
                {ACTIONS[open].fields.includes('qualityError') && (
                  <Form.Item name="qualityError" valuePropName="checked">
                    <Checkbox>{t('qualityErrorCheck')}</Checkbox>
                  </Form.Item>
                )}
                {ACTIONS[open].fields.includes('summary') && (
                  <Form.Item label={t('summary')} name="summary" rules={[{ required: true, whitespace: true, message: t('noteRequired') }]}>
                    <Input.TextArea rows={3} />
                  </Form.Item>
                )}
                {ACTIONS[open].fields.includes('fileIds') && !!files.data?.items.length && (
                  <Form.Item label={t('attachFiles')} name="fileIds">
                    <Checkbox.Group
                      options={files.data.items.map((f) => ({ value: f.fileId, label: f.fileName }))}
                      style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
                    />
                  </Form.Item>
                )}
                <Button type="primary" htmlType="submit" loading={act.isPending}>
                  {t('confirm')}
                </Button>
              </Form>
            )}
          </Modal>
        </>
      )}
    </section>
  );
}
