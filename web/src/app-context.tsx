/**
 * @module web/app-context
 * What every page may need: the server's health (its version and `today` in Asia/Shanghai, the
 * default as-of date) and the session (the logged-in user, log in, log out).
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError, api, type Health, type User } from './api.ts';
import { shanghaiToday } from './lib/dates.ts';

export interface AppState {
  /** Today in Asia/Shanghai: the server's, or the browser's reckoning until the server answers. */
  readonly today: string;
  readonly health: Health | null;
  /** `undefined` while the session is being checked, `null` when nobody is logged in. */
  readonly user: User | null | undefined;
  readonly login: (username: string, password: string) => Promise<User>;
  readonly logout: () => Promise<void>;
}

const AppContext = createContext<AppState | null>(null);

/** Provides {@link AppState} to the tree; checks health and session once on start. */
export function AppProvider({ children }: { children: ReactNode }) {
  const [health, setHealth] = useState<Health | null>(null);
  const [user, setUser] = useState<User | null | undefined>(undefined);

  useEffect(() => {
    const controller = new AbortController();
    api.health(controller.signal).then(setHealth, () => {
      // Without health the browser's own Shanghai date stands in.
    });
    // A 401 is the usual "nobody is logged in"; any other failure is treated the same.
    api.me(controller.signal).then(
      (r) => setUser(r.user),
      () => {
        if (!controller.signal.aborted) setUser(null);
      },
    );
    return () => controller.abort();
  }, []);

  const login = useCallback(async (username: string, password: string) => {
    const r = await api.login(username, password);
    setUser(r.user);
    return r.user;
  }, []);

  const logout = useCallback(async () => {
    try {
      await api.logout();
    } catch (err) {
      // Already logged out on the server: fine. Anything else: the cookie may still be live.
      if (!(err instanceof ApiError && err.status === 401)) throw err;
    }
    setUser(null);
  }, []);

  const value = useMemo<AppState>(
    () => ({ today: health?.today ?? shanghaiToday(), health, user, login, logout }),
    [health, user, login, logout],
  );
  return <AppContext.Provider value={value}>{children}</AppContext.Provider>;
}

/** The app state; only inside {@link AppProvider}. */
export function useApp(): AppState {
  const v = useContext(AppContext);
  if (!v) throw new Error('useApp outside AppProvider');
  return v;
}
