import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useLocation, useRouteError } from 'react-router';
import { isApiError } from '../../lib/api';
import { Button, buttonClass } from '../../ui/Button';
import { Spinner } from '../../ui/Spinner';
import { sessionStore } from '../session/session-store';
import { NotFound } from './NotFound';
import { PageTitle } from './PageTitle';
import { SiteFooter } from './SiteFooter';
import { SkipLink } from './Layout';

function statusOf(error: unknown): number | null {
  if (isRouteErrorResponse(error)) return error.status;
  if (isApiError(error)) return error.status || null;
  return null;
}

function errorKind(error: unknown, status: number | null) {
  if (status === 401) return 'signedOut';
  if (status === 403) return 'forbidden';
  if (isApiError(error) && error.code === 'NETWORK') return 'offline';
  return 'failed';
}

function ErrorContent() {
  const { t } = useTranslation();
  const error = useRouteError();
  const location = useLocation();
  const status = statusOf(error);
  const key = errorKind(error, status);

  useEffect(() => {
    // The server no longer knows this session (expired, or ended elsewhere): update the header.
    if (key === 'signedOut') void sessionStore.refresh();
  }, [key]);

  if (status === 404) return <NotFound />;
  if (key === 'failed' && !isApiError(error) && !isRouteErrorResponse(error)) console.error(error);
  if (key === 'signedOut') {
    return (
      <div className="container page page--narrow">
        <PageTitle title={t('routeError.signedOut.title')} />
        <h1>{t('routeError.signedOut.title')}</h1>
        <p className="lead">{t('routeError.signedOut.body')}</p>
        <p className="actions">
          <Link
            to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`}
            className={buttonClass('primary')}
          >
            {t('routeError.login')}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="container page page--narrow">
      <PageTitle title={t(`routeError.${key}.title`)} />
      <h1>{t(`routeError.${key}.title`)}</h1>
      <p className="lead">{t(`routeError.${key}.body`)}</p>
      <p className="actions">
        {key !== 'forbidden' && (
          <Button onClick={() => window.location.reload()}>{t('routeError.retry')}</Button>
        )}
        <Link to="/" className={buttonClass(key === 'forbidden' ? 'primary' : 'secondary')}>
          {t('notFound.home')}
        </Link>
      </p>
    </div>
  );
}

/** Errors of a page: shown inside the site's header and footer. */
export function RouteErrorBoundary() {
  return <ErrorContent />;
}

/** Errors of the layout itself: a bare page that still has landmarks and a way home. */
export function RootErrorBoundary() {
  return (
    <>
      <SkipLink />
      <main id="main" tabIndex={-1} className="site-main">
        <ErrorContent />
      </main>
      <SiteFooter />
    </>
  );
}

/** Shown while the first page's data loads. */
export function AppLoading() {
  return (
    <div className="app-loading">
      <Spinner />
    </div>
  );
}
