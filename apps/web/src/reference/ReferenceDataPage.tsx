import { Divider, Typography } from 'antd';
import type { OrgChartVersionSummary, PublishedCalendar } from '../api/types';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { CALENDAR_QUERIES, CalendarVersions } from './CalendarVersions';
import { ORG_CHART_QUERIES, OrgChartVersions } from './OrgChartVersions';
import { PublishVersion } from './PublishVersion';

/** Reference data every role reads (working calendar and org chart versions); administrators publish new versions. */
export function ReferenceDataPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const admin = user?.role === 'admin';
  return (
    <section>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {t('referenceTitle')}
      </Typography.Title>
      <CalendarVersions />
      {admin && (
        <PublishVersion
          path="/v1/calendar-versions"
          refresh={CALENDAR_QUERIES}
          title="publishCalendar"
          numberOf={(c) => (c as PublishedCalendar).sequence}
        />
      )}
      <Divider />
      <OrgChartVersions />
      {admin && (
        <PublishVersion
          path="/v1/org-chart-versions"
          refresh={ORG_CHART_QUERIES}
          title="publishOrgChart"
          numberOf={(c) => (c as OrgChartVersionSummary).version}
        />
      )}
    </section>
  );
}
