import { describe, expect, it } from 'vitest';
import { explainObstacles, sessionPhrase, type ExplainInput, type PersonLoad } from './b2b.explain';

const afternoon = { en: 'afternoon', fr: 'après-midi' };
const morning = { en: 'morning', fr: 'matin' };

function person(name: string, overrides: Partial<PersonLoad> = {}): PersonLoad {
  return {
    name,
    side: 'provider',
    meetings: 0,
    unscheduled: 0,
    pendingSent: 0,
    sessions: [
      { name: morning, free: 4 },
      { name: afternoon, free: 4 },
    ],
    freeSlots: new Set([0, 1, 2, 3, 4, 5, 6, 7]),
    ...overrides,
  };
}

function input(overrides: Partial<ExplainInput> = {}): ExplainInput {
  return {
    rule: 'everyone',
    cap: null,
    deadline: null,
    now: new Date('2031-06-01T10:00:00Z'),
    timeZone: 'Europe/Paris',
    me: person('Alice'),
    them: person('Xavier', { side: 'end_user' }),
    relation: 'none',
    ...overrides,
  };
}

const codes = (i: ExplainInput) => explainObstacles(i).map((o) => o.code);

describe('why a meeting cannot be booked', () => {
  it('finds nothing when the meeting is possible', () => {
    expect(explainObstacles(input())).toEqual([]);
  });

  it('names the session where the other person is fully booked, in both languages, with the fix', () => {
    const them = person('Xavier', { sessions: [{ name: afternoon, free: 0 }], freeSlots: new Set() });
    const [o] = explainObstacles(input({ me: person('Alice', { sessions: [{ name: afternoon, free: 3 }] }), them }));
    expect(o).toEqual({
      code: 'fully_booked',
      message: { en: 'Xavier is fully booked in the afternoon session.', fr: 'Xavier est complet dans la session « après-midi ».' },
      fix: 'ask_availability',
    });
  });

  it('counts agreed meetings still waiting for a slot against the free slots', () => {
    const them = person('Xavier', { sessions: [{ name: morning, free: 1 }, { name: afternoon, free: 1 }], unscheduled: 2 });
    const [o] = explainObstacles(input({ them }));
    expect(o!.message.en).toBe('Xavier is fully booked in the morning and afternoon sessions.');
  });

  it('states the cap of the requester and of the other person', () => {
    expect(explainObstacles(input({ cap: 8, me: person('Alice', { meetings: 6, pendingSent: 2 }) }))[0]!.message.en).toBe(
      'Your cap of 8 meetings is reached.',
    );
    expect(explainObstacles(input({ cap: 8, them: person('Xavier', { meetings: 8 }) }))[0]!.message).toEqual({
      en: 'Xavier has reached the cap of 8 meetings.',
      fr: 'Xavier a atteint le plafond de 8 rendez-vous.',
    });
  });

  it('applies the providers ↔ end users rule', () => {
    const both = input({ rule: 'providers_end_users', them: person('Xavier', { side: 'provider' }) });
    expect(explainObstacles(both)[0]!.message.en).toBe('The organiser allows provider ↔ end-user meetings only.');
    expect(codes(input({ rule: 'providers_end_users' }))).toEqual([]);
  });

  it('closes requests at the deadline, in the event time zone', () => {
    const [o] = explainObstacles(input({ deadline: new Date('2031-06-01T09:00:00Z') }));
    expect(o!.message.en).toBe('Meeting requests closed on 1 June 2031 at 11:00.');
    expect(o!.message.fr).toBe('Les demandes de rendez-vous sont closes depuis le 1 juin 2031 à 11:00.');
  });

  it('tells the requester to open availability when they are the one fully booked', () => {
    const me = person('Alice', { sessions: [{ name: afternoon, free: 0 }], freeSlots: new Set() });
    expect(explainObstacles(input({ me }))).toMatchObject([{ code: 'self_fully_booked', fix: 'open_availability' }]);
  });

  it('spots two free agendas that never overlap', () => {
    const me = person('Alice', { freeSlots: new Set([0, 1]) });
    const them = person('Xavier', { side: 'end_user', freeSlots: new Set([2, 3]) });
    expect(codes(input({ me, them }))).toEqual(['no_common_slot']);
  });

  it('refuses a second request or meeting with the same person', () => {
    expect(codes(input({ relation: 'requested' }))).toEqual(['already_requested']);
    expect(codes(input({ relation: 'meeting' }))).toEqual(['already_meeting']);
  });

  it('has nothing to book before the organiser opens a session', () => {
    expect(codes(input({ me: person('Alice', { sessions: [] }) }))).toEqual(['no_sessions']);
  });

  it('joins session names', () => {
    expect(sessionPhrase([morning], 'en')).toBe('the morning session');
    expect(sessionPhrase([morning, afternoon], 'fr')).toBe('les sessions « matin et après-midi »');
  });
});
