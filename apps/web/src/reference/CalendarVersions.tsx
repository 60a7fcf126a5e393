import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, apiPage, listPath } from '../api/client';
import type { CalendarVersionSummary, PublishedCalendar } from '../api/types';
import { ErrorAlert } from '../app/ErrorAlert';
import { useI18n } from '../i18n/i18n';
import { ScrollRegion } from '../app/ScrollRegion';
import type { MessageKey } from '../i18n/messages';
import { announcedDays, type AnnouncedDayKind } from './announced-days';

const KIND_LABEL: Record<AnnouncedDayKind, MessageKey> = { dayOff: 'dayKind_dayOff', makeUp: 'dayKind_makeUp', swapped: 'dayKind_swapped' };
const KIND_COLOR: Record<AnnouncedDayKind, string> = { dayOff: 'green', makeUp: 'orange', swapped: 'blue' };
/** A calendar day in full, with its weekday: a day off is read against the week (dates are civil days, hence UTC). */
function calendarDay(isoDate: string, language: string): string {
  const format = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'vi-VN', {
    timeZone: 'UTC',
    weekday: 'short',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  });
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}
const VERSIONS_PER_PAGE = 20;
export const CALENDAR_QUERIES = [['calendar-versions'], ['calendar-versions', 'current']];

/** The published working calendar versions, and the days the current one announces for a chosen year. */
export function CalendarVersions() {
  const { t, dateTime, language } = useI18n();
  // A page at a time, newest first, as the API pages it (the key's prefix is what a publish invalidates).
  const [page, setPage] = useState(1);
  const versions = useQuery({
    queryKey: [...CALENDAR_QUERIES[0], page],
    queryFn: () => apiPage<CalendarVersionSummary>(listPath('/v1/calendar-versions', { page, pageSize: VERSIONS_PER_PAGE })),
    placeholderData: keepPreviousData,
  });
  const current = useQuery({ queryKey: CALENDAR_QUERIES[1], queryFn: () => api<PublishedCalendar>('/v1/calendar-versions/current') });
  const years = Object.keys(current.data?.data.years ?? {}).sort();
  const thisYear = String(new Date().getFullYear());
  const [chosen, setChosen] = useState<string>();
  const year = chosen && years.includes(chosen) ? chosen : years.includes(thisYear) ? thisYear : years.at(-1);
  const announced = year ? current.data?.data.years[year] : undefined;
  return (
    <section aria-labelledby="calendar-versions-title">
      <Typography.Title level={2} id="calendar-versions-title" style={{ fontSize: 18 }}>
        {t('calendarVersions')}
      </Typography.Title>
      <ErrorAlert error={versions.error ?? current.error} />
      <ScrollRegion label={t('calendarVersions')}>
        <Table
          rowKey="sequence"
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
            { title: t('versionNumber'), dataIndex: 'sequence' },
            { title: t('publishedAt'), dataIndex: 'publishedAt', render: (v: string) => dateTime(v) },
            { title: t('publishedBy'), dataIndex: 'publishedBy' },
            {
              title: t('publishedUnder'),
              dataIndex: 'notice',
              render: (v: string) => <span style={{ whiteSpace: 'normal', display: 'inline-block', minWidth: 240 }}>{v}</span>,
            },
          ]}
        />
      </ScrollRegion>
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }}>
        {`${t('announcedDaysOf')} ${current.data?.sequence ?? '…'}`}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 8 }}>
        <Select
          aria-label={t('year')}
          style={{ minWidth: 120 }}
          loading={current.isLoading}
          value={year}
          onChange={setChosen}
          options={years.map((y) => ({ value: y, label: y }))}
        />
        {announced && <Typography.Text type="secondary">{`${t('yearSource')}: ${announced.source}`}</Typography.Text>}
      </Space>
      <ScrollRegion label={t('announcedDaysOf')}>
        <Table
          rowKey={(d) => `${d.date}-${d.kind}`}
          size="small"
          pagination={false}
          loading={current.isLoading}
          dataSource={announced ? announcedDays(announced) : []}
          columns={[
            { title: t('day'), dataIndex: 'date', render: (v: string) => calendarDay(v, language) },
            {
              title: t('dayKind'),
              dataIndex: 'kind',
              render: (k: AnnouncedDayKind) => (
                <Tag color={KIND_COLOR[k]} style={{ color: '#000' }}>
                  {t(KIND_LABEL[k])}
                </Tag>
              ),
            },
            { title: t('dayName'), dataIndex: 'name', render: (v?: string) => v ?? '—' },
            {
              title: t('announcedBy'),
              dataIndex: 'notice',
              render: (v: string) => <span style={{ whiteSpace: 'normal', display: 'inline-block', minWidth: 240 }}>{v}</span>,
            },
          ]}
        />
      </ScrollRegion>
    </section>
  );
}
