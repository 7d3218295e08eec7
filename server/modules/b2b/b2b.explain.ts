/**
 * Why a meeting cannot be booked, in words (EN/FR), with the fix the person can act on. Pure: the
 * service gathers the loads, this decides and phrases. Every obstacle found is returned, most
 * fundamental first, so the interface can show the one that matters and the request can list all.
 */
import { mayMeet, type Side, type WhoMayMeet } from './b2b.policy';

export type Lang = 'en' | 'fr';
export type Text = Record<Lang, string>;

export type ObstacleCode =
  | 'no_sessions'
  | 'deadline_passed'
  | 'rule_providers_end_users'
  | 'already_meeting'
  | 'already_requested'
  | 'own_cap_reached'
  | 'their_cap_reached'
  | 'self_fully_booked'
  | 'fully_booked'
  | 'no_common_slot';

/** ask_availability: send the other person a one-click notice; open_availability: edit your own. */
export type Fix = 'ask_availability' | 'open_availability';

export interface Obstacle {
  code: ObstacleCode;
  message: Text;
  fix: Fix | null;
}

export interface SessionLoad {
  name: Text;
  /** Slots of the session where the person is available and has no scheduled meeting. */
  free: number;
}

export interface PersonLoad {
  name: string;
  side: Side;
  /** Agreed meetings, scheduled or waiting for a slot (not cancelled). */
  meetings: number;
  /** Agreed meetings not placed in a slot yet: each will take one of the free slots. */
  unscheduled: number;
  /** Requests this person sent that still wait for an answer. */
  pendingSent: number;
  sessions: SessionLoad[];
  /** Slot numbers where the person is free (available, no meeting). */
  freeSlots: ReadonlySet<number>;
}

export interface ExplainInput {
  rule: WhoMayMeet;
  cap: number | null;
  deadline: Date | null;
  now: Date;
  timeZone: string;
  me: PersonLoad;
  them: PersonLoad;
  relation: 'none' | 'requested' | 'meeting';
}

const fmtDeadline = (d: Date, zone: string, lang: Lang) =>
  new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: zone }).format(d);

/** "the morning and afternoon sessions" / "les sessions du matin et de l'après-midi" kept simple: names joined. */
export function sessionPhrase(names: readonly Text[], lang: Lang): string {
  const list = names.map((n) => n[lang]);
  const joined =
    list.length <= 1
      ? (list[0] ?? '')
      : `${list.slice(0, -1).join(', ')} ${lang === 'fr' ? 'et' : 'and'} ${list[list.length - 1]}`;
  if (lang === 'fr') return list.length === 1 ? `la session « ${joined} »` : `les sessions « ${joined} »`;
  return list.length === 1 ? `the ${joined} session` : `the ${joined} sessions`;
}

/** Free slots left once the agreed but unplaced meetings take theirs. */
const spareSlots = (p: PersonLoad) => p.sessions.reduce((n, s) => n + s.free, 0) - p.unscheduled;

function fullyBookedIn(p: PersonLoad): Text[] {
  const full = p.sessions.filter((s) => s.free === 0);
  // Every session still has a free slot but the unplaced meetings will take them: name them all.
  return (full.length ? full : p.sessions).map((s) => s.name);
}

export function explainObstacles(input: ExplainInput): Obstacle[] {
  const { me, them, cap } = input;
  const out: Obstacle[] = [];
  const add = (code: ObstacleCode, en: string, fr: string, fix: Fix | null = null) => out.push({ code, message: { en, fr }, fix });

  if (me.sessions.length === 0) {
    add('no_sessions', 'The organiser has not opened any B2B session yet.', "L'organisateur n'a encore ouvert aucune session B2B.");
    return out;
  }
  if (input.deadline && input.now >= input.deadline) {
    add(
      'deadline_passed',
      `Meeting requests closed on ${fmtDeadline(input.deadline, input.timeZone, 'en')}.`,
      `Les demandes de rendez-vous sont closes depuis le ${fmtDeadline(input.deadline, input.timeZone, 'fr')}.`,
    );
  }
  if (!mayMeet(input.rule, me.side, them.side)) {
    add(
      'rule_providers_end_users',
      'The organiser allows provider ↔ end-user meetings only.',
      "L'organisateur n'autorise que les rendez-vous entre fournisseurs et utilisateurs finaux.",
    );
  }
  if (input.relation === 'meeting') {
    add('already_meeting', `You already have a meeting with ${them.name}.`, `Vous avez déjà un rendez-vous avec ${them.name}.`);
  } else if (input.relation === 'requested') {
    add(
      'already_requested',
      `A meeting request between you and ${them.name} is waiting for an answer.`,
      `Une demande de rendez-vous entre vous et ${them.name} attend une réponse.`,
    );
  }
  if (cap !== null && me.meetings + me.pendingSent >= cap) {
    add(
      'own_cap_reached',
      `Your cap of ${cap} meetings is reached.`,
      `Votre plafond de ${cap} rendez-vous est atteint.`,
    );
  }
  if (cap !== null && them.meetings >= cap) {
    add(
      'their_cap_reached',
      `${them.name} has reached the cap of ${cap} meetings.`,
      `${them.name} a atteint le plafond de ${cap} rendez-vous.`,
    );
  }
  if (spareSlots(me) <= 0) {
    const names = fullyBookedIn(me);
    add(
      'self_fully_booked',
      `You are fully booked in ${sessionPhrase(names, 'en')}: open more availability.`,
      `Votre agenda est complet dans ${sessionPhrase(names, 'fr')} : ouvrez plus de disponibilités.`,
      'open_availability',
    );
  }
  if (spareSlots(them) <= 0) {
    const names = fullyBookedIn(them);
    add(
      'fully_booked',
      `${them.name} is fully booked in ${sessionPhrase(names, 'en')}.`,
      `${them.name} est complet dans ${sessionPhrase(names, 'fr')}.`,
      'ask_availability',
    );
  } else if (spareSlots(me) > 0 && ![...me.freeSlots].some((s) => them.freeSlots.has(s))) {
    add(
      'no_common_slot',
      `You and ${them.name} have no free slot in common.`,
      `Vous et ${them.name} n'avez aucun créneau libre en commun.`,
      'ask_availability',
    );
  }
  return out;
}

/** One sentence for an error message or a notice. */
export const firstMessage = (obstacles: readonly Obstacle[], lang: Lang) => obstacles[0]?.message[lang] ?? '';
