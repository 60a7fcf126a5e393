import { useQuery } from '@tanstack/react-query';
import { List, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { api } from '../api/client';
import type { InboxNotice } from '../api/types';
import { ErrorAlert } from '../app/ErrorAlert';
import { useI18n } from '../i18n/i18n';

export function InboxPage() {
  const { t, dateTime } = useI18n();
  const inbox = useQuery({ queryKey: ['inbox'], queryFn: () => api<InboxNotice[]>('/v1/inbox?limit=200') });
  const unread = inbox.data?.filter((n) => !n.readAt).length ?? 0;
  return (
    <section>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {`${t('inboxTitle')} (${unread} ${t('unread')})`}
      </Typography.Title>
      <ErrorAlert error={inbox.error} />
      <List<InboxNotice>
        loading={inbox.isLoading}
        dataSource={inbox.data}
        renderItem={(n) => (
          <List.Item>
            <List.Item.Meta
              title={
                <Link to={`/tasks/${encodeURIComponent(n.taskId)}`} style={{ fontWeight: n.readAt ? 'normal' : 'bold' }}>
                  {n.subject}
                </Link>
              }
              description={
                <>
                  <Tag>{n.kind}</Tag> {dateTime(n.createdAt)}
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
