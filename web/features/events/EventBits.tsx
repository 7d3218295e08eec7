import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Event, Registration } from '../../../contracts/events';
import { Badge } from '../../ui/Badge';

const REGISTRATION_TONE = {
  confirmed: 'success',
  pending: 'warning',
  waitlisted: 'warning',
  declined: 'danger',
  cancelled: 'neutral',
} as const;

/** A registration's status as a coloured badge. */
export function RegistrationStatusBadge({ status }: { status: Registration['status'] }) {
  const { t } = useTranslation();
  return <Badge tone={REGISTRATION_TONE[status]}>{t(`events.registrationStatus.${status}`)}</Badge>;
}

/** The way back to the event's page, above a page about the event. */
export function EventBreadcrumb({ event }: { event: Pick<Event, 'slug' | 'title'> }) {
  return (
    <p className="breadcrumb">
      <Link to={`/events/${event.slug}`}>{event.title}</Link>
    </p>
  );
}
