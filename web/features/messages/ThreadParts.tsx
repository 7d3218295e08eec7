import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MessageContextKind } from '../../../contracts/messages';
import './messages.css';

/** "About: partner request" with a link to it. */
export function ContextLink({ context }: { context: { kind: MessageContextKind; link: string } | null }) {
  const { t } = useTranslation();
  if (!context) return null;
  return (
    <span className="message-context">
      {t('messages.about')}{' '}
      <Link to={context.link}>{t(`messages.contextKind.${context.kind}`)}</Link>
    </span>
  );
}

export function formatDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
