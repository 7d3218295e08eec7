import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLoaderData, useRevalidator, type LoaderFunctionArgs } from 'react-router';
import { messagesApi } from '../features/messages/messages-api';
import { ContextLink, formatDateTime } from '../features/messages/ThreadParts';
import { unreadStore } from '../features/notifications/unread-store';
import { requireUser } from '../features/session/session-store';
import { PageTitle } from '../features/shell/PageTitle';
import { isApiError } from '../lib/api';
import { useErrorText } from '../lib/errors';
import { cx } from '../lib/cx';
import { Alert } from '../ui/Alert';
import { Badge } from '../ui/Badge';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  const [threads, blocks] = await Promise.all([messagesApi.threads(), messagesApi.blocks()]);
  return { threads, blocks: blocks.items };
}

export function Component() {
  const { t, i18n } = useTranslation();
  const errors = useErrorText();
  const { threads, blocks } = useLoaderData<typeof loader>();
  const revalidator = useRevalidator();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<{ code: string; message: string } | null>(null);

  async function unblock(userId: string) {
    setBusy(userId);
    setError(null);
    try {
      await messagesApi.unblock(userId);
      await revalidator.revalidate();
      void unreadStore.refresh();
    } catch (e) {
      setError(isApiError(e) ? { code: e.code, message: e.message } : { code: 'UNKNOWN', message: '' });
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="container page stack">
      <PageTitle title={t('messages.inbox.title')} />
      <h1>{t('messages.inbox.title')}</h1>
      <p className="lead" aria-live="polite">
        {threads.unreadTotal > 0
          ? t('messages.inbox.unreadTotal', { count: threads.unreadTotal })
          : t('messages.inbox.allRead')}
      </p>
      {threads.items.length === 0 ? (
        <EmptyState title={t('messages.inbox.empty.title')}>
          <p>{t('messages.inbox.empty.body')}</p>
        </EmptyState>
      ) : (
        <section aria-labelledby="threads-heading">
          <h2 id="threads-heading" className="visually-hidden">
            {t('messages.inbox.conversations')}
          </h2>
          <ul className="thread-list">
            {threads.items.map((thread) => (
              <li
                key={thread.id}
                className={cx('thread-item', thread.unreadCount > 0 && 'thread-item--unread')}
              >
                <div className="thread-item__head">
                  <Link to={`/messages/${thread.id}`} className="thread-item__name">
                    {thread.other.displayName}
                    {thread.unreadCount > 0 && (
                      <span className="visually-hidden">
                        {' '}
                        ({t('messages.inbox.unreadInThread', { count: thread.unreadCount })})
                      </span>
                    )}
                  </Link>
                  <span className="muted">{formatDateTime(thread.lastMessageAt, i18n.language)}</span>
                </div>
                <div className="thread-item__meta">
                  {thread.unreadCount > 0 && (
                    <span aria-hidden="true">
                      <Badge tone="info">
                        {t('messages.inbox.unreadInThread', { count: thread.unreadCount })}
                      </Badge>
                    </span>
                  )}
                  <ContextLink context={thread.context} withTitle={false} />
                </div>
                {thread.lastMessage && (
                  <p className="thread-item__excerpt">
                    {thread.lastMessage.fromMe && <span className="muted">{t('messages.you')} </span>}
                    {thread.lastMessage.excerpt}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {blocks.length > 0 && (
        <section aria-labelledby="blocked-heading" className="stack-sm">
          <h2 id="blocked-heading">{t('messages.blocked.title')}</h2>
          <p className="muted">{t('messages.blocked.hint')}</p>
          <div aria-live="polite">{error && <Alert tone="error">{errors.describe(error)}</Alert>}</div>
          <ul className="thread-list">
            {blocks.map((person) => (
              <li key={person.id} className="thread-item thread-item__head">
                <span>{person.displayName}</span>
                <Button
                  variant="secondary"
                  size="sm"
                  busy={busy === person.id}
                  disabled={busy !== null}
                  onClick={() => void unblock(person.id)}
                >
                  {t('messages.blocked.unblock')}
                  <span className="visually-hidden"> {person.displayName}</span>
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
