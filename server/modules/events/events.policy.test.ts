import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor';
import * as p from './events.policy';

const actor = (over: Partial<Actor> = {}): Actor => ({
  userId: 'u1',
  email: 'u1@example.eu',
  displayName: 'U1',
  locale: 'en',
  emailVerified: true,
  isPlatformAdmin: false,
  ...over,
});
const viewer = (admins: string[], over: Partial<Actor> | null = {}): p.Viewer => ({
  actor: over === null ? null : actor(over),
  adminOrganisationIds: new Set(admins),
});
const organisers = ['lead', 'co'];
const event = (over: Partial<p.EventFacts> = {}): p.EventFacts => ({
  status: 'published',
  endsAt: new Date('2030-01-01T18:00:00Z'),
  capacity: 2,
  registrationMode: 'open',
  waitlistEnabled: true,
  ...over,
});
const now = new Date('2029-12-01T00:00:00Z');

describe('events policy', () => {
  it.each([
    ['an admin of the lead organisation', ['lead'], true],
    ['an admin of a co-organiser', ['co'], true],
    ['an admin of another organisation', ['other'], false],
    ['someone administering nothing', [], false],
  ])('%s organises: %s', (_, admins, expected) => {
    expect(p.isOrganiser(viewer(admins), organisers)).toBe(expected);
    expect(p.canManageEvent(viewer(admins), organisers)).toBe(expected);
  });

  it('shows drafts to organisers and platform admins only, published and cancelled events to everyone', () => {
    expect(p.canViewEvent(viewer([], null), { status: 'draft' }, organisers)).toBe(false);
    expect(p.canViewEvent(viewer(['other']), { status: 'draft' }, organisers)).toBe(false);
    expect(p.canViewEvent(viewer(['co']), { status: 'draft' }, organisers)).toBe(true);
    expect(p.canViewEvent(viewer([], { isPlatformAdmin: true }), { status: 'draft' }, organisers)).toBe(true);
    expect(p.canViewEvent(viewer([], null), { status: 'published' }, organisers)).toBe(true);
    expect(p.canViewEvent(viewer([], null), { status: 'cancelled' }, organisers)).toBe(true);
  });

  it('lets only admins of the lead organisation create its events', () => {
    expect(p.canCreateEventFor(viewer(['lead']), 'lead')).toBe(true);
    expect(p.canCreateEventFor(viewer(['co']), 'lead')).toBe(false);
    expect(p.canCreateEventFor(viewer([], null), 'lead')).toBe(false);
  });

  it('publishes drafts only and never edits a cancelled event', () => {
    const v = viewer(['lead']);
    expect(p.canPublishEvent(v, { status: 'draft' }, organisers)).toBe(true);
    expect(p.canPublishEvent(v, { status: 'published' }, organisers)).toBe(false);
    expect(p.canEditEvent(v, { status: 'cancelled' }, organisers)).toBe(false);
    expect(p.canCancelEvent(v, { status: 'cancelled' }, organisers)).toBe(false);
    expect(p.canCancelEvent(viewer(['other']), { status: 'published' }, organisers)).toBe(false);
  });

  it('opens registration to verified people on published, unfinished events, once', () => {
    expect(p.canRegister(actor(), event(), null, now)).toBe(true);
    expect(p.canRegister(null, event(), null, now)).toBe(false);
    expect(p.canRegister(actor({ emailVerified: false }), event(), null, now)).toBe(false);
    expect(p.canRegister(actor(), event({ status: 'draft' }), null, now)).toBe(false);
    expect(p.canRegister(actor(), event(), null, new Date('2030-01-02T00:00:00Z'))).toBe(false);
    expect(p.canRegister(actor(), event(), { status: 'waitlisted' }, now)).toBe(false);
    expect(p.canRegister(actor(), event(), { status: 'cancelled' }, now)).toBe(true);
  });

  it.each([
    [{ registrationMode: 'approval' as const }, 5, 'pending'],
    [{}, 1, 'confirmed'],
    [{}, 2, 'waitlisted'],
    [{ waitlistEnabled: false }, 2, 'full'],
    [{ capacity: null }, 10_000, 'confirmed'],
  ])('a new registration to %j with %i confirmed is %s', (over, confirmed, expected) => {
    expect(p.statusOnRegister(event(over), confirmed)).toBe(expected);
  });

  it('lets participants cancel their own registration and organisers anyone’s', () => {
    const reg = { userId: 'u1', status: 'confirmed' as const };
    expect(p.canCancelRegistration(viewer([]), reg, organisers)).toBe(true);
    expect(p.canCancelRegistration(viewer([], { userId: 'u2' }), reg, organisers)).toBe(false);
    expect(p.canCancelRegistration(viewer(['co'], { userId: 'u2' }), reg, organisers)).toBe(true);
    expect(p.canCancelRegistration(viewer([]), { ...reg, status: 'cancelled' }, organisers)).toBe(false);
    expect(p.canDecideRegistration(viewer([]), { status: 'pending' }, organisers)).toBe(false);
    expect(p.canDecideRegistration(viewer(['lead']), { status: 'pending' }, organisers)).toBe(true);
    expect(p.canDecideRegistration(viewer(['lead']), { status: 'confirmed' }, organisers)).toBe(false);
  });

  it('keeps programme items within the event and names meeting kinds from organisation types', () => {
    const ev = { startsAt: new Date('2030-01-01T08:00:00Z'), endsAt: new Date('2030-01-01T17:00:00Z') };
    expect(p.isWithinEvent({ startsAt: ev.startsAt, endsAt: ev.endsAt }, ev)).toBe(true);
    expect(p.isWithinEvent({ startsAt: new Date('2030-01-01T07:59:00Z'), endsAt: ev.endsAt }, ev)).toBe(
      false,
    );
    expect(p.meetingKind('cluster_organisation', 'cluster_organisation')).toBe('c2c');
    expect(p.meetingKind('sme', 'cluster_organisation')).toBe('c2b');
    expect(p.meetingKind('sme', 'university')).toBe('b2b');
  });
});
