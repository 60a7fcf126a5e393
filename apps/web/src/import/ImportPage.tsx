import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Form, Input, List, Row, Space, Tabs, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../api/client';
import type { DirectiveView, ImportAnswer, ImportedTask } from '../api/types';
import { ErrorAlert } from '../app/ErrorAlert';
import { useUnitNames } from '../app/useUnitNames';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';

type Letter = { text: string; fileName?: string } | { contentBase64: string; fileName: string };

const readBase64 = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

/** Import a letter: the draft beside the letter's text, each task lighting up its lines, then issue. */
export function ImportPage() {
  const { t, date } = useI18n();
  const unitName = useUnitNames();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [pasted, setPasted] = useState('');
  const [letterText, setLetterText] = useState<string>();
  const [selected, setSelected] = useState<ImportedTask>();
  const [form] = Form.useForm<{ number: string; subject: string }>();

  const read = useMutation({
    mutationFn: (letter: Letter) => api<ImportAnswer>('/v1/directives/import', { method: 'POST', body: letter }),
    onSuccess: (answer) => {
      setSelected(undefined);
      if (answer.draft) form.setFieldsValue({ number: answer.draft.number, subject: answer.draft.subject });
    },
  });
  const issue = useMutation({
    mutationFn: async (edits: { number: string; subject: string }) => {
      const draft = { ...read.data?.draft, ...edits };
      const created = await api<DirectiveView>('/v1/directives', { method: 'POST', body: draft });
      return api<DirectiveView>(`/v1/directives/${encodeURIComponent(created.id)}/issue`, { method: 'POST' });
    },
    onSuccess: (issued) => {
      message.success(t('issued'));
      navigate(`/directives/${encodeURIComponent(issued.id)}`);
    },
  });

  const readFile = async (file: File) => {
    if (/\.txt$/i.test(file.name)) {
      const text = await file.text();
      setLetterText(text);
      read.mutate({ text, fileName: file.name });
    } else {
      setLetterText(undefined);
      read.mutate({ contentBase64: await readBase64(file), fileName: file.name });
    }
    return false;
  };

  const answer = read.data;
  const lines = letterText?.split(/\r?\n/) ?? [];
  const lit = (n: number) => !!selected?.lines && n >= selected.lines[0] && n <= selected.lines[1];
  const warnings = [...(answer?.document.warnings.map((w) => w.message) ?? []), ...(answer?.notes ?? [])];

  return (
    <section>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {t('importTitle')}
      </Typography.Title>
      {!answer?.draft && (
        <Card>
          <Tabs
            items={[
              {
                key: 'paste',
                label: t('importPaste'),
                children: (
                  <Space direction="vertical" style={{ width: '100%' }}>
                    <Input.TextArea
                      aria-label={t('letterText')}
                      rows={12}
                      value={pasted}
                      onChange={(e) => setPasted(e.target.value)}
                      placeholder={t('letterTextPlaceholder')}
                    />
                    <Button
                      type="primary"
                      disabled={!pasted.trim()}
                      loading={read.isPending}
                      onClick={() => {
                        setLetterText(pasted);
                        read.mutate({ text: pasted });
                      }}
                    >
                      {t('importRead')}
                    </Button>
                  </Space>
                ),
              },
              {
                key: 'upload',
                label: t('importUpload'),
                children: (
                  <Upload accept=".txt,.docx,.pdf" maxCount={1} beforeUpload={readFile} showUploadList={false}>
                    <Button loading={read.isPending}>{t('importChoose')}</Button>
                  </Upload>
                ),
              },
            ]}
          />
        </Card>
      )}
      <ErrorAlert error={read.error ?? issue.error} />
      {answer?.problems && (
        <Alert type="error" showIcon title={t('problems')} description={answer.problems.join(' — ')} style={{ marginTop: 12 }} />
      )}
      {answer?.draft && (
        <Row gutter={[12, 12]}>
          <Col xs={24} lg={11}>
            <Card title={t('letterText')} size="small" styles={{ body: { maxHeight: '70vh', overflow: 'auto', padding: 0 } }}>
              {letterText ? (
                <ol className="letter" aria-label={t('letterText')} style={{ margin: 0, padding: '8px 8px 8px 44px', fontSize: 13 }}>
                  {lines.map((line, i) => (
                    <li key={i} data-line={i + 1} style={{ background: lit(i + 1) ? '#fff1b8' : undefined, whiteSpace: 'pre-wrap' }}>
                      {line || ' '}
                    </li>
                  ))}
                </ol>
              ) : (
                <Typography.Paragraph style={{ padding: 12 }}>{t('linesNotAvailable')}</Typography.Paragraph>
              )}
            </Card>
          </Col>
          <Col xs={24} lg={13}>
            <Card title={t('draft')} size="small">
              {warnings.length > 0 && (
                <Alert
                  type="warning"
                  showIcon
                  title={t('warnings')}
                  description={
                    <ul style={{ margin: 0, paddingLeft: 18 }}>
                      {warnings.map((w, i) => (
                        <li key={i}>{w}</li>
                      ))}
                    </ul>
                  }
                  style={{ marginBottom: 12 }}
                />
              )}
              <Form form={form} layout="vertical" onFinish={(v) => issue.mutate(v)}>
                <Form.Item label={t('number')} name="number" rules={[{ required: true, whitespace: true }]}>
                  <Input />
                </Form.Item>
                <Form.Item label={t('subject')} name="subject" rules={[{ required: true, whitespace: true }]}>
                  <Input.TextArea autoSize />
                </Form.Item>
                <List
                  header={<strong>{`${t('tasks')} (${answer.document.tasks.length})`}</strong>}
                  dataSource={answer.document.tasks}
                  renderItem={(task) => (
                    <List.Item style={{ display: 'block', padding: 0, background: selected === task ? '#e6f4ff' : undefined }}>
                      <div
                        role="button"
                        tabIndex={0}
                        aria-pressed={selected === task}
                        onClick={() => setSelected(task)}
                        onKeyDown={(e) => e.key === 'Enter' && setSelected(task)}
                        style={{ cursor: 'pointer', padding: '8px 4px' }}
                      >
                        <Typography.Paragraph style={{ marginBottom: 4 }} ellipsis={{ rows: 3, expandable: true }}>
                          <strong>{`${t('item')} ${task.ref}. `}</strong>
                          {task.text}
                        </Typography.Paragraph>
                        <Space size={[4, 4]} wrap>
                          {task.lines && <Tag>{`${t('lineOf')} ${task.lines[0]}–${task.lines[1]}`}</Tag>}
                          <Tag color="purple">
                            {task.recurrence
                              ? `${t(`every_${task.recurrence.every}` as MessageKey) ?? task.recurrence.every}${task.recurrence.until ? ` ${t('until')} ${task.recurrence.until}` : ''}`
                              : typeof task.deadline === 'string'
                                ? `${t('dueAt')}: ${date(task.deadline)}`
                                : t('noDeadline')}
                          </Tag>
                          <Typography.Text type="secondary">{`${t('leadUnits')}: ${task.leadUnitIds.length}`}</Typography.Text>
                        </Space>
                        {selected === task && (
                          <div style={{ marginTop: 6 }}>
                            {task.leadUnitIds.map((u) => (
                              <Tag key={u} style={{ marginBottom: 4 }}>
                                {unitName(u)}
                              </Tag>
                            ))}
                          </div>
                        )}
                      </div>
                    </List.Item>
                  )}
                />
                <Button type="primary" htmlType="submit" loading={issue.isPending} style={{ marginTop: 12 }}>
                  {t('issueDraft')}
                </Button>
              </Form>
            </Card>
          </Col>
        </Row>
      )}
    </section>
  );
}
