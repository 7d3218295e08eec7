import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor';
import {
  canEditOrganisation,
  canManageClusterMembers,
  canRequestToJoin,
  canValidateCluster,
  canViewOrganisation,
  clusterCriteria,
  type OrganisationContext,
} from './organisations.policy';

const user: Actor = { userId: 'u', email: 'u@x.eu', displayName: 'U', locale: 'en', emailVerified: true, isPlatformAdmin: false };
const admin: Actor = { ...user, isPlatformAdmin: true };
const base: OrganisationContext = { type: 'sme', status: 'published', listingConsent: true, membership: null };
const draft: OrganisationContext = { ...base, status: 'draft' };

describe('organisation policy', () => {
  it.each([
    ['anonymous sees a published, consented profile', null, base, true],
    ['anonymous does not see a draft', null, draft, false],
    ['anonymous does not see a published profile without consent', null, { ...base, listingConsent: false }, false],
    ['a stranger does not see a draft', user, draft, false],
    ['an active member sees a draft', user, { ...draft, membership: { role: 'member', status: 'active' } }, true],
    ['a pending member does not see a draft', user, { ...draft, membership: { role: 'member', status: 'pending' } }, false],
    ['a platform admin sees a draft', admin, draft, true],
  ] as const)('%s', (_name, actor, org, expected) => {
    expect(canViewOrganisation(actor, org)).toBe(expected);
  });

  it('lets only active admins and platform admins edit', () => {
    expect(canEditOrganisation(null, base)).toBe(false);
    expect(canEditOrganisation(user, base)).toBe(false);
    expect(canEditOrganisation(user, { ...base, membership: { role: 'member', status: 'active' } })).toBe(false);
    expect(canEditOrganisation(user, { ...base, membership: { role: 'admin', status: 'pending' } })).toBe(false);
    expect(canEditOrganisation(user, { ...base, membership: { role: 'admin', status: 'active' } })).toBe(true);
    expect(canEditOrganisation(admin, base)).toBe(true);
  });

  it('gives cluster member management to admins of cluster organisations only', () => {
    const adminOf = { role: 'admin', status: 'active' } as const;
    expect(canManageClusterMembers(user, { ...base, type: 'cluster_organisation', membership: adminOf })).toBe(true);
    expect(canManageClusterMembers(user, { ...base, type: 'sme', membership: adminOf })).toBe(false);
  });

  it('lets platform admins validate clusters only', () => {
    expect(canValidateCluster(admin, { type: 'cluster_organisation' })).toBe(true);
    expect(canValidateCluster(admin, { type: 'sme' })).toBe(false);
    expect(canValidateCluster(user, { type: 'cluster_organisation' })).toBe(false);
  });

  it('refuses a join request from an existing member or an unverified user', () => {
    expect(canRequestToJoin(user, base)).toBe(true);
    expect(canRequestToJoin({ ...user, emailVerified: false }, base)).toBe(false);
    expect(canRequestToJoin(user, { ...base, membership: { role: 'member', status: 'pending' } })).toBe(false);
  });

  it('checks the three cluster criteria at their thresholds', () => {
    expect(clusterCriteria({ managementFte: 0.5, memberCount: 15, membersCompanies: 10, membersResearch: 2 })).toEqual({
      managementStaff: true,
      memberCount: true,
      industryAndResearch: true,
    });
    expect(clusterCriteria({ managementFte: 0.4, memberCount: 14, membersCompanies: 14, membersResearch: 0 })).toEqual({
      managementStaff: false,
      memberCount: false,
      industryAndResearch: false,
    });
  });
});
