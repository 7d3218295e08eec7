import { describe, expect, it } from 'vitest';
import { canCancelMeeting, canManageB2b, canRecordOutcome, mayMeet, meetingKindOf, sideOf } from './b2b.policy';

const actor = { userId: 'u', email: 'u@x.eu', displayName: 'U', locale: 'en' as const, emailVerified: true, isPlatformAdmin: false };

describe('who may meet whom', () => {
  it.each([
    [{ type: 'sme', valueChainRoles: ['component_supplier'] }, 'provider'],
    [{ type: 'large_company', valueChainRoles: ['end_user'] }, 'end_user'],
    [{ type: 'large_company', valueChainRoles: ['end_user', 'system_integrator'] }, 'both'],
    [{ type: 'university', valueChainRoles: [] }, 'provider'],
    [{ type: 'cluster_organisation', valueChainRoles: [] }, 'unknown'],
  ] as const)('side of %o is %s', (org, side) => {
    expect(sideOf(org)).toBe(side);
  });

  it.each([
    ['everyone', 'provider', 'provider', true],
    ['providers_end_users', 'provider', 'end_user', true],
    ['providers_end_users', 'end_user', 'provider', true],
    ['providers_end_users', 'provider', 'provider', false],
    ['providers_end_users', 'end_user', 'end_user', false],
    ['providers_end_users', 'both', 'provider', true],
    ['providers_end_users', 'unknown', 'end_user', false],
  ] as const)('%s: %s meets %s → %s', (rule, a, b, allowed) => {
    expect(mayMeet(rule, a, b)).toBe(allowed);
  });
});

describe('organisers, kinds, outcomes', () => {
  it('an admin of any co-organising organisation manages; a plain member does not', () => {
    expect(canManageB2b({ actor, adminOrganisationIds: new Set(['co']) }, ['lead', 'co'])).toBe(true);
    expect(canManageB2b({ actor, adminOrganisationIds: new Set(['other']) }, ['lead', 'co'])).toBe(false);
    expect(canManageB2b({ actor: null, adminOrganisationIds: new Set(['co']) }, ['co'])).toBe(false);
  });

  it.each([
    [['cluster_organisation', 'cluster_organisation'], 'c2c'],
    [['cluster_organisation', 'sme'], 'c2b'],
    [['sme', 'large_company'], 'b2b'],
    [['sme', null], 'b2b'],
  ] as const)('meeting of %o is %s', (types, kind) => {
    expect(meetingKindOf(types)).toBe(kind);
  });

  it('asks for the outcome once the meeting has started, and cancels only what has not', () => {
    const at = new Date('2031-06-10T12:00:00Z');
    const m = { status: 'scheduled', slotStartsAt: at };
    expect(canRecordOutcome(m, new Date('2031-06-10T11:59:00Z'))).toBe(false);
    expect(canRecordOutcome(m, new Date('2031-06-10T12:00:00Z'))).toBe(true);
    expect(canCancelMeeting(m, true, false, new Date('2031-06-10T11:00:00Z'))).toBe(true);
    expect(canCancelMeeting(m, true, false, new Date('2031-06-10T12:10:00Z'))).toBe(false);
    expect(canCancelMeeting(m, false, true, new Date('2031-06-10T12:10:00Z'))).toBe(true);
    expect(canCancelMeeting(m, false, false, new Date('2031-06-10T11:00:00Z'))).toBe(false);
  });
});
