import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, listPath } from '../api/client';
import type { ReportItemsPage } from '../api/types';
import type { DrillDown } from './drill-down';
import type { ServerPaging } from './ItemsTable';

const PAGE_SIZE = 20;

/**
 * The items behind one number of the live dashboard, a page at a time from the server
 * (GET /v1/reports/summary/items): the browser never holds a period's items.
 */
export function useLiveItems(period: string, drill: DrillDown | undefined, refetchInterval: number | false = false) {
  const [page, setPage] = useState({ key: '', page: 1 });
  const key = JSON.stringify([period, drill]);
  const current = page.key === key ? page.page : 1;
  const query = useQuery({
    queryKey: ['report-items', period, drill, current],
    queryFn: () =>
      api<ReportItemsPage>(
        listPath('/v1/reports/summary/items', {
          period,
          count: drill?.count,
          unitId: drill?.unitId,
          month: drill?.month,
          escalated: drill?.escalated ? 'true' : undefined,
          page: current,
          pageSize: PAGE_SIZE,
        }),
      ),
    enabled: drill !== undefined,
    refetchInterval,
    // While the next page loads, the page before stays (same number only: another number starts empty).
    placeholderData: (previous, previousQuery) =>
      previousQuery && JSON.stringify(previousQuery.queryKey.slice(0, 3)) === JSON.stringify(['report-items', period, drill])
        ? previous
        : undefined,
  });
  const paging: ServerPaging = {
    page: current,
    pageSize: PAGE_SIZE,
    total: query.data?.total ?? 0,
    loading: query.isFetching,
    onChange: (p) => setPage({ key, page: p }),
  };
  return { items: query.data?.items ?? [], total: query.data?.total ?? 0, loaded: query.data !== undefined, error: query.error, paging };
}
