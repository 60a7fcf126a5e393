import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, List, Space, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, apiPage, listPath } from '../api/client';
import type { InboxNotice } from '../api/types';
import { ErrorAlert } from '../app/ErrorAlert';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { unreadText, useUnreadCount } from './useUnreadCount';

const PAGE_SIZE = 20;

/** The caller's notices a page at a time from the API, newest first; each one, or all, marked read. */
export function InboxPage() {
  const { t, dateTime } = useI18n();
  const client = useQueryClient();
  const [page, setPage] = useState(1);
  const [onlyUnread, setOnlyUnread] = useState(false);
  const unread = useUnreadCount();
  const inbox = useQuery({
    queryKey: ['inbox', 'page', page, onlyUnread],
    queryFn: () =>
      apiPage<InboxNotice>(
        listPath('/v1/inbox', { page, pageSize: PAGE_SIZE, sort: '-createdAt', unread: onlyUnread ? 'true' : undefined }),
      ),
  });
  const refresh = () => client.invalidateQueries({ queryKey: ['inbox'] });
  const markRead = useMutation({
    mutationFn: (id: string) => api<InboxNotice>(`/v1/inbox/${encodeURIComponent(id)}/read`, { method: 'POST' }),
    onSuccess: refresh,
  });
  const markAll = useMutation({ mutationFn: () => api<{ marked: number }>('/v1/inbox/read-all', { method: 'POST' }), onSuccess: refresh });
  const kindText = (kind: string) => t(`noticeKind_${kind}` as MessageKey) ?? kind;
  return (
    <section>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {`${t('inboxTitle')} (${unreadText(unread)} ${t('unread')})`}
      </Typography.Title>
      <ErrorAlert error={inbox.error ?? markRead.error ?? markAll.error} />
      <Space wrap style={{ marginBottom: 12 }}>
        <Button onClick={() => markAll.mutate()} loading={markAll.isPending} disabled={unread.count === 0}>
          {t('markAllRead')}
        </Button>
        <label>
          <Switch
            size="small"
            checked={onlyUnread}
            onChange={(on) => {
              setOnlyUnread(on);
              setPage(1);
            }}
          />{' '}
          {t('onlyUnread')}
        </label>
      </Space>
      <List<InboxNotice>
        loading={inbox.isLoading}
        dataSource={inbox.data?.items}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: inbox.data?.total ?? 0,
          onChange: setPage,
          hideOnSinglePage: true,
          showSizeChanger: false,
        }}
        renderItem={(n) => (
          <List.Item
            data-testid="notice"
            actions={
              n.readAt
                ? []
                : [
                    <Button
                      key="read"
                      size="small"
                      aria-label={`${t('markRead')}: ${n.subject}`}
                      loading={markRead.isPending && markRead.variables === n._id}
                      onClick={() => markRead.mutate(n._id)}
                    >
                      {t('markRead')}
                    </Button>,
                  ]
            }
          >
            <List.Item.Meta
              title={
                <Link
                  to={`/tasks/${encodeURIComponent(n.taskId)}`}
                  onClick={() => !n.readAt && markRead.mutate(n._id)}
                  style={{ fontWeight: n.readAt ? 'normal' : 'bold' }}
                >
                  {n.subject}
                </Link>
              }
              description={
                <>
                  <Tag>{kindText(n.kind)}</Tag> {dateTime(n.createdAt)}
                  <Typography.Paragraph ellipsis={{ rows: 2, expandable: true }} style={{ marginBottom: 0 }}>
                    {n.body}
                  </Typography.Paragraph>
                </>
              }
            />
          </List.Item>
        )}
      />
    </section>
  );
}
