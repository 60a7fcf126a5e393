import { Table, Tag } from 'antd';
import { Link } from 'react-router';
import type { ItemOutcome, ReportItem } from '../api/types';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';

const OUTCOME: Readonly<Record<ItemOutcome, { label: MessageKey; colour?: string }>> = {
  done_on_time: { label: 'doneOnTime', colour: 'green' },
  done_on_time_after_extension: { label: 'doneOnTimeExtended', colour: 'green' },
  done_late: { label: 'doneLate', colour: 'gold' },
  overdue: { label: 'openOverdue', colour: 'red' },
  not_due: { label: 'openInTime' },
};

/** The tasks behind a number: each links to its task page. */
export function ItemsTable({ items, unitName, caption }: { items: ReportItem[]; unitName: (id: string) => string; caption?: string }) {
  const { t, dateTime } = useI18n();
  return (
    <Table<ReportItem>
      rowKey={(i) => `${i.taskId}:${i.period ?? ''}`}
      size="small"
      scroll={{ x: 900 }}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      dataSource={items}
      aria-label={caption}
      columns={[
        { title: t('directive'), dataIndex: 'directiveNumber' },
        { title: t('item'), dataIndex: 'itemRef', render: (ref: string, i) => (i.period ? `${ref} (${i.period})` : ref) },
        {
          title: t('text'),
          dataIndex: 'text',
          render: (text: string, i) => <Link to={`/tasks/${encodeURIComponent(i.taskId)}`}>{text.length > 120 ? `${text.slice(0, 120)}…` : text}</Link>,
        },
        { title: t('unit'), dataIndex: 'unitId', render: (u: string) => unitName(u) },
        { title: t('dueAt'), dataIndex: 'dueAt', render: (v: string | null) => dateTime(v) },
        { title: t('result'), dataIndex: 'outcome', render: (o: ItemOutcome) => <Tag color={OUTCOME[o].colour}>{t(OUTCOME[o].label)}</Tag> },
        { title: t('workingDaysLate'), dataIndex: 'workingDaysLate', render: (d: number | null) => d ?? '—' },
        { title: t('escalationLevel'), dataIndex: 'escalationLevel', render: (l: number) => (l > 0 ? <Tag color="volcano">{`${t('level')} ${l}`}</Tag> : '—') },
      ]}
    />
  );
}
