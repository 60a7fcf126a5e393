import { Card, Col, Row, Typography } from 'antd';
import type { ReportCounts } from '../api/types';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { CountButton } from './CountButton';
import type { CountKey } from './drill-down';

const CARDS: { key: CountKey; label: MessageKey; colour?: string }[] = [
  { key: 'doneOnTime', label: 'doneOnTime', colour: '#237804' },
  { key: 'doneLate', label: 'doneLate', colour: '#874d00' },
  { key: 'notDue', label: 'openInTime' },
  { key: 'overdue', label: 'openOverdue', colour: '#a8071a' },
];

/** The four counts of the official taxonomy; an approved extension counts as on time (and is said so). */
export function TaxonomyCards({
  totals,
  escalations,
  onOpen,
}: {
  totals: ReportCounts;
  escalations: number;
  onOpen: (key: CountKey, escalated?: boolean) => void;
}) {
  const { t } = useI18n();
  return (
    <Row gutter={[12, 12]} data-testid="taxonomy-cards">
      {CARDS.map((c) => (
        <Col xs={12} md={6} lg={4} key={c.key}>
          <Card size="small" title={<span style={{ whiteSpace: 'normal' }}>{t(c.label)}</span>}>
            <CountButton value={totals[c.key]} label={t(c.label)} onOpen={() => onOpen(c.key)} style={{ fontSize: 26, color: c.colour }} />
            {c.key === 'doneOnTime' && (
              <div>
                <Typography.Text type="secondary">{`${t('doneAfterExtension')}: `}</Typography.Text>
                <CountButton
                  value={totals.doneAfterExtension}
                  label={t('doneAfterExtension')}
                  onOpen={() => onOpen('doneAfterExtension')}
                />
              </div>
            )}
          </Card>
        </Col>
      ))}
      <Col xs={12} md={6} lg={4}>
        <Card size="small" title={<span style={{ whiteSpace: 'normal' }}>{t('escalationsWaiting')}</span>}>
          <CountButton
            value={escalations}
            label={t('escalationsWaiting')}
            onOpen={() => onOpen('total', true)}
            style={{ fontSize: 26, color: '#a8071a' }}
          />
        </Card>
      </Col>
      <Col xs={12} md={6} lg={4}>
        <Card size="small" title={<span style={{ whiteSpace: 'normal' }}>{t('onTimeRate')}</span>}>
          <span style={{ fontSize: 26 }}>{totals.onTimeRate === null ? '—' : `${Math.round(totals.onTimeRate * 100)} %`}</span>
          <div>
            <Typography.Text type="secondary">{`${t('totalDue')}: `}</Typography.Text>
            <CountButton value={totals.total} label={t('totalDue')} onOpen={() => onOpen('total')} />
          </div>
        </Card>
      </Col>
    </Row>
  );
}
