import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { api } from '../api/client';

/** The signed-in official as the gateway's /api/me tells. */
export interface Me {
  username: string;
  displayName: string | null;
  ward: string | null;
  city: string | null;
  unit: string | null;
  roles: string[];
}

export type Role = 'platform-admin' | 'city-viewer' | 'city-planner' | 'ward-admin' | 'ward-leader' | 'unit-officer';

const SessionContext = createContext<Me | null>(null);

/** Loads who is signed in; until then the fallback, and the failure in words if the gateway cannot be reached. */
export function SessionProvider({ children, fallback, failed }: { children: ReactNode; fallback: ReactNode; failed: (error: unknown) => ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api<Me>('/api/me').then(setMe, setError);
  }, []);
  if (error) {
    return <>{failed(error)}</>;
  }
  return me ? <SessionContext.Provider value={me}>{children}</SessionContext.Provider> : <>{fallback}</>;
}

export function useMe(): Me {
  const me = useContext(SessionContext);
  if (!me) {
    throw new Error('useMe outside a signed-in session');
  }
  return me;
}

export function hasRole(me: Me, ...roles: Role[]): boolean {
  return roles.some((role) => me.roles.includes(role));
}
