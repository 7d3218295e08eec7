import { useTranslation } from 'react-i18next';
import type { PartnerRequestStatus } from '../../../contracts/partner-requests';
import { Badge, type BadgeTone } from '../../ui/Badge';

const TONE: Record<PartnerRequestStatus, BadgeTone> = { draft: 'neutral', open: 'success', closed: 'warning', expired: 'danger' };

export function StatusBadge({ status }: { status: PartnerRequestStatus }) {
  const { t } = useTranslation();
  return <Badge tone={TONE[status]}>{t(`partnerRequests.status.${status}`)}</Badge>;
}

/** The deadline on the wall clock of the request's own time zone, which is named. */
export function formatDeadline(iso: string, timeZone: string, language: string): string {
  const text = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'full', timeStyle: 'short', timeZone }).format(new Date(iso));
  return `${text} (${timeZone})`;
}
