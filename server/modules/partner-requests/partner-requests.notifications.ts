/** The bilingual notifications partner requests send (through notifications/notify.ts). */
import type { NotificationInput } from '../notifications/notify';

const link = (id: string) => `/partner-requests/${id}`;

type Text = { en: string; fr: string };
const fanOut = (userIds: Iterable<string>, kind: string, id: string, title: Text, body: Text, dedupeKey?: (userId: string) => string) =>
  [...new Set(userIds)].map(
    (userId): NotificationInput => ({ userId, kind, title, body, link: link(id), ...(dedupeKey ? { dedupeKey: dedupeKey(userId) } : {}) }),
  );

export const newInterest = (admins: string[], r: { id: string; title: string }, organisationName: string) =>
  fanOut(
    admins,
    'partner_request.interest',
    r.id,
    { en: `New interest in “${r.title}”`, fr: `Nouvel intérêt pour « ${r.title} »` },
    {
      en: `${organisationName} is interested in your partner request.`,
      fr: `${organisationName} est intéressé par votre demande de partenariat.`,
    },
  );

export const interestAnswered = (userId: string, r: { id: string; title: string }, accepted: boolean, answer: string) =>
  fanOut(
    [userId],
    'partner_request.interest_answered',
    r.id,
    accepted
      ? { en: `Your interest in “${r.title}” was accepted`, fr: `Votre intérêt pour « ${r.title} » a été accepté` }
      : { en: `Your interest in “${r.title}” was declined`, fr: `Votre intérêt pour « ${r.title} » a été décliné` },
    { en: answer || 'The owner answered your interest.', fr: answer || 'Le porteur a répondu à votre intérêt.' },
  );

export const invitation = (admins: string[], r: { id: string; title: string }, leadName: string) =>
  fanOut(
    admins,
    'partner_request.invitation',
    r.id,
    { en: `${leadName} invites you to a partner request`, fr: `${leadName} vous invite à une demande de partenariat` },
    {
      en: `Your organisation matches “${r.title}”. Express your interest if it suits you.`,
      fr: `Votre organisation correspond à « ${r.title} ». Manifestez votre intérêt si elle vous convient.`,
    },
    (userId) => `partner-request:invitation:${r.id}:${userId}`,
  );

export const newComment = (userIds: string[], r: { id: string; title: string }, authorName: string) =>
  fanOut(
    userIds,
    'partner_request.comment',
    r.id,
    { en: `New comment on “${r.title}”`, fr: `Nouveau commentaire sur « ${r.title} »` },
    { en: `${authorName} commented.`, fr: `${authorName} a commenté.` },
  );

const STATUS_TEXT: Record<string, Text> = {
  open: { en: 'is open for partners', fr: 'est ouverte aux partenaires' },
  closed: { en: 'was closed by its owner', fr: 'a été clôturée par son porteur' },
  expired: { en: 'has reached its deadline', fr: 'a atteint sa date limite' },
};

export const statusChanged = (userIds: string[], r: { id: string; title: string; status: string }) => {
  const what = STATUS_TEXT[r.status] ?? { en: `is now ${r.status}`, fr: `est maintenant ${r.status}` };
  return fanOut(
    userIds,
    `partner_request.${r.status}`,
    r.id,
    { en: `“${r.title}” ${what.en}`, fr: `« ${r.title} » ${what.fr}` },
    { en: `The partner request “${r.title}” ${what.en}.`, fr: `La demande de partenariat « ${r.title} » ${what.fr}.` },
    r.status === 'expired' ? (userId) => `partner-request:expired:${r.id}:${userId}` : undefined,
  );
};

export const extended = (userIds: string[], r: { id: string; title: string }, deadline: Text) =>
  fanOut(
    userIds,
    'partner_request.extended',
    r.id,
    { en: `New deadline for “${r.title}”`, fr: `Nouvelle date limite pour « ${r.title} »` },
    { en: `The deadline is now ${deadline.en}.`, fr: `La date limite est désormais le ${deadline.fr}.` },
  );

export const reminder = (userIds: string[], r: { id: string; title: string; deadline: Date }, deadline: Text) =>
  fanOut(
    userIds,
    'partner_request.expiring',
    r.id,
    { en: `“${r.title}” closes in 3 days`, fr: `« ${r.title} » se termine dans 3 jours` },
    {
      en: `Your partner request reaches its deadline on ${deadline.en}. Extend or close it if needed.`,
      fr: `Votre demande de partenariat atteint sa date limite le ${deadline.fr}. Prolongez-la ou clôturez-la si besoin.`,
    },
    (userId) => `partner-request:reminder:${r.id}:${r.deadline.toISOString()}:${userId}`,
  );
