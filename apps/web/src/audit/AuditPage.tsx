import { useQuery } from '@tanstack/react-query';
import { Select, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import type { DirectiveListItem, TaskSummary } from '../api/types';
import { ErrorAlert } from '../app/ErrorAlert';
import { useUnitNames } from '../app/useUnitNames';
import { useI18n } from '../i18n/i18n';
import { ChainVerification } from './ChainVerification';
import { TaskAudit } from './TaskAudit';

/** The auditor: a directive's chain verified, then any of its tasks' runs, timeline, replay and state as of a date. */
export function AuditPage() {
  const { t } = useI18n();
  const unitName = useUnitNames();
  const [directiveId, setDirectiveId] = useState<string>();
  const [taskId, setTaskId] = useState<string>();
  const directives = useQuery({ queryKey: ['directives'], queryFn: () => api<DirectiveListItem[]>('/v1/directives?limit=100') });
  const tasks = useQuery({
    queryKey: ['tasks-of', directiveId],
    queryFn: () => api<TaskSummary[]>(`/v1/tasks?directiveId=${encodeURIComponent(directiveId ?? '')}&limit=500`),
    enabled: !!directiveId,
  });
  return (
    <section>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {t('auditTitle')}
      </Typography.Title>
      <ChainVerification
        directiveId={directiveId}
        picker={
          <Select
            aria-label={t('directive')}
            placeholder={t('directive')}
            style={{ minWidth: 280 }}
            showSearch
            optionFilterProp="label"
            loading={directives.isLoading}
            value={directiveId}
            onChange={(id) => (setDirectiveId(id), setTaskId(undefined))}
            options={directives.data?.map((d) => ({ value: d.id, label: `${d.number} — ${d.subject}` }))}
          />
        }
      />
      <ErrorAlert error={directives.error ?? tasks.error} />
      {directiveId && (
        <section aria-label={t('auditTaskTitle')}>
          <Typography.Title level={2} style={{ fontSize: 18, marginTop: 16 }}>
            {t('auditTaskTitle')}
          </Typography.Title>
          <Select
            aria-label={t('taskTitle')}
            placeholder={t('taskTitle')}
            style={{ minWidth: 360, maxWidth: '100%' }}
            showSearch
            optionFilterProp="label"
            loading={tasks.isLoading}
            value={taskId}
            onChange={setTaskId}
            options={tasks.data?.map((x) => ({ value: x.taskId, label: `${t('item')} ${x.itemRef} — ${unitName(x.leadUnitId)}` }))}
          />
          {taskId && <TaskAudit key={taskId} taskId={taskId} />}
        </section>
      )}
    </section>
  );
}
