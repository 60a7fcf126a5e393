import { useQuery } from '@tanstack/react-query';
import { Button, Progress, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { api } from '../api/client';
import type { DirectiveView } from '../api/types';
import { ErrorAlert } from '../app/ErrorAlert';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { DirectiveStatusTag } from './DirectiveStatusTag';

export function DirectiveListPage() {
  const { t, date } = useI18n();
  const { user } = useSession();
  const list = useQuery({ queryKey: ['directives'], queryFn: () => api<DirectiveView[]>('/v1/directives?limit=100') });
  return (
    <section>
      <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography.Title level={1} style={{ fontSize: 22 }}>
          {t('menuDirectives')}
        </Typography.Title>
        {(user?.role === 'issuer' || user?.role === 'admin') && (
          <Link to="/import">
            <Button type="primary">{t('menuImport')}</Button>
          </Link>
        )}
      </Space>
      <ErrorAlert error={list.error} />
      <Table<DirectiveView>
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data}
        scroll={{ x: 720 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('number'), dataIndex: 'number', render: (n: string, d) => <Link to={`/directives/${encodeURIComponent(d.id)}`}>{n}</Link> },
          { title: t('date'), dataIndex: 'date', render: (v: string) => date(v) },
          { title: t('subject'), dataIndex: 'subject', ellipsis: true },
          { title: t('status'), dataIndex: 'status', render: (s: DirectiveView['status']) => <DirectiveStatusTag status={s} /> },
          {
            title: t('progress'),
            render: (_, d) => (
              <Space size={4}>
                <Progress percent={d.progress.percentCompleted} size="small" style={{ width: 90 }} aria-label={t('progress')} />
                {d.progress.overdue > 0 && <Tag color="red">{`${t('overdue')}: ${d.progress.overdue}`}</Tag>}
              </Space>
            ),
          },
        ]}
      />
    </section>
  );
}
