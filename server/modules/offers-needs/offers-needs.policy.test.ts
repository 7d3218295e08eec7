import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor';
import {
  canArchiveListing,
  canCreateListing,
  canDeleteListing,
  canEditListing,
  canPublishListing,
  canViewListing,
  isOwnerPublishable,
  type ListingContext,
  type ListingOwnerContext,
} from './offers-needs.policy';

const actor = (overrides: Partial<Actor> = {}): Actor => ({
  userId: 'u1',
  email: 'u1@example.eu',
  displayName: 'U1',
  locale: 'en',
  emailVerified: true,
  isPlatformAdmin: false,
  ...overrides,
});

const publicOwner: ListingOwnerContext = { status: 'published', listingConsent: true, membership: null };
const admin = { role: 'admin', status: 'active' } as const;
const member = { role: 'member', status: 'active' } as const;
const pendingAdmin = { role: 'admin', status: 'pending' } as const;

const listing = (
  status: ListingContext['status'],
  owner: Partial<ListingOwnerContext> = {},
): ListingContext => ({
  status,
  owner: { ...publicOwner, ...owner },
});

describe('who sees an offer or a need', () => {
  it.each([
    ['anybody, a published listing of a public organisation', null, listing('published'), true],
    ['anybody, a draft', null, listing('draft'), false],
    ['anybody, an archived listing', null, listing('archived'), false],
    [
      'anybody, a published listing of a hidden organisation',
      null,
      listing('published', { status: 'draft' }),
      false,
    ],
    ['anybody, without listing consent', null, listing('published', { listingConsent: false }), false],
    ['a member, a draft', actor(), listing('draft', { membership: member }), true],
    ['a pending member, a draft', actor(), listing('draft', { membership: pendingAdmin }), false],
    ['a platform admin, a draft', actor({ isPlatformAdmin: true }), listing('draft'), true],
  ] as const)('%s: %s', (_case, who, context, expected) => {
    expect(canViewListing(who, context)).toBe(expected);
  });
});

describe('who manages offers and needs', () => {
  it('is the organisation’s active administrators and platform admins', () => {
    expect(canEditListing(actor(), listing('published', { membership: admin }))).toBe(true);
    expect(canEditListing(actor({ isPlatformAdmin: true }), listing('published'))).toBe(true);
    expect(canEditListing(actor(), listing('published', { membership: member }))).toBe(false);
    expect(canEditListing(actor(), listing('published', { membership: pendingAdmin }))).toBe(false);
    expect(canEditListing(actor(), listing('published'))).toBe(false);
    expect(canEditListing(null, listing('published'))).toBe(false);
  });

  it('asks a confirmed e-mail address to create one', () => {
    const owner = { ...publicOwner, membership: admin };
    expect(canCreateListing(actor(), owner)).toBe(true);
    expect(canCreateListing(actor({ emailVerified: false }), owner)).toBe(false);
    expect(canCreateListing(actor(), { ...publicOwner, membership: member })).toBe(false);
    expect(canCreateListing(null, owner)).toBe(false);
  });

  it.each([
    ['draft', true, true, true],
    ['published', false, true, false],
    ['archived', true, false, true],
  ] as const)('a %s listing: publish %s, archive %s, delete %s', (status, publish, archive, remove) => {
    const context = listing(status, { membership: admin });
    expect(canPublishListing(actor(), context)).toBe(publish);
    expect(canArchiveListing(actor(), context)).toBe(archive);
    expect(canDeleteListing(actor(), context)).toBe(remove);
    expect(canPublishListing(actor(), listing(status))).toBe(false);
    expect(canArchiveListing(actor(), listing(status))).toBe(false);
    expect(canDeleteListing(actor(), listing(status))).toBe(false);
  });

  it('publishes only for an organisation whose profile is public', () => {
    expect(isOwnerPublishable(publicOwner)).toBe(true);
    expect(isOwnerPublishable({ ...publicOwner, status: 'pending_validation' })).toBe(false);
    expect(isOwnerPublishable({ ...publicOwner, listingConsent: false })).toBe(false);
  });
});
