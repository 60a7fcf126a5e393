import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import type { TaskStateAsOf } from '../api/types';
import { DateTimeInput } from '../app/DateInput';
import { ErrorAlert } from '../app/ErrorAlert';
import { useUnitNames } from '../app/useUnitNames';
import { useI18n } from '../i18n/i18n';

/** '2026-12-05T14:30:15' as typed (Vietnam time), as an instant. */
const vietnamInstant = (local: string) => `${local}+07:00`;

/** The task as it stood at a past instant (status, overdue, escalation, the calendar and org chart in force). */
export function TaskAsOf({ taskId }: { taskId: string }) {
  const { t, dateTime } = useI18n();
  const [typed, setTyped] = useState('');
  const [at, setAt] = useState<string>();
  const unitName = useUnitNames(at?.slice(0, 10));
  const state = useQuery({
    queryKey: ['audit-state', taskId, at],
    queryFn: () => api<TaskStateAsOf>(`/v1/audit/tasks/${encodeURIComponent(taskId)}/state?asOf=${encodeURIComponent(at ?? '')}`),
    enabled: !!at,
  });
  const s = state.data;
  return (
    <Card size="small" title={<h3 style={{ fontSize: 16, margin: 0 }}>{t('stateAsOf')}</h3>}>
      <Space wrap>
        <label>
          {t('asOfInstant')} <DateTimeInput value={typed} onChange={setTyped} style={{ width: 220 }} />
        </label>
        <Button disabled={!typed} loading={state.isFetching} onClick={() => setAt(vietnamInstant(typed))}>
          {t('show')}
        </Button>
      </Space>
      <ErrorAlert error={state.error} />
      {s && (
        <>
          <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered style={{ marginTop: 12 }} data-testid="state-as-of">
            <Descriptions.Item label={t('asOf')}>{dateTime(s.asOf)}</Descriptions.Item>
            <Descriptions.Item label={t('status')}>
              {s.statusLabel} {s.overdue && <Tag color="red">{t('overdue')}</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label={t('unit')}>{unitName(s.leadUnitId)}</Descriptions.Item>
            <Descriptions.Item label={t('dueAt')}>{dateTime(s.dueAt)}</Descriptions.Item>
            <Descriptions.Item label={t('escalationLevel')}>
              {s.escalationLevel > 0 ? `${t('level')} ${s.escalationLevel}` : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('calendarVersion')}>{s.calendarVersion}</Descriptions.Item>
            <Descriptions.Item label={t('orgChartVersion')}>{s.orgChartVersion ?? '—'}</Descriptions.Item>
            <Descriptions.Item
              label={t('stateSource')}
            >{`${t('runIndex')} ${s.source.runIndex}${s.source.live ? ` (${t('liveRun').toLowerCase()})` : ''}, ${dateTime(s.source.recordedAt)}`}</Descriptions.Item>
          </Descriptions>
          {!s.basis.complete && <Alert type="warning" showIcon title={t('stateIncomplete')} style={{ marginTop: 12 }} />}
          <Timeline
            style={{ marginTop: 12 }}
            items={s.timeline.map((l) => ({
              content: (
                <span>
                  <Typography.Text type="secondary">{dateTime(l.at)}</Typography.Text> {l.text}
                </span>
              ),
            }))}
          />
        </>
      )}
    </Card>
  );
}
