import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Table, Timeline, Typography } from 'antd';
import { api, ApiError } from '../api/client';
import type { ArchivedRun, AuditTimeline } from '../api/types';
import { ErrorAlert } from '../app/ErrorAlert';
import { ScrollRegion } from '../app/ScrollRegion';
import { useI18n } from '../i18n/i18n';
import { ReplayPanel } from './ReplayPanel';
import { TaskAsOf } from './TaskAsOf';

const path = (taskId: string, rest: string) => `/v1/audit/tasks/${encodeURIComponent(taskId)}/${rest}`;

/** One task as the audit archive remembers it: its runs, its timeline, a replay of its runs, its state as of a date. */
export function TaskAudit({ taskId }: { taskId: string }) {
  const { t, dateTime } = useI18n();
  const timeline = useQuery({ queryKey: ['audit-timeline', taskId], queryFn: () => api<AuditTimeline>(path(taskId, 'timeline')) });
  const archived = timeline.data?.archivedRuns ?? 0;
  const runs = useQuery({
    queryKey: ['audit-runs', taskId, archived],
    queryFn: () => api<{ runs: ArchivedRun[] }>(path(taskId, 'histories')),
    enabled: archived > 0,
  });
  const v = timeline.data;
  return (
    <div style={{ marginTop: 12, display: 'grid', gap: 12 }}>
      <ErrorAlert error={timeline.error ?? runs.error} />
      {v && (
        <Card size="small" title={<h3 style={{ fontSize: 16, margin: 0 }}>{t('runsAndTimeline')}</h3>}>
          <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered data-testid="audit-runs-summary">
            <Descriptions.Item label={t('runs')}>{v.runs}</Descriptions.Item>
            <Descriptions.Item label={t('archivedRuns')}>{v.archivedRuns}</Descriptions.Item>
            <Descriptions.Item label={t('liveRun')}>{v.liveRunId ?? '—'}</Descriptions.Item>
          </Descriptions>
          {archived > 0 && (
            <ScrollRegion label={t('archivedRuns')}>
              <Table<ArchivedRun>
                rowKey="runId"
                size="small"
                style={{ minWidth: 760 }}
                pagination={false}
                dataSource={runs.data?.runs ?? []}
                aria-label={t('archivedRuns')}
                columns={[
                  { title: t('runIndex'), dataIndex: 'runIndex' },
                  { title: t('events'), dataIndex: 'eventCount' },
                  { title: t('closedAt'), dataIndex: 'closedAt', render: (at?: string | null) => dateTime(at) },
                  { title: t('closeType'), dataIndex: 'closeType', render: (c?: string | null) => c ?? '—' },
                  { title: 'SHA-256', dataIndex: 'sha256', render: (h: string) => <code title={h}>{`${h.slice(0, 16)}…`}</code> },
                ]}
              />
            </ScrollRegion>
          )}
          <Typography.Title level={4} style={{ fontSize: 15, marginTop: 16 }}>
            {t('timeline')}
          </Typography.Title>
          <Timeline
            items={v.lines.map((l) => ({
              color: l.kind === 'run-closed' ? 'gray' : /escalat/.test(l.kind) ? 'red' : 'blue',
              content: (
                <span>
                  <Typography.Text type="secondary">{dateTime(l.at)}</Typography.Text> {l.text}
                  {l.by ? <Typography.Text type="secondary">{` — ${l.by}`}</Typography.Text> : null}
                </span>
              ),
            }))}
          />
        </Card>
      )}
      {timeline.error instanceof ApiError && timeline.error.status === 404 && (
        <Typography.Paragraph>{t('noHistoryYet')}</Typography.Paragraph>
      )}
      <ReplayPanel taskId={taskId} archivedRuns={archived} />
      <TaskAsOf taskId={taskId} />
    </div>
  );
}
