import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form, Link, NavLink, useLocation, useNavigation } from 'react-router';
import type { User } from '../../../contracts/auth';
import { cx } from '../../lib/cx';
import { buttonClass } from '../../ui/Button';
import { InboxLinks } from '../notifications/InboxLinks';
import { useSession } from '../session/session-store';
import { LanguageSwitch } from './LanguageSwitch';
import { Logo } from './Logo';
import { useDisclosure } from './use-disclosure';

// The site navigation mirrors the European Cluster Collaboration Platform's, so cluster managers
// find their way at once.
const PARTNER_LINKS = [
  { to: '/partners/europe', label: 'nav.partnersEurope' },
  { to: '/partners/beyond', label: 'nav.partnersBeyond' },
  { to: '/networks', label: 'nav.networks' },
  { to: '/partner-requests', label: 'partnerRequests.nav' },
  { to: '/offers', label: 'offersNeeds.nav.offers' },
  { to: '/needs', label: 'offersNeeds.nav.needs' },
  { to: '/map', label: 'nav.map' },
] as const;

const SECTION_LINKS = [
  { to: '/funding', label: 'nav.funding' },
  { to: '/expertise', label: 'nav.expertise' },
  { to: '/news', label: 'nav.news' },
  { to: '/events', label: 'nav.events' },
] as const;

function PartnersMenu({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { isOpen, containerRef, buttonRef, toggle, close } = useDisclosure<
    HTMLLIElement,
    HTMLButtonElement
  >();
  const isCurrentSection = PARTNER_LINKS.some((l) => pathname.startsWith(l.to));
  return (
    <li className="site-nav__item site-nav__item--has-sub" ref={containerRef}>
      <button
        ref={buttonRef}
        type="button"
        className={cx('site-nav__link', 'site-nav__button', isCurrentSection && 'site-nav__link--section')}
        aria-expanded={isOpen}
        aria-controls="nav-partners"
        onClick={toggle}
      >
        {t('nav.partners')}
        <span className="site-nav__chevron" aria-hidden="true" />
      </button>
      <ul id="nav-partners" className="site-nav__sub" hidden={!isOpen}>
        {PARTNER_LINKS.map((link) => (
          <li key={link.to}>
            <NavLink
              to={link.to}
              className="site-nav__sublink"
              onClick={() => {
                close();
                onNavigate();
              }}
            >
              {t(link.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </li>
  );
}

function UserMenu({ user }: { user: User }) {
  const { t } = useTranslation();
  const { isOpen, containerRef, buttonRef, toggle, close } = useDisclosure<
    HTMLDivElement,
    HTMLButtonElement
  >();
  const navigation = useNavigation();
  return (
    <div className="user-menu" ref={containerRef}>
      <button
        ref={buttonRef}
        type="button"
        className="user-menu__button"
        aria-expanded={isOpen}
        aria-controls="user-menu-panel"
        onClick={toggle}
      >
        <span className="user-menu__avatar" aria-hidden="true">
          {user.displayName.trim().charAt(0).toUpperCase()}
        </span>
        <span className="user-menu__name">{user.displayName}</span>
        <span className="visually-hidden">{t('nav.accountMenu')}</span>
        <span className="site-nav__chevron" aria-hidden="true" />
      </button>
      <div id="user-menu-panel" className="user-menu__panel" hidden={!isOpen}>
        <ul>
          <li>
            <Link to="/me" onClick={close}>
              {t('nav.myOrganisations')}
            </Link>
          </li>
          <li>
            <Link to="/organisations/new" onClick={close}>
              {t('nav.createOrganisation')}
            </Link>
          </li>
          {user.isPlatformAdmin && (
            <li>
              <Link to="/admin/clusters" onClick={close}>
                {t('nav.clusterValidations')}
              </Link>
            </li>
          )}
          {user.isPlatformAdmin && (
            <li>
              <Link to="/admin/message-reports" onClick={close}>
                {t('messages.reports.nav')}
              </Link>
            </li>
          )}
          {user.isPlatformAdmin && (
            <li>
              <Link to="/admin/imports" onClick={close}>
                {t('imports.nav')}
              </Link>
            </li>
          )}
          {user.isPlatformAdmin && (
            <li>
              <Link to="/admin/duplicates" onClick={close}>
                {t('merge.nav')}
              </Link>
            </li>
          )}
          <li>
            {/* A navigation, not a fetcher: this menu disappears as soon as the user is signed out. */}
            <Form method="post" action="/logout">
              <button
                type="submit"
                className="user-menu__logout"
                disabled={navigation.state === 'submitting'}
              >
                {t('nav.logout')}
              </button>
            </Form>
          </li>
        </ul>
      </div>
    </div>
  );
}

export function SiteHeader() {
  const { t } = useTranslation();
  const { user, status } = useSession();
  const [isNavOpen, setNavOpen] = useState(false);
  const closeNav = () => setNavOpen(false);

  return (
    <header className="site-header">
      <div className="container site-header__top">
        <Link to="/" className="brand">
          <Logo />
          <span className="brand__text">
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </span>
        </Link>
        <button
          type="button"
          className="nav-toggle"
          aria-expanded={isNavOpen}
          aria-controls="site-nav"
          onClick={() => setNavOpen((open) => !open)}
        >
          <span className="nav-toggle__icon" aria-hidden="true" />
          {t('nav.menu')}
        </button>
        <div className="site-header__tools">
          <LanguageSwitch />
          {status === 'ready' && user && <InboxLinks />}
          {status === 'ready' &&
            (user ? (
              <UserMenu user={user} />
            ) : (
              <div className="auth-links">
                <Link to="/login" className={buttonClass('quiet', 'sm')}>
                  {t('nav.login')}
                </Link>
                <Link to="/register" className={buttonClass('primary', 'sm')}>
                  {t('nav.register')}
                </Link>
              </div>
            ))}
        </div>
      </div>
      <nav
        id="site-nav"
        className={cx('site-nav', isNavOpen && 'site-nav--open')}
        aria-label={t('nav.label')}
      >
        <ul className="container site-nav__list">
          <li className="site-nav__item">
            <NavLink to="/organisations" className="site-nav__link" onClick={closeNav}>
              {t('nav.directory')}
            </NavLink>
          </li>
          <PartnersMenu onNavigate={closeNav} />
          {SECTION_LINKS.map((link) => (
            <li key={link.to} className="site-nav__item">
              <NavLink to={link.to} className="site-nav__link" onClick={closeNav}>
                {t(link.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
