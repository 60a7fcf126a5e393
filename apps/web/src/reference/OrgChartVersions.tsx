import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Table, Typography } from 'antd';
import { apiPage, listPath } from '../api/client';
import type { OrgChartVersionSummary } from '../api/types';
import { ErrorAlert } from '../app/ErrorAlert';
import { useUnitNames } from '../app/useUnitNames';
import { useI18n } from '../i18n/i18n';
import { ScrollRegion } from '../app/ScrollRegion';
import type { MessageKey } from '../i18n/messages';

const VERSIONS_PER_PAGE = 20;
export const ORG_CHART_QUERIES = [['org-chart-versions']];
const KIND_LABEL: Record<OrgChartVersionSummary['succession'][number]['kind'], MessageKey> = {
  merged: 'succession_merged',
  split: 'succession_split',
  renamed: 'succession_renamed',
};
const wrap = { whiteSpace: 'normal', display: 'inline-block', minWidth: 220 } as const;

/** The day before an ISO date: the last day the previous version was in force. */
function dayBefore(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** One version's succession map, with the old units named as on the eve of the change and the successors as from it. */
function SuccessionMap({ version }: { version: OrgChartVersionSummary }) {
  const { t } = useI18n();
  const oldName = useUnitNames(dayBefore(version.validFrom));
  const newName = useUnitNames(version.validFrom);
  return (
    <section aria-labelledby={`succession-${version.chartId}-${version.version}`} style={{ marginTop: 12 }}>
      <Typography.Title level={3} id={`succession-${version.chartId}-${version.version}`} style={{ fontSize: 16 }}>
        {`${t('successionOf')} ${version.version}`}
      </Typography.Title>
      <ScrollRegion label={`${t('successionOf')} ${version.version}`}>
        <Table
          rowKey="unitId"
          size="small"
          pagination={false}
          dataSource={version.succession}
          columns={[
            { title: t('formerUnit'), dataIndex: 'unitId', render: (id: string) => <span style={wrap}>{oldName(id)}</span> },
            { title: t('successionKind'), dataIndex: 'kind', render: (k: keyof typeof KIND_LABEL) => t(KIND_LABEL[k]) },
            {
              title: t('successors'),
              dataIndex: 'successorIds',
              render: (ids: string[]) => <span style={wrap}>{ids.map(newName).join('; ')}</span>,
            },
            { title: t('basis'), dataIndex: 'basis', render: (v: string) => <span style={wrap}>{v}</span> },
          ]}
        />
      </ScrollRegion>
    </section>
  );
}

/** The org chart versions: when each is in force, on what basis, and where the units it removed went. */
export function OrgChartVersions() {
  const { t, date, dateTime } = useI18n();
  // A page at a time, as the API pages it (the key's prefix is what a publish invalidates).
  const [page, setPage] = useState(1);
  const versions = useQuery({
    queryKey: [...ORG_CHART_QUERIES[0], page],
    queryFn: () => apiPage<OrgChartVersionSummary>(listPath('/v1/org-chart-versions', { page, pageSize: VERSIONS_PER_PAGE })),
    placeholderData: keepPreviousData,
  });
  return (
    <section aria-labelledby="org-chart-versions-title">
      <Typography.Title level={2} id="org-chart-versions-title" style={{ fontSize: 18 }}>
        {t('orgChartVersions')}
      </Typography.Title>
      <ErrorAlert error={versions.error} />
      <ScrollRegion label={t('orgChartVersions')}>
        <Table
          rowKey={(v) => `${v.chartId}-${v.version}`}
          size="small"
          pagination={{
            current: page,
            pageSize: VERSIONS_PER_PAGE,
            total: versions.data?.total ?? 0,
            hideOnSinglePage: true,
            showSizeChanger: false,
            onChange: setPage,
          }}
          loading={versions.isLoading}
          dataSource={versions.data?.items}
          columns={[
            { title: t('versionNumber'), dataIndex: 'version' },
            { title: t('chartName'), dataIndex: 'name', render: (v: string) => <span style={wrap}>{v}</span> },
            {
              title: t('validFrom'),
              dataIndex: 'validFrom',
              render: (v: string, row) => (row.effectiveAt ? dateTime(row.effectiveAt) : date(v)),
            },
            { title: t('validTo'), dataIndex: 'validTo', render: (v: string | null) => (v ? date(v) : t('inForce')) },
            { title: t('unitCount'), dataIndex: 'units' },
            { title: t('basis'), dataIndex: 'basis', render: (b?: string[]) => <span style={wrap}>{b?.length ? b.join('; ') : '—'}</span> },
          ]}
        />
      </ScrollRegion>
      {versions.data?.items
        .filter((v) => v.succession.length > 0)
        .map((v) => (
          <SuccessionMap key={`${v.chartId}-${v.version}`} version={v} />
        ))}
    </section>
  );
}
