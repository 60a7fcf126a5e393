import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Input, Progress, Space, Table, Tag, Typography } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useState } from 'react';
import { Link } from 'react-router';
import { apiPage, listPath } from '../api/client';
import type { DirectiveListItem } from '../api/types';
import { ErrorAlert } from '../app/ErrorAlert';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { DirectiveStatusTag } from './DirectiveStatusTag';

export function DirectiveListPage() {
  const { t, date } = useI18n();
  const { user } = useSession();
  // Paged, sorted and searched by the API (a province issues thousands of directives).
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [sort, setSort] = useState('-date');
  const [q, setQ] = useState('');
  const list = useQuery({
    queryKey: ['directives', 'page', page, pageSize, sort, q],
    queryFn: () => apiPage<DirectiveListItem>(listPath('/v1/directives', { page, pageSize, sort, q })),
    placeholderData: keepPreviousData,
  });
  const sortOrder = (field: string) => (sort === field ? 'ascend' : sort === `-${field}` ? 'descend' : null);
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
      <Input.Search
        aria-label={t('search')}
        placeholder={t('search')}
        allowClear
        onSearch={(value) => {
          setQ(value.trim());
          setPage(1);
        }}
        style={{ maxWidth: 420, marginBottom: 12 }}
      />
      <Table<DirectiveListItem>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items}
        scroll={{ x: 720 }}
        pagination={{ current: page, pageSize, total: list.data?.total ?? 0, hideOnSinglePage: true, showSizeChanger: true }}
        onChange={(pagination, _filters, sorter) => {
          const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<DirectiveListItem> | undefined;
          const field = typeof s?.field === 'string' ? s.field : undefined;
          setSort(field && s?.order ? `${s.order === 'descend' ? '-' : ''}${field}` : '-date');
          if (pagination.pageSize && pagination.pageSize !== pageSize) {
            setPageSize(pagination.pageSize);
            setPage(1);
          } else setPage(pagination.current ?? 1);
        }}
        columns={[
          {
            title: t('number'),
            dataIndex: 'number',
            sorter: true,
            sortOrder: sortOrder('number'),
            render: (n: string, d) => <Link to={`/directives/${encodeURIComponent(d.id)}`}>{n}</Link>,
          },
          { title: t('date'), dataIndex: 'date', sorter: true, sortOrder: sortOrder('date'), render: (v: string) => date(v) },
          { title: t('subject'), dataIndex: 'subject', sorter: true, sortOrder: sortOrder('subject'), ellipsis: true },
          {
            title: t('status'),
            dataIndex: 'status',
            sorter: true,
            sortOrder: sortOrder('status'),
            render: (s: DirectiveListItem['status']) => <DirectiveStatusTag status={s} />,
          },
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
