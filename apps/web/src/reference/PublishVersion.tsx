import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Input, Space, Typography, Upload } from 'antd';
import { useId, useState } from 'react';
import { api, ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';

interface Props {
  /** The API route that publishes this kind of version. */
  path: string;
  /** The queries that list this kind of version: refreshed once a version is published. */
  refresh: string[][];
  title: MessageKey;
  /** The number of the version just published, read from the API's answer. */
  numberOf(created: unknown): number;
}

/** An administrator publishes a version from a JSON file or pasted JSON; a refusal lists the API's problems. */
export function PublishVersion({ path, refresh, title, numberOf }: Props) {
  const { t } = useI18n();
  const queries = useQueryClient();
  const [json, setJson] = useState('');
  const fieldId = useId();
  const publish = useMutation({
    mutationFn: async (text: string) => {
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch (e) {
        throw new ApiError(400, t('notJson'), [e instanceof Error ? e.message : String(e)]);
      }
      return api<unknown>(path, { method: 'POST', body });
    },
    onSuccess: async () => {
      await Promise.all(refresh.map((queryKey) => queries.invalidateQueries({ queryKey })));
    },
  });
  const error = publish.error;
  const problems = error instanceof ApiError ? error.problems : [];
  return (
    <section aria-labelledby={`${fieldId}-title`} style={{ marginTop: 16 }}>
      <Typography.Title level={3} id={`${fieldId}-title`} style={{ fontSize: 16 }}>
        {t(title)}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('publishHint')}</Typography.Paragraph>
      <label htmlFor={fieldId} style={{ display: 'block', marginBottom: 4 }}>
        {t('versionJson')}
      </label>
      <Input.TextArea
        id={fieldId}
        value={json}
        onChange={(e) => setJson(e.target.value)}
        autoSize={{ minRows: 6, maxRows: 16 }}
        style={{ fontFamily: 'monospace' }}
      />
      <Space wrap style={{ marginTop: 8 }}>
        <Upload
          accept="application/json,.json"
          showUploadList={false}
          beforeUpload={async (file) => {
            setJson(await file.text());
            return false;
          }}
        >
          <Button>{t('chooseJsonFile')}</Button>
        </Upload>
        <Button type="primary" disabled={!json.trim()} loading={publish.isPending} onClick={() => publish.mutate(json)}>
          {t('publish')}
        </Button>
      </Space>
      {error && (
        <Alert
          type="error"
          role="alert"
          showIcon
          style={{ marginTop: 12 }}
          title={error.message}
          description={
            problems.length > 0 && (
              <ul aria-label={t('publishProblems')} style={{ margin: 0, paddingInlineStart: 20 }}>
                {problems.map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
            )
          }
        />
      )}
      {publish.isSuccess && !error && (
        <Alert
          type="success"
          role="status"
          showIcon
          style={{ marginTop: 12 }}
          title={`${t('publishedVersion')} ${numberOf(publish.data)}`}
        />
      )}
    </section>
  );
}
