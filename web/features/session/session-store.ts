import { useSyncExternalStore } from 'react';
import { redirect } from 'react-router';
import { SessionResponseSchema, type User } from '../../../contracts/auth';
import { apiClient } from '../../lib/api';

export interface SessionState {
  /** `loading` until the first GET /auth/session answers. */
  status: 'loading' | 'ready';
  user: User | null;
  /** Echoed in X-CSRF-Token on every POST/PATCH/DELETE. */
  csrfToken: string | null;
}

type Listener = () => void;

let state: SessionState = { status: 'loading', user: null, csrfToken: null };
let inFlight: Promise<SessionState> | null = null;
const listeners = new Set<Listener>();

function setState(next: SessionState) {
  state = next;
  for (const listener of listeners) listener();
}

async function fetchSession(): Promise<SessionState> {
  try {
    const session = await apiClient.get('/auth/session', SessionResponseSchema);
    setState({ status: 'ready', user: session.user, csrfToken: session.csrfToken });
  } catch (error) {
    // Without an answer we treat the visitor as anonymous: public pages keep working.
    console.error('Lightpath: could not load the session', error);
    setState({ status: 'ready', user: null, csrfToken: null });
  }
  return state;
}

/**
 * The signed-in user and the CSRF token, shared by React (useSession) and by route loaders and
 * actions, which run outside React.
 */
export const sessionStore = {
  getSnapshot: (): SessionState => state,
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** The session, fetched once per page load. */
  ensure(): Promise<SessionState> {
    // A refresh under way wins over the state it is about to replace.
    if (inFlight) return inFlight;
    if (state.status === 'ready') return Promise.resolve(state);
    inFlight ??= fetchSession().finally(() => {
      inFlight = null;
    });
    return inFlight;
  },
  refresh(): Promise<SessionState> {
    inFlight ??= fetchSession().finally(() => {
      inFlight = null;
    });
    return inFlight;
  },
  signIn(user: User, csrfToken: string | null): void {
    setState({ status: 'ready', user, csrfToken });
  },
  updateUser(user: User): void {
    setState({ ...state, user });
  },
  signOut(): void {
    setState({ status: 'ready', user: null, csrfToken: null });
  },
};

apiClient.bindSession({
  getCsrfToken: () => state.csrfToken,
  refresh: () => sessionStore.refresh(),
});

export function useSession(): SessionState {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.getSnapshot);
}

/** For loaders of pages that need a signed-in user: sends visitors to the login page and back. */
export async function requireUser(request: Request): Promise<User> {
  const { user } = await sessionStore.ensure();
  if (!user) {
    const url = new URL(request.url);
    throw redirect(`/login?next=${encodeURIComponent(url.pathname + url.search)}`);
  }
  return user;
}

/** Only same-site paths are followed after login, so a crafted link cannot send users elsewhere. */
export function safeNextPath(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/me';
}
