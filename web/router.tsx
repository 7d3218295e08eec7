import { createBrowserRouter, type RouteObject } from 'react-router';
import { adoptAccountLocale } from './features/session/account-locale';
import { logoutAction } from './features/session/logout';
import { sessionStore } from './features/session/session-store';
import { COMING_SOON_SECTIONS } from './features/shell/coming-soon-sections';
import { Layout } from './features/shell/Layout';
import { AppLoading, RootErrorBoundary, RouteErrorBoundary } from './features/shell/RouteError';

/** Every page needs to know who is signed in (header, permissions) before it renders. */
async function rootLoader() {
  const { user } = await sessionStore.ensure();
  await adoptAccountLocale(user);
  return null;
}

// Pages are code-split: each route module is fetched the first time its URL is visited.
const pages: RouteObject[] = [
  { index: true, lazy: () => import('./routes/home') },
  { path: 'organisations', lazy: () => import('./routes/organisations') },
  { path: 'organisations/new', lazy: () => import('./routes/organisation-new') },
  { path: 'organisations/:slug', lazy: () => import('./routes/organisation-detail') },
  { path: 'organisations/:slug/edit', lazy: () => import('./routes/organisation-edit') },
  { path: 'organisations/:slug/members', lazy: () => import('./routes/organisation-members') },
  { path: 'partners/:scope', lazy: () => import('./routes/partners') },
  { path: 'networks', lazy: () => import('./routes/networks') },
  { path: 'partner-requests', lazy: () => import('./routes/partner-requests') },
  { path: 'partner-requests/new', lazy: () => import('./routes/partner-request-new') },
  { path: 'partner-requests/:id', lazy: () => import('./routes/partner-request-detail') },
  { path: 'partner-requests/:id/edit', lazy: () => import('./routes/partner-request-edit') },
  { path: 'offers', lazy: () => import('./routes/offers') },
  { path: 'offers/new', lazy: () => import('./routes/offer-new') },
  { path: 'offers/:id', lazy: () => import('./routes/offer-detail') },
  { path: 'offers/:id/edit', lazy: () => import('./routes/offer-edit') },
  { path: 'needs', lazy: () => import('./routes/needs') },
  { path: 'needs/new', lazy: () => import('./routes/need-new') },
  { path: 'needs/:id', lazy: () => import('./routes/need-detail') },
  { path: 'needs/:id/edit', lazy: () => import('./routes/need-edit') },
  { path: 'map', lazy: () => import('./routes/map') },
  { path: 'events', lazy: () => import('./routes/events') },
  { path: 'events/new', lazy: () => import('./routes/event-new') },
  { path: 'events/:slug', lazy: () => import('./routes/event-detail') },
  { path: 'events/:slug/edit', lazy: () => import('./routes/event-edit') },
  { path: 'events/:slug/register', lazy: () => import('./routes/event-register') },
  { path: 'events/:slug/manage', lazy: () => import('./routes/event-manage') },
  { path: 'events/:slug/b2b', lazy: () => import('./routes/b2b') },
  { path: 'events/:slug/b2b/manage', lazy: () => import('./routes/b2b-manage') },
  { path: 'events/:slug/agenda', lazy: () => import('./routes/agenda') },
  ...COMING_SOON_SECTIONS.map((section) => ({
    path: section,
    handle: { comingSoon: section },
    lazy: () => import('./routes/coming-soon'),
  })),
  { path: 'register', lazy: () => import('./routes/register') },
  { path: 'login', lazy: () => import('./routes/login') },
  { path: 'logout', action: logoutAction },
  { path: 'verify-email', lazy: () => import('./routes/verify-email') },
  { path: 'forgot-password', lazy: () => import('./routes/forgot-password') },
  { path: 'reset-password', lazy: () => import('./routes/reset-password') },
  { path: 'me', lazy: () => import('./routes/me') },
  { path: 'admin/clusters', lazy: () => import('./routes/admin-clusters') },
  { path: 'admin/imports', lazy: () => import('./routes/admin-imports') },
  { path: 'admin/duplicates', lazy: () => import('./routes/admin-duplicates') },
  { path: 'messages', lazy: () => import('./routes/messages') },
  { path: 'messages/new', lazy: () => import('./routes/messages-new') },
  { path: 'messages/:threadId', lazy: () => import('./routes/messages-thread') },
  { path: 'admin/message-reports', lazy: () => import('./routes/messages-admin-reports') },
  { path: 'notifications', lazy: () => import('./routes/notifications') },
  { path: 'settings/notifications', lazy: () => import('./routes/settings-notifications') },
  { path: 'unsubscribe', lazy: () => import('./routes/unsubscribe') },
  { path: '*', lazy: () => import('./routes/not-found') },
];

export const router = createBrowserRouter([
  {
    id: 'root',
    path: '/',
    Component: Layout,
    loader: rootLoader,
    // The root loader only reads the session: later navigations need not wait for it again.
    shouldRevalidate: () => false,
    HydrateFallback: AppLoading,
    ErrorBoundary: RootErrorBoundary,
    children: [{ ErrorBoundary: RouteErrorBoundary, children: pages }],
  },
]);
