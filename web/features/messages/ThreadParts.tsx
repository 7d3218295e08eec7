import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import type { MessageContextKind } from '../../../contracts/messages';
import { apiClient } from '../../lib/api';
import './messages.css';

/** Where each feature serves the thing a thread is about, to show its title. */
const TITLE_SOURCES: Record<MessageContextKind, (id: string) => string> = {
  'partner-request': (id) => `/partner-requests/${encodeURIComponent(id)}`,
  offer: (id) => `/technology-offers/${encodeURIComponent(id)}`,
  need: (id) => `/needs/${encodeURIComponent(id)}`,
  event: (id) => `/events/${encodeURIComponent(id)}`,
  organisation: (id) => `/organisations/${encodeURIComponent(id)}`,
};

// Only the title (or name) is read; the rest of each feature's answer is ignored.
const TitledSchema = z.object({ title: z.string().optional(), name: z.string().optional() });

/**
 * "About: <title>" linking to what the thread is about. The title is fetched from its feature's API;
 * when it cannot be read (deleted, members only, not built yet) the kind alone is shown.
 */
export function ContextLink({
  context,
  withTitle = true,
}: {
  context: { kind: MessageContextKind; id: string; link: string } | null;
  /** Off in lists: one request per row is not worth it there. */
  withTitle?: boolean;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState<string | null>(null);
  const kind = context?.kind;
  const id = context?.id;

  useEffect(() => {
    if (!withTitle || !kind || !id) return;
    const controller = new AbortController();
    apiClient
      .get(TITLE_SOURCES[kind](id), TitledSchema, { signal: controller.signal })
      .then((data) => setTitle(data.title ?? data.name ?? null))
      .catch(() => setTitle(null));
    return () => controller.abort();
  }, [withTitle, kind, id]);

  if (!context) return null;
  return (
    <span className="message-context">
      {t('messages.about')}{' '}
      <Link to={context.link}>{title ?? t(`messages.contextKind.${context.kind}`)}</Link>
      {title && <span> ({t(`messages.contextKindShort.${context.kind}`)})</span>}
    </span>
  );
}

export function formatDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
