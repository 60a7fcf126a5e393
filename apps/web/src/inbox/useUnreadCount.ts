import { useQuery } from '@tanstack/react-query';
import { apiPage } from '../api/client';
import type { InboxNotice } from '../api/types';
import { useSession } from '../auth/session';

/** How many of the caller's notices are unread: the API counts them (X-Total-Count of a one-row page). */
export function useUnreadCount(): number {
  const { user } = useSession();
  const unread = useQuery({
    queryKey: ['inbox', 'unread'],
    queryFn: () => apiPage<InboxNotice>('/v1/inbox?unread=true&pageSize=1'),
    enabled: !!user,
    refetchInterval: 30_000,
  });
  return unread.data?.total ?? 0;
}
