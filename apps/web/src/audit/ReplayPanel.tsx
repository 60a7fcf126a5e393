import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Progress, Result, Typography } from 'antd';
import { api } from '../api/client';
import type { ReplayJob } from '../api/types';
import { ErrorAlert } from '../app/ErrorAlert';
import { useI18n } from '../i18n/i18n';

/** Replays the task's archived runs against the workflow code deployed now; polls the job until it ends. */
export function ReplayPanel({ taskId, archivedRuns }: { taskId: string; archivedRuns: number }) {
  const { t } = useI18n();
  const start = useMutation({ mutationFn: () => api<ReplayJob>('/v1/audit/replay', { method: 'POST', body: { taskId } }) });
  const jobId = start.data?.jobId;
  const job = useQuery({
    queryKey: ['replay-job', jobId],
    queryFn: () => api<ReplayJob>(`/v1/audit/replay/${encodeURIComponent(jobId ?? '')}`),
    enabled: !!jobId,
    refetchInterval: (q) => (q.state.data?.status === 'running' || !q.state.data ? 1_000 : false),
  });
  const j = job.data ?? start.data;
  const firstProblem = j?.report?.runs.find((r) => !r.intact || !r.deterministic);
  const chainProblem = j?.report?.chains.find((c) => !c.ok);
  return (
    <Card size="small" title={<h3 style={{ fontSize: 16, margin: 0 }}>{t('replayTitle')}</h3>}>
      <Typography.Paragraph type="secondary">{archivedRuns > 0 ? t('replayHint') : t('replayNothingArchived')}</Typography.Paragraph>
      <Button disabled={archivedRuns === 0} loading={start.isPending || j?.status === 'running'} onClick={() => start.mutate()}>
        {t('replayStart')}
      </Button>
      <ErrorAlert error={start.error ?? job.error} />
      {j?.status === 'running' && (
        <Progress percent={j.progress.total ? Math.round((100 * j.progress.done) / j.progress.total) : 0} aria-label={t('replayRunning')} />
      )}
      {j && j.status !== 'running' && (
        <Result
          status={j.status === 'passed' ? 'success' : 'error'}
          title={j.status === 'passed' ? t('replayPassed') : j.status === 'failed' ? t('replayFailed') : t('replayError')}
          subTitle={j.error ?? undefined}
        >
          {j.report && (
            <Descriptions size="small" column={1} bordered data-testid="replay-result">
              <Descriptions.Item label={t('runs')}>{j.report.total}</Descriptions.Item>
              <Descriptions.Item label={t('replayFailedRuns')}>{j.report.failed}</Descriptions.Item>
              <Descriptions.Item label={t('events')}>{j.report.events}</Descriptions.Item>
              {firstProblem && (
                <Descriptions.Item label={t('divergence')}>
                  {`${t('runIndex')} ${firstProblem.runIndex}: ${firstProblem.intact ? (firstProblem.divergence?.message ?? firstProblem.error ?? '') : t('historyTampered')}`}
                </Descriptions.Item>
              )}
              {chainProblem?.problem && <Descriptions.Item label={t('runChain')}>{chainProblem.problem}</Descriptions.Item>}
            </Descriptions>
          )}
        </Result>
      )}
    </Card>
  );
}
