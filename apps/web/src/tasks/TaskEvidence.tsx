import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, List, Typography } from 'antd';
import { useRef } from 'react';
import { apiPage, downloadFile, listPath, uploadFile } from '../api/client';
import type { EvidenceFile } from '../api/types';
import { ErrorAlert } from '../app/ErrorAlert';
import { useI18n } from '../i18n/i18n';

const filesPath = (taskId: string) => `/v1/tasks/${encodeURIComponent(taskId)}/files`;

/** The task's evidence files (newest first), shared by the files card and the report forms. */
export function useTaskFiles(taskId: string) {
  return useQuery({
    queryKey: ['task-files', taskId],
    queryFn: () => apiPage<EvidenceFile>(listPath(filesPath(taskId), { pageSize: 100, sort: '-uploadedAt' })),
  });
}

function sizeText(bytes: number, language: string): string {
  const format = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 });
  return bytes < 1024 * 1024 ? `${format.format(bytes / 1024)} KB` : `${format.format(bytes / 1024 / 1024)} MB`;
}

/** Evidence files of a task: listed and downloaded by whoever reads the task, added by its lead unit. */
export function TaskEvidence({ taskId, canUpload }: { taskId: string; canUpload: boolean }) {
  const { t, dateTime, language } = useI18n();
  const { message } = App.useApp();
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const files = useTaskFiles(taskId);
  const upload = useMutation({
    mutationFn: (file: File) => uploadFile<EvidenceFile>(filesPath(taskId), file),
    onSuccess: (file) => {
      void client.invalidateQueries({ queryKey: ['task-files', taskId] });
      message.success(`${t('uploaded')}: ${file.fileName}`);
    },
    onSettled: () => {
      if (input.current) input.current.value = '';
    },
  });
  const download = useMutation({ mutationFn: (file: EvidenceFile) => downloadFile(`${filesPath(taskId)}/${file.fileId}`, file.fileName) });
  return (
    <Card size="small" title={t('evidenceFiles')} style={{ marginTop: 12 }}>
      <ErrorAlert error={upload.error ?? download.error ?? files.error} />
      {canUpload && (
        <div style={{ marginBottom: 12 }}>
          {/* The browser's own file input speaks the browser's language: a button of ours opens its chooser. */}
          <input
            ref={input}
            type="file"
            hidden
            aria-hidden
            tabIndex={-1}
            onChange={(e) => e.target.files?.[0] && upload.mutate(e.target.files[0])}
          />
          <Button onClick={() => input.current?.click()} loading={upload.isPending}>
            {t('uploadEvidence')}
          </Button>
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
            {t('evidenceHint')}
          </Typography.Paragraph>
        </div>
      )}
      {/* A list, not a table: no horizontal scroll region on a phone, and no faint empty-table placeholder. */}
      {files.data && files.data.items.length === 0 ? (
        <Typography.Text type="secondary">{t('noEvidence')}</Typography.Text>
      ) : (
        <List<EvidenceFile>
          size="small"
          loading={files.isLoading || upload.isPending}
          dataSource={files.data?.items}
          renderItem={(file) => (
            <List.Item
              actions={[
                <Button
                  key="download"
                  size="small"
                  aria-label={`${t('download')} ${file.fileName}`}
                  loading={download.isPending && download.variables?.fileId === file.fileId}
                  onClick={() => download.mutate(file)}
                >
                  {t('download')}
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={<span data-testid="evidence-name">{file.fileName}</span>}
                description={`${t('fileSize')}: ${sizeText(file.size, language)} · ${t('uploadedAt')}: ${dateTime(file.uploadedAt)}`}
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
