import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLoaderData, useNavigate, type LoaderFunctionArgs } from 'react-router';
import type { Notification } from '../../contracts/notifications';
import { formatDateTime } from '../features/messages/ThreadParts';
import { notificationsApi } from '../features/notifications/notifications-api';
import { unreadStore } from '../features/notifications/unread-store';
import { requireUser } from '../features/session/session-store';
import { PageTitle } from '../features/shell/PageTitle';
import { isApiError } from '../lib/api';
import { useErrorText } from '../lib/errors';
import { cx } from '../lib/cx';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import '../features/notifications/notifications.css';

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return notificationsApi.list();
}

type RequestError = { code: string; message: string };
const toError = (e: unknown): RequestError =>
  isApiError(e) ? { code: e.code, message: e.message } : { code: 'UNKNOWN', message: '' };

export function Component() {
  const { t, i18n } = useTranslation();
  const errors = useErrorText();
  const navigate = useNavigate();
  const first = useLoaderData<typeof loader>();
  const [items, setItems] = useState<Notification[]>(first.items);
  const [unread, setUnread] = useState(first.unreadCount);
  const [nextBefore, setNextBefore] = useState(first.nextBefore);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<RequestError | null>(null);
  const lang = i18n.language === 'fr' ? 'fr' : 'en';

  async function run(work: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await work();
      void unreadStore.refresh();
    } catch (e) {
      setError(toError(e));
    } finally {
      setBusy(false);
    }
  }

  const markAll = () =>
    run(async () => {
      await notificationsApi.markAllRead();
      setItems((list) => list.map((n) => ({ ...n, read: true })));
      setUnread(0);
    });

  const markOne = (n: Notification) =>
    run(async () => {
      await notificationsApi.markRead(n.id);
      setItems((list) => list.map((x) => (x.id === n.id ? { ...x, read: true } : x)));
      setUnread((u) => Math.max(0, u - 1));
    });

  const more = () =>
    run(async () => {
      if (!nextBefore) return;
      const page = await notificationsApi.list({ before: nextBefore });
      setItems((list) => [...list, ...page.items]);
      setNextBefore(page.nextBefore);
    });

  async function open(event: React.MouseEvent<HTMLAnchorElement>, n: Notification) {
    if (n.read) return;
    event.preventDefault();
    await notificationsApi.markRead(n.id).catch(() => undefined);
    void unreadStore.refresh();
    await navigate(n.link);
  }

  return (
    <div className="container page stack">
      <PageTitle title={t('notifications.list.title')} />
      <div className="section-heading">
        <h1>{t('notifications.list.title')}</h1>
        <Link to="/settings/notifications">{t('notifications.list.settings')}</Link>
      </div>
      <p className="lead" aria-live="polite">
        {unread > 0 ? t('notifications.list.unread', { count: unread }) : t('notifications.list.allRead')}
      </p>
      <div aria-live="polite">{error && <Alert tone="error">{errors.describe(error)}</Alert>}</div>
      {unread > 0 && (
        <p>
          <Button variant="secondary" size="sm" onClick={() => void markAll()} disabled={busy}>
            {t('notifications.list.markAll')}
          </Button>
        </p>
      )}
      {items.length === 0 ? (
        <EmptyState title={t('notifications.list.empty.title')}>
          <p>{t('notifications.list.empty.body')}</p>
        </EmptyState>
      ) : (
        <ul className="notification-list">
          {items.map((n) => (
            <li key={n.id} className={cx('notification-item', !n.read && 'notification-item--unread')}>
              <div>
                <Link to={n.link} className="notification-item__title" onClick={(e) => void open(e, n)}>
                  {n.title[lang]}
                  {!n.read && <span className="visually-hidden"> ({t('notifications.list.new')})</span>}
                </Link>
                <p className="notification-item__body">{n.body[lang]}</p>
                <p className="muted">
                  <time dateTime={n.createdAt}>{formatDateTime(n.createdAt, i18n.language)}</time>
                </p>
              </div>
              {!n.read && (
                <Button variant="quiet" size="sm" onClick={() => void markOne(n)} disabled={busy}>
                  {t('notifications.list.markRead')}
                  <span className="visually-hidden"> {n.title[lang]}</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {nextBefore && (
        <p>
          <Button variant="secondary" onClick={() => void more()} busy={busy}>
            {t('notifications.list.more')}
          </Button>
        </p>
      )}
    </div>
  );
}
