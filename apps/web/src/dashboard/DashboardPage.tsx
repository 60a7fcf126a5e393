import { useQuery } from '@tanstack/react-query';
import { Card, Col, Input, Row, Space, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../api/client';
import type { Report, ReportCounts, ReportItem } from '../api/types';
import { ErrorAlert } from '../app/ErrorAlert';
import { useUnitNames } from '../app/useUnitNames';
import { useI18n } from '../i18n/i18n';

const rate = (c: ReportCounts) => (c.onTimeRate === null ? '—' : `${Math.round(c.onTimeRate * 100)} %`);

/** The leader's view: counts in the official taxonomy for a period, as of any date, by unit. */
export function DashboardPage() {
  const { t, dateTime } = useI18n();
  const unitName = useUnitNames();
  const [period, setPeriod] = useState(String(new Date().getFullYear()));
  const [asOf, setAsOf] = useState('');
  const valid = /^\d{4}(-\d{2}|-Q[1-4])?$/.test(period);
  const query = `/v1/reports?period=${encodeURIComponent(period)}${asOf ? `&asOf=${encodeURIComponent(`${asOf}T23:59:59+07:00`)}` : ''}`;
  const report = useQuery({ queryKey: ['report', period, asOf], queryFn: () => api<Report>(query), enabled: valid });
  const r = report.data;
  const cards: { key: keyof ReportCounts; label: Parameters<typeof t>[0]; colour?: string }[] = [
    { key: 'doneOnTime', label: 'doneOnTime', colour: '#237804' },
    { key: 'doneLate', label: 'doneLate', colour: '#ad6800' },
    { key: 'notDue', label: 'openInTime' },
    { key: 'overdue', label: 'openOverdue', colour: '#a8071a' },
  ];
  return (
    <section>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {t('dashboardTitle')}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <label>
          {t('period')} <Input value={period} onChange={(e) => setPeriod(e.target.value)} style={{ width: 120 }} placeholder="2026, 2026-Q1, 2026-03" />
        </label>
        <label>
          {t('asOf')} <Input type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} style={{ width: 170 }} />
        </label>
        {r && <Typography.Text type="secondary">{dateTime(r.asOf)}</Typography.Text>}
      </Space>
      <ErrorAlert error={report.error} />
      {r && (
        <>
          <Row gutter={[12, 12]}>
            {cards.map((c) => (
              <Col xs={12} md={6} key={c.key}>
                <Card size="small">
                  <Statistic title={t(c.label)} value={r.totals[c.key] ?? 0} valueStyle={{ color: c.colour }} />
                  {c.key === 'doneOnTime' && <Typography.Text type="secondary">{`${t('doneAfterExtension')}: ${r.totals.doneAfterExtension}`}</Typography.Text>}
                </Card>
              </Col>
            ))}
          </Row>
          <Typography.Title level={2} style={{ fontSize: 18, marginTop: 16 }}>
            {t('ranking')}
          </Typography.Title>
          <Table
            rowKey="id"
            size="small"
            scroll={{ x: 640 }}
            pagination={{ pageSize: 15, hideOnSinglePage: true }}
            dataSource={[...r.byUnit].sort((a, b) => (b.counts.onTimeRate ?? -1) - (a.counts.onTimeRate ?? -1))}
            columns={[
              { title: t('unit'), dataIndex: 'name' },
              { title: t('doneOnTime'), render: (_, u) => u.counts.doneOnTime },
              { title: t('doneLate'), render: (_, u) => u.counts.doneLate },
              { title: t('openInTime'), render: (_, u) => u.counts.notDue },
              { title: t('openOverdue'), render: (_, u) => u.counts.overdue },
              { title: t('onTimeRate'), render: (_, u) => rate(u.counts) },
            ]}
          />
          <Typography.Title level={2} style={{ fontSize: 18, marginTop: 16 }}>
            {t('overdueItems')}
          </Typography.Title>
          <Table<ReportItem>
            rowKey={(i) => `${i.taskId}:${i.dueAt}`}
            size="small"
            scroll={{ x: 640 }}
            pagination={{ pageSize: 15, hideOnSinglePage: true }}
            dataSource={r.overdue}
            columns={[
              { title: t('directive'), dataIndex: 'directiveNumber' },
              { title: t('item'), dataIndex: 'itemRef' },
              { title: t('unit'), dataIndex: 'unitId', render: (u: string, i) => <Link to={`/tasks/${encodeURIComponent(i.taskId)}`}>{unitName(u)}</Link> },
              { title: t('dueAt'), dataIndex: 'dueAt', render: (v: string | null) => dateTime(v) },
            ]}
          />
        </>
      )}
    </section>
  );
}
