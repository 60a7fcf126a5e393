import { Button, Card } from 'antd';
import { useEffect, useRef } from 'react';
import type { ReportItem } from '../api/types';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import type { CountKey, DrillDown } from './drill-down';
import { ItemsTable, type ServerPaging } from './ItemsTable';

const LABEL: Readonly<Record<CountKey, MessageKey>> = {
  total: 'totalDue',
  doneOnTime: 'doneOnTime',
  doneAfterExtension: 'doneOnTimeExtended',
  doneLate: 'doneLate',
  overdue: 'openOverdue',
  notDue: 'openInTime',
};

/** The tasks behind the number just chosen; takes the focus so a keyboard or screen-reader user lands on it. */
export function DrillDownPanel({
  items,
  total,
  paging,
  drill,
  unitName,
  onClose,
}: {
  /** The items of the number (all of them, or the server's page with `paging`). */
  items: ReportItem[];
  total: number;
  paging?: ServerPaging;
  drill: DrillDown;
  unitName: (id: string) => string;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start' });
  }, [drill]);
  const title = [
    drill.escalated ? t('escalationsWaiting') : t(LABEL[drill.count]),
    drill.unitId && unitName(drill.unitId),
    drill.month && `${drill.month.slice(5)}/${drill.month.slice(0, 4)}`,
  ]
    .filter(Boolean)
    .join(' — ');
  return (
    <Card
      size="small"
      style={{ marginTop: 16, borderColor: '#0b57a4' }}
      title={
        <h2 ref={heading} tabIndex={-1} style={{ fontSize: 16, margin: 0, whiteSpace: 'normal' }} data-testid="drill-down-title">
          {`${t('tasksOf')}: ${title} (${total})`}
        </h2>
      }
      extra={<Button onClick={onClose}>{t('close')}</Button>}
    >
      <ItemsTable items={items} unitName={unitName} caption={title} paging={paging} />
    </Card>
  );
}
