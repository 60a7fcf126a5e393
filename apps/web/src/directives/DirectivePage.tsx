import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Descriptions, Form, Input, Modal, Progress, Space, Table, Tag, Typography } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, apiPage, listPath } from '../api/client';
import type { DirectiveView, TaskSummary } from '../api/types';
import { ErrorAlert } from '../app/ErrorAlert';
import { useUnitNames } from '../app/useUnitNames';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { DirectiveStatusTag } from './DirectiveStatusTag';

const TASKS_PER_PAGE = 50;

export function DirectivePage() {
  const { id = '' } = useParams();
  const { t, date, dateTime } = useI18n();
  const { user } = useSession();
  const unitName = useUnitNames();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [withdrawing, setWithdrawing] = useState(false);
  const path = `/v1/directives/${encodeURIComponent(id)}`;
  const directive = useQuery({ queryKey: ['directive', id], queryFn: () => api<DirectiveView>(path) });
  // A page of the directive's tasks at a time, sorted by the API (a national directive has ~20,000).
  const [page, setPage] = useState(1);
  const [sort, setSort] = useState('directiveId');
  const tasks = useQuery({
    queryKey: ['directive-tasks', id, page, sort],
    queryFn: () => apiPage<TaskSummary>(listPath('/v1/tasks', { directiveId: id, page, pageSize: TASKS_PER_PAGE, sort })),
    placeholderData: keepPreviousData,
    refetchInterval: 5_000,
  });
  const sortOrder = (field: string) => (sort === field ? 'ascend' : sort === `-${field}` ? 'descend' : null);
  const refresh = () =>
    Promise.all([client.invalidateQueries({ queryKey: ['directive', id] }), client.invalidateQueries({ queryKey: ['directives'] })]);
  const issue = useMutation({
    mutationFn: () => api<DirectiveView>(`${path}/issue`, { method: 'POST' }),
    onSuccess: () => (message.success(t('issued')), refresh()),
  });
  const withdraw = useMutation({
    mutationFn: (reason: string) => api<DirectiveView>(`${path}/withdraw`, { method: 'POST', body: { reason } }),
    onSuccess: () => (message.success(t('withdrawn')), setWithdrawing(false), refresh()),
  });
  const d = directive.data;
  const canManage = user?.role === 'issuer' || user?.role === 'admin';
  return (
    <section>
      <ErrorAlert error={directive.error ?? issue.error} />
      {d && (
        <>
          <Typography.Title level={1} style={{ fontSize: 22 }}>
            {d.number} <DirectiveStatusTag status={d.status} />
          </Typography.Title>
          <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
            <Descriptions.Item label={t('subject')}>{d.subject}</Descriptions.Item>
            <Descriptions.Item label={t('date')}>{date(d.date)}</Descriptions.Item>
            <Descriptions.Item label={t('progress')}>
              <Progress percent={d.progress.percentCompleted} size="small" style={{ maxWidth: 200 }} aria-label={t('progress')} />{' '}
              {d.progress.completed}/{d.progress.tasks}
            </Descriptions.Item>
            <Descriptions.Item label={t('overdue')}>
              {d.progress.overdue} · {t('escalated')}: {d.progress.escalated}
            </Descriptions.Item>
          </Descriptions>
          {canManage && (
            <Space style={{ margin: '12px 0' }}>
              {d.status === 'draft' && (
                <Button type="primary" loading={issue.isPending} onClick={() => issue.mutate()}>
                  {t('issue')}
                </Button>
              )}
              {d.status === 'issued' && (
                <Button danger onClick={() => setWithdrawing(true)}>
                  {t('withdraw')}
                </Button>
              )}
            </Space>
          )}
          <Typography.Title level={2} style={{ fontSize: 18 }}>
            {t('tasks')}
          </Typography.Title>
          <Table<TaskSummary>
            rowKey="taskId"
            size="small"
            loading={tasks.isLoading}
            dataSource={tasks.data?.items}
            scroll={{ x: 720 }}
            pagination={{
              current: page,
              pageSize: TASKS_PER_PAGE,
              total: tasks.data?.total ?? 0,
              hideOnSinglePage: true,
              showSizeChanger: false,
            }}
            onChange={(pagination, _filters, sorter) => {
              const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<TaskSummary> | undefined;
              const field = typeof s?.column?.key === 'string' ? s.column.key : undefined;
              setSort(field && s?.order ? `${s.order === 'descend' ? '-' : ''}${field}` : 'directiveId');
              setPage(pagination.current ?? 1);
            }}
            columns={[
              { key: 'itemRef', title: t('item'), dataIndex: 'itemRef', width: 60, sorter: true, sortOrder: sortOrder('itemRef') },
              {
                key: 'leadUnitId',
                title: t('unit'),
                dataIndex: 'leadUnitId',
                sorter: true,
                sortOrder: sortOrder('leadUnitId'),
                render: (u: string, r) => <Link to={`/tasks/${encodeURIComponent(r.taskId)}`}>{r.leadUnitName ?? unitName(u)}</Link>,
              },
              { key: 'status', title: t('status'), dataIndex: 'statusLabel', sorter: true, sortOrder: sortOrder('status') },
              { title: t('reporting'), dataIndex: 'reportingLabel' },
              {
                key: 'dueAt',
                title: t('dueAt'),
                dataIndex: 'dueAt',
                sorter: true,
                sortOrder: sortOrder('dueAt'),
                render: (v: string | null) => dateTime(v),
              },
              { title: t('overdue'), dataIndex: 'overdue', render: (o: boolean) => (o ? <Tag color="red">{t('overdue')}</Tag> : null) },
            ]}
          />
          <Modal title={t('withdraw')} open={withdrawing} onCancel={() => setWithdrawing(false)} footer={null} destroyOnHidden>
            <ErrorAlert error={withdraw.error} />
            <Form layout="vertical" onFinish={(v: { reason: string }) => withdraw.mutate(v.reason)}>
              <Form.Item
                label={t('withdrawReason')}
                name="reason"
                rules={[{ required: true, whitespace: true, message: t('reasonRequired') }]}
              >
                <Input.TextArea rows={3} />
              </Form.Item>
              <Button danger htmlType="submit" loading={withdraw.isPending}>
                {t('confirm')}
              </Button>
            </Form>
          </Modal>
        </>
      )}
    </section>
  );
}
