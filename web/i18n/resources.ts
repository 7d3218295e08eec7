// Translations are split by feature so that features can be worked on side by side.
// en is the source of truth: every French file mirrors the keys of its English twin,
// and top-level keys must be unique across files (checked in i18n.test.ts).
import coreEn from './en.json';
import coreFr from './fr.json';
import b2bEn from './features/b2b.en.json';
import b2bFr from './features/b2b.fr.json';
import eventsEn from './features/events.en.json';
import eventsFr from './features/events.fr.json';
import importsEn from './features/imports.en.json';
import importsFr from './features/imports.fr.json';
import mapEn from './features/map.en.json';
import mapFr from './features/map.fr.json';
import messagesEn from './features/messages.en.json';
import messagesFr from './features/messages.fr.json';
import notificationsEn from './features/notifications.en.json';
import notificationsFr from './features/notifications.fr.json';
import offersNeedsEn from './features/offers-needs.en.json';
import offersNeedsFr from './features/offers-needs.fr.json';
import partnerRequestsEn from './features/partner-requests.en.json';
import partnerRequestsFr from './features/partner-requests.fr.json';

export const resourceFiles = {
  en: [coreEn, b2bEn, eventsEn, importsEn, mapEn, messagesEn, notificationsEn, offersNeedsEn, partnerRequestsEn],
  fr: [coreFr, b2bFr, eventsFr, importsFr, mapFr, messagesFr, notificationsFr, offersNeedsFr, partnerRequestsFr],
} as const;

export const en = {
  ...coreEn,
  ...b2bEn,
  ...eventsEn,
  ...importsEn,
  ...mapEn,
  ...messagesEn,
  ...notificationsEn,
  ...offersNeedsEn,
  ...partnerRequestsEn,
};

export const fr = {
  ...coreFr,
  ...b2bFr,
  ...eventsFr,
  ...importsFr,
  ...mapFr,
  ...messagesFr,
  ...notificationsFr,
  ...offersNeedsFr,
  ...partnerRequestsFr,
};
