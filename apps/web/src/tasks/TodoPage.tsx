import { useQuery } from '@tanstack/react-query';
import { Input, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, listPath } from '../api/client';
import type { TaskSummary } from '../api/types';
import { ErrorAlert } from '../app/ErrorAlert';
import { useI18n } from '../i18n/i18n';

const OPEN = new Set(['assigned', 'acknowledged', 'in_progress', 'returned']);
const WEEK_MS = 7 * 24 * 3600 * 1000;

/** "Việc cần làm": my unit's tasks to acknowledge, due within a week, and overdue. */
export function TodoPage() {
  const { t, dateTime } = useI18n();
  const [shown, setShown] = useState<'toAcknowledge' | 'dueSoon' | 'overdue'>('toAcknowledge');
  const [q, setQ] = useState('');
  // The API searches the task texts (with or without diacritics); the groups are cut from the unit's open tasks.
  const list = useQuery({
    queryKey: ['tasks', 'mine', q],
    queryFn: () => api<TaskSummary[]>(listPath('/v1/tasks', { pageSize: 500, q })),
    refetchInterval: 10_000,
  });
  const tasks = list.data ?? [];
  const now = Date.now();
  const groups = {
    toAcknowledge: tasks.filter((x) => x.status === 'assigned'),
    dueSoon: tasks.filter((x) => OPEN.has(x.status) && !x.overdue && x.dueAt && Date.parse(x.dueAt) - now < WEEK_MS),
    overdue: tasks.filter((x) => OPEN.has(x.status) && x.overdue),
  } as const;
  const table = (rows: TaskSummary[]) => (
    <Table<TaskSummary>
      rowKey="taskId"
      size="small"
      loading={list.isLoading}
      dataSource={rows}
      scroll={{ x: 640 }}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      columns={[
        { title: t('directive'), dataIndex: 'directiveNumber', width: 130 },
        { title: t('item'), dataIndex: 'itemRef', width: 60 },
        {
          title: t('text'),
          dataIndex: 'text',
          ellipsis: true,
          render: (text: string, r) => <Link to={`/tasks/${encodeURIComponent(r.taskId)}`}>{text}</Link>,
        },
        { title: t('status'), dataIndex: 'statusLabel', render: (s: string, r) => (r.overdue ? <Tag color="red">{s}</Tag> : s) },
        {
          title: t('dueAt'),
          dataIndex: 'dueAt',
          render: (v: string | null, r) => dateTime(r.status === 'assigned' ? (r.acknowledgeBy ?? v) : v),
        },
      ]}
    />
  );
  return (
    <section>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {t('todoTitle')}
      </Typography.Title>
      <ErrorAlert error={list.error} />
      <Input.Search
        aria-label={t('search')}
        placeholder={t('search')}
        allowClear
        onSearch={(value) => setQ(value.trim())}
        style={{ maxWidth: 420, marginBottom: 12, display: 'block' }}
      />
      {/* A segmented switch rather than tabs: antd's tab overflow menu breaks the tablist's ARIA on a phone. */}
      <Segmented<keyof typeof groups>
        aria-label={t('todoTitle')}
        value={shown}
        onChange={setShown}
        style={{ marginBottom: 12, maxWidth: '100%', overflowX: 'auto' }}
        options={(Object.keys(groups) as (keyof typeof groups)[]).map((key) => ({
          value: key,
          label: `${t(key)} (${groups[key].length})`,
        }))}
      />
      {table(groups[shown])}
    </section>
  );
}
