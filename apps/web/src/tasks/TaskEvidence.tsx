import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Table, Typography } from 'antd';
import { useRef } from 'react';
import { apiPage, downloadFile, listPath, uploadFile } from '../api/client';
import type { EvidenceFile } from '../api/types';
import { ErrorAlert } from '../app/ErrorAlert';
import { useI18n } from '../i18n/i18n';

const filesPath = (taskId: string) => `/v1/tasks/${encodeURIComponent(taskId)}/files`;

/** The task's evidence files (newest first), shared by the files card and the report forms. */
export function useTaskFiles(taskId: string) {
  return useQuery({ queryKey: ['task-files', taskId], queryFn: () => apiPage<EvidenceFile>(listPath(filesPath(taskId), { pageSize: 100, sort: '-uploadedAt' })) });
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
          <label htmlFor="evidence-file" style={{ display: 'block', fontWeight: 600, marginBottom: 4 }}>
            {t('uploadEvidence')}
          </label>
          <input id="evidence-file" ref={input} type="file" disabled={upload.isPending} onChange={(e) => e.target.files?.[0] && upload.mutate(e.target.files[0])} />
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
            {t('evidenceHint')}
          </Typography.Paragraph>
        </div>
      )}
      <Table<EvidenceFile>
        rowKey="fileId"
        size="small"
        loading={files.isLoading || upload.isPending}
        dataSource={files.data?.items}
        pagination={false}
        scroll={{ x: 480 }}
        locale={{ emptyText: t('noEvidence') }}
        columns={[
          { title: t('fileName'), dataIndex: 'fileName', render: (name: string) => <span data-testid="evidence-name">{name}</span> },
          { title: t('fileSize'), dataIndex: 'size', width: 90, render: (size: number) => sizeText(size, language) },
          { title: t('uploadedAt'), dataIndex: 'uploadedAt', width: 140, render: (at: string) => dateTime(at) },
          {
            title: t('download'),
            width: 110,
            render: (_, file) => (
              <Button size="small" aria-label={`${t('download')} ${file.fileName}`} loading={download.isPending && download.variables?.fileId === file.fileId} onClick={() => download.mutate(file)}>
                {t('download')}
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
