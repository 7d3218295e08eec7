import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

/**
 * After a client-side navigation nothing tells a screen reader that the page changed: move focus
 * to the new page's heading, as a full page load would put the reader at the top.
 */
function useFocusHeadingOnNavigate() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [pathname]);
}

export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      href="#main"
      className="skip-link"
      onClick={(event) => {
        // A hash change would go through the router; focusing <main> directly is all we need.
        event.preventDefault();
        document.getElementById('main')?.focus();
      }}
    >
      {t('app.skipToContent')}
    </a>
  );
}

export function Layout() {
  const navigation = useNavigation();
  useFocusHeadingOnNavigate();
  return (
    <>
      <SkipLink />
      <SiteHeader />
      <div
        className={navigation.state === 'idle' ? 'progress' : 'progress progress--active'}
        aria-hidden="true"
      />
      <main id="main" tabIndex={-1} className="site-main">
        <Outlet />
      </main>
      <SiteFooter />
      <ScrollRestoration />
    </>
  );
}
