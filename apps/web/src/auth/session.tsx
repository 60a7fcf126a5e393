import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { onSessionChange, renew } from '../api/client';
import type { Role, SignedInUser } from '../api/types';

interface SessionState {
  /** undefined while the refresh cookie is being tried at start-up. */
  user: SignedInUser | null | undefined;
}

const SessionContext = createContext<SessionState>({ user: undefined });

/** Who is signed in; at start-up the refresh cookie signs the person back in silently. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SignedInUser | null | undefined>(undefined);
  useEffect(() => {
    const off = onSessionChange((u) => setUser(u ?? null));
    void renew();
    return () => {
      off();
    };
  }, []);
  return <SessionContext.Provider value={{ user }}>{children}</SessionContext.Provider>;
}

export const useSession = () => useContext(SessionContext);

/** Where each role starts. */
export function homeOf(role: Role): string {
  switch (role) {
    case 'unit-head':
    case 'assignee':
      return '/todo';
    case 'leader':
      return '/dashboard';
    case 'auditor':
      return '/audit';
    default:
      return '/directives';
  }
}
