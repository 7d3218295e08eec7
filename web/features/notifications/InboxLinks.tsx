import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { unreadStore, useUnreadCounts } from './unread-store';
import './notifications.css';

/** How often the header checks for new messages while the page is open. */
const POLL_MS = 30_000;

const iconProps = {
  width: 22,
  height: 22,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  'aria-hidden': true,
  focusable: false,
} as const;

function EnvelopeIcon() {
  return (
    <svg {...iconProps}>
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <path d="m3 7 9 6 9-6" />
    </svg>
  );
}

function BellIcon() {
  return (
    <svg {...iconProps}>
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

/**
 * The header's messages and notifications links with their unread counts. The count is part of
 * each link's accessible name ("Messages, 3 unread"); the visible badge repeats it for sighted users.
 */
export function InboxLinks() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const counts = useUnreadCounts();

  useEffect(() => {
    void unreadStore.refresh();
  }, [pathname]);

  useEffect(() => {
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') void unreadStore.refresh();
    }, POLL_MS);
    return () => {
      window.clearInterval(timer);
      unreadStore.reset();
    };
  }, []);

  return (
    <ul className="inbox-links">
      <li>
        <NavLink to="/messages" end={false} className="inbox-link">
          <EnvelopeIcon />
          <span className="visually-hidden">
            {counts.messages > 0
              ? t('messages.header.unread', { count: counts.messages })
              : t('messages.header.link')}
          </span>
          {counts.messages > 0 && (
            <span className="inbox-link__badge" aria-hidden="true">
              {counts.messages > 99 ? '99+' : counts.messages}
            </span>
          )}
        </NavLink>
      </li>
      <li>
        <NavLink to="/notifications" className="inbox-link">
          <BellIcon />
          <span className="visually-hidden">
            {counts.notifications > 0
              ? t('notifications.header.unread', { count: counts.notifications })
              : t('notifications.header.link')}
          </span>
          {counts.notifications > 0 && (
            <span className="inbox-link__badge" aria-hidden="true">
              {counts.notifications > 99 ? '99+' : counts.notifications}
            </span>
          )}
        </NavLink>
      </li>
    </ul>
  );
}
