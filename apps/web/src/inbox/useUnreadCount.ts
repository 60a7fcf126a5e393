import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { useSession } from '../auth/session';

/** The caller's unread notices as the API counts them for a badge: up to its cap, then "capped". */
export interface UnreadCount {
  count: number;
  capped: boolean;
}

/** How many of the caller's notices are unread (the API stops counting at its cap: the badge says "99+"). */
export function useUnreadCount(): UnreadCount {
  const { user } = useSession();
  const unread = useQuery({
    queryKey: ['inbox', 'unread'],
    queryFn: () => api<UnreadCount>('/v1/inbox/unread-count'),
    enabled: !!user,
    refetchInterval: 30_000,
  });
  return unread.data ?? { count: 0, capped: false };
}

/** The count as people read it: "99+" above the cap. */
export const unreadText = (u: UnreadCount): string => (u.capped ? `${u.count}+` : String(u.count));
