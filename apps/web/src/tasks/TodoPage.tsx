import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Input, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { apiPage, listPath } from '../api/client';
import type { CompactTask } from '../api/types';
import { ErrorAlert } from '../app/ErrorAlert';
import { useI18n } from '../i18n/i18n';

const GROUPS = ['toAcknowledge', 'dueSoon', 'overdue'] as const;
type Group = (typeof GROUPS)[number];
const PAGE_SIZE = 20;
/** To acknowledge: in the list's order; due soon and overdue: the nearest deadline first. */
const ORDER: Record<Group, string | undefined> = { toAcknowledge: undefined, dueSoon: 'dueAt', overdue: 'dueAt' };

/**
 * "Việc cần làm": my unit's tasks to acknowledge, due within a week, and overdue. Each group is
 * filtered, counted and paged by the API (GET /v1/tasks?group=…): its count is the true total
 * whatever the unit's size, and a page is 20 compact rows.
 */
export function TodoPage() {
  const { t, dateTime } = useI18n();
  const [shown, setShown] = useState<Group>('toAcknowledge');
  const [q, setQ] = useState('');
  const [pages, setPages] = useState<Record<Group, number>>({ toAcknowledge: 1, dueSoon: 1, overdue: 1 });
  const groups = {
    toAcknowledge: useGroup('toAcknowledge', pages.toAcknowledge, q),
    dueSoon: useGroup('dueSoon', pages.dueSoon, q),
    overdue: useGroup('overdue', pages.overdue, q),
  };
  const list = groups[shown];
  return (
    <section>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {t('todoTitle')}
      </Typography.Title>
      <ErrorAlert error={groups.toAcknowledge.error ?? groups.dueSoon.error ?? groups.overdue.error} />
      <Input.Search
        aria-label={t('search')}
        placeholder={t('search')}
        allowClear
        onSearch={(value) => {
          setQ(value.trim());
          setPages({ toAcknowledge: 1, dueSoon: 1, overdue: 1 });
        }}
        style={{ maxWidth: 420, marginBottom: 12, display: 'block' }}
      />
      {/* A segmented switch rather than tabs: antd's tab overflow menu breaks the tablist's ARIA on a phone. */}
      <Segmented<Group>
        aria-label={t('todoTitle')}
        value={shown}
        onChange={setShown}
        style={{ marginBottom: 12, maxWidth: '100%', overflowX: 'auto' }}
        options={GROUPS.map((key) => ({
          value: key,
          label: groups[key].data ? `${t(key)} (${groups[key].data.total})` : t(key),
        }))}
      />
      <Table<CompactTask>
        rowKey="taskId"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items}
        scroll={{ x: 640 }}
        pagination={{
          current: pages[shown],
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          hideOnSinglePage: true,
          showSizeChanger: false,
        }}
        onChange={(pagination) => setPages((p) => ({ ...p, [shown]: pagination.current ?? 1 }))}
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
    </section>
  );
}

/** One group's page and total, refreshed every 10 s (deadlines pass, tasks are acknowledged). */
function useGroup(group: Group, page: number, q: string) {
  return useQuery({
    queryKey: ['tasks', 'todo', group, page, q],
    queryFn: () =>
      apiPage<CompactTask>(listPath('/v1/tasks', { group, view: 'compact', page, pageSize: PAGE_SIZE, sort: ORDER[group], q })),
    placeholderData: keepPreviousData,
    refetchInterval: 10_000,
  });
}
