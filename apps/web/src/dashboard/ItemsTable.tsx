import { Table, Tag } from 'antd';
import type { CSSProperties } from 'react';
import { Link } from 'react-router';
import type { ItemOutcome, ReportItem } from '../api/types';
import { ScrollRegion } from '../app/ScrollRegion';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';

// antd's preset tag colours are too light to read (axe: WCAG AA contrast); these keep the hue with dark text.
const GREEN = { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' };
const GOLD = { color: '#613400', background: '#fffbe6', borderColor: '#ffe58f' };
const RED = { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' };

const OUTCOME: Readonly<Record<ItemOutcome, { label: MessageKey; style?: CSSProperties }>> = {
  done_on_time: { label: 'doneOnTime', style: GREEN },
  done_on_time_after_extension: { label: 'doneOnTimeExtended', style: GREEN },
  done_late: { label: 'doneLate', style: GOLD },
  overdue: { label: 'openOverdue', style: RED },
  not_due: { label: 'openInTime' },
};

/** A page the server cut (the live dashboard): which one, of how many rows. */
export interface ServerPaging {
  page: number;
  pageSize: number;
  total: number;
  loading: boolean;
  onChange: (page: number) => void;
}

/** The tasks behind a number: each links to its task page. */
export function ItemsTable({
  items,
  unitName,
  caption,
  paging,
}: {
  items: ReportItem[];
  unitName: (id: string) => string;
  caption?: string;
  paging?: ServerPaging;
}) {
  const { t, dateTime } = useI18n();
  return (
    <ScrollRegion label={caption ?? t('tasks')}>
      <Table<ReportItem>
        rowKey={(i) => `${i.taskId}:${i.period ?? ''}`}
        size="small"
        style={{ minWidth: 900 }}
        pagination={
          paging
            ? { current: paging.page, pageSize: paging.pageSize, total: paging.total, onChange: paging.onChange, hideOnSinglePage: true }
            : { pageSize: 20, hideOnSinglePage: true }
        }
        loading={paging?.loading}
        dataSource={items}
        aria-label={caption}
        columns={[
          { title: t('directive'), dataIndex: 'directiveNumber' },
          { title: t('item'), dataIndex: 'itemRef', render: (ref: string, i) => (i.period ? `${ref} (${i.period})` : ref) },
          {
            title: t('text'),
            dataIndex: 'text',
            render: (text: string, i) => (
              <Link to={`/tasks/${encodeURIComponent(i.taskId)}`}>{text.length > 120 ? `${text.slice(0, 120)}…` : text}</Link>
            ),
          },
          { title: t('unit'), dataIndex: 'unitId', render: (u: string) => unitName(u) },
          { title: t('dueAt'), dataIndex: 'dueAt', render: (v: string | null) => dateTime(v) },
          {
            title: t('result'),
            dataIndex: 'outcome',
            render: (o: ItemOutcome) => <Tag style={OUTCOME[o].style}>{t(OUTCOME[o].label)}</Tag>,
          },
          { title: t('workingDaysLate'), dataIndex: 'workingDaysLate', render: (d: number | null) => d ?? '—' },
          {
            title: t('escalationLevel'),
            dataIndex: 'escalationLevel',
            render: (l: number) => (l > 0 ? <Tag style={RED}>{`${t('level')} ${l}`}</Tag> : '—'),
          },
        ]}
      />
    </ScrollRegion>
  );
}
