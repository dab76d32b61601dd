export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
}

/** Why the last session ended; the login page explains an expiry. */
export type SessionEndReason = 'signed-out' | 'expired';

const ACCESS_KEY = 'kehu.accessToken';
const REFRESH_KEY = 'kehu.refreshToken';

type Listener = () => void;
const listeners = new Set<Listener>();
let endReason: SessionEndReason | null = null;

function notify(): void {
  for (const listener of listeners) listener();
}

// Another tab signing in or out changes the stored tokens; follow it.
window.addEventListener('storage', (event) => {
  if (event.key === ACCESS_KEY || event.key === REFRESH_KEY) notify();
});

/** Access and refresh tokens kept in localStorage so a reload keeps the session. */
export const tokenStore = {
  accessToken: (): string | null => {
    return localStorage.getItem(ACCESS_KEY);
  },
  refreshToken: (): string | null => {
    return localStorage.getItem(REFRESH_KEY);
  },
  hasSession: (): boolean => {
    return localStorage.getItem(REFRESH_KEY) !== null;
  },
  endReason: (): SessionEndReason | null => {
    return endReason;
  },
  save: (tokens: SessionTokens): void => {
    localStorage.setItem(ACCESS_KEY, tokens.accessToken);
    localStorage.setItem(REFRESH_KEY, tokens.refreshToken);
    endReason = null;
    notify();
  },
  clear: (reason: SessionEndReason): void => {
    localStorage.removeItem(ACCESS_KEY);
    localStorage.removeItem(REFRESH_KEY);
    endReason = reason;
    notify();
  },
  subscribe: (listener: Listener): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
