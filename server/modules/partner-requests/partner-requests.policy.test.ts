import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor';
import {
  type RequestContext,
  canAnswerInterest,
  canClosePartnerRequest,
  canComment,
  canDeleteComment,
  canEditComment,
  canEditPartnerRequest,
  canExpressInterest,
  canExtendPartnerRequest,
  canFollow,
  canModerateComments,
  canPublishPartnerRequest,
  canSeeComment,
  canViewMatches,
  canViewPartnerRequest,
  isExpiryDue,
  isReminderDue,
} from './partner-requests.policy';

const actor = (overrides: Partial<Actor> = {}): Actor => ({
  userId: 'u1',
  email: 'u1@example.eu',
  displayName: 'U1',
  locale: 'en',
  emailVerified: true,
  isPlatformAdmin: false,
  ...overrides,
});
const admin = actor({ userId: 'admin', isPlatformAdmin: true });
const ctx = (overrides: Partial<RequestContext> = {}): RequestContext => ({
  status: 'open',
  visibility: 'public',
  isLeadAdmin: false,
  inLeadNetwork: false,
  ...overrides,
});
const owner = ctx({ isLeadAdmin: true, inLeadNetwork: true });

describe('who sees a partner request', () => {
  it.each([
    ['anonymous, public open', null, ctx(), true],
    ['anonymous, public closed', null, ctx({ status: 'closed' }), true],
    ['anonymous, members only', null, ctx({ visibility: 'members_only' }), false],
    ['signed in outside the network, members only', actor(), ctx({ visibility: 'members_only' }), false],
    ['signed in within the network, members only', actor(), ctx({ visibility: 'members_only', inLeadNetwork: true }), true],
    ['network member, draft', actor(), ctx({ status: 'draft', inLeadNetwork: true }), false],
    ['anonymous, draft', null, ctx({ status: 'draft' }), false],
    ['lead admin, draft', actor(), ctx({ status: 'draft', isLeadAdmin: true }), true],
    ['platform admin, members-only draft', admin, ctx({ status: 'draft', visibility: 'members_only' }), true],
  ] as const)('%s → %s', (_label, who, r, expected) => {
    expect(canViewPartnerRequest(who, r)).toBe(expected);
  });
});

describe('who edits and runs the lifecycle', () => {
  it('lead admins and platform admins edit; members of the network and strangers do not', () => {
    expect(canEditPartnerRequest(actor(), owner)).toBe(true);
    expect(canEditPartnerRequest(admin, ctx())).toBe(true);
    expect(canEditPartnerRequest(actor(), ctx({ inLeadNetwork: true }))).toBe(false);
    expect(canEditPartnerRequest(null, ctx())).toBe(false);
  });

  it.each([
    ['draft', true, false, false],
    ['open', false, true, true],
    ['expired', false, true, true],
    ['closed', false, false, false],
  ] as const)('%s: publish %s, close %s, extend %s', (status, publish, close, extend) => {
    const r = { ...owner, status };
    expect(canPublishPartnerRequest(actor(), r)).toBe(publish);
    expect(canClosePartnerRequest(actor(), r)).toBe(close);
    expect(canExtendPartnerRequest(actor(), r)).toBe(extend);
    expect(canPublishPartnerRequest(actor(), { ...r, isLeadAdmin: false })).toBe(false);
  });

  it('matches and interests are for the owner side only', () => {
    expect(canViewMatches(actor(), owner)).toBe(true);
    expect(canViewMatches(admin, ctx())).toBe(true);
    expect(canViewMatches(actor(), ctx({ inLeadNetwork: true }))).toBe(false);
    expect(canAnswerInterest(actor(), ctx())).toBe(false);
  });
});

describe('interest', () => {
  const org = { isActiveMember: true, isLeadOrPartner: false, alreadyInterested: false };
  it('needs a verified member of a third organisation and an open request', () => {
    expect(canExpressInterest(actor(), ctx(), org)).toBe(true);
    expect(canExpressInterest(actor({ emailVerified: false }), ctx(), org)).toBe(false);
    expect(canExpressInterest(actor(), ctx(), { ...org, isActiveMember: false })).toBe(false);
    expect(canExpressInterest(actor(), ctx(), { ...org, isLeadOrPartner: true })).toBe(false);
    expect(canExpressInterest(actor(), ctx(), { ...org, alreadyInterested: true })).toBe(false);
    expect(canExpressInterest(actor(), ctx({ status: 'closed' }), org)).toBe(false);
    expect(canExpressInterest(actor(), ctx({ visibility: 'members_only' }), org)).toBe(false);
    expect(canExpressInterest(null, ctx(), org)).toBe(false);
  });
});

describe('comments and moderation', () => {
  const mine = { authorId: 'u1', hidden: false };
  const theirs = { authorId: 'u2', hidden: false };
  it('signed-in, verified viewers comment on a published request; followers need a session', () => {
    expect(canComment(actor(), ctx())).toBe(true);
    expect(canComment(actor({ emailVerified: false }), ctx())).toBe(false);
    expect(canComment(null, ctx())).toBe(false);
    expect(canComment(actor(), { ...owner, status: 'draft' })).toBe(false);
    expect(canFollow(actor(), ctx())).toBe(true);
    expect(canFollow(null, ctx())).toBe(false);
  });

  it('the author edits and deletes; lead admins and platform admins moderate', () => {
    expect(canEditComment(actor(), mine)).toBe(true);
    expect(canEditComment(actor(), theirs)).toBe(false);
    expect(canEditComment(admin, theirs)).toBe(false);
    expect(canDeleteComment(actor(), ctx(), mine)).toBe(true);
    expect(canDeleteComment(actor(), ctx(), theirs)).toBe(false);
    expect(canDeleteComment(actor(), owner, theirs)).toBe(true);
    expect(canDeleteComment(admin, ctx(), theirs)).toBe(true);
    expect(canModerateComments(actor(), ctx({ inLeadNetwork: true }))).toBe(false);
    expect(canModerateComments(actor(), owner)).toBe(true);
  });

  it('a hidden comment stays visible to its author and moderators only', () => {
    const hidden = { authorId: 'u2', hidden: true };
    expect(canSeeComment(actor(), ctx(), hidden)).toBe(false);
    expect(canSeeComment(null, ctx(), hidden)).toBe(false);
    expect(canSeeComment(actor({ userId: 'u2' }), ctx(), hidden)).toBe(true);
    expect(canSeeComment(actor(), owner, hidden)).toBe(true);
    expect(canSeeComment(null, ctx(), theirs)).toBe(true);
  });
});

describe('deadline jobs', () => {
  const deadline = new Date('2031-05-10T12:00:00Z');
  const before = new Date('2031-05-07T12:00:00Z');
  it('reminds once, for the current deadline of an open request', () => {
    expect(isReminderDue({ status: 'open', deadline, reminderSentFor: null }, deadline, before)).toBe(true);
    expect(isReminderDue({ status: 'open', deadline, reminderSentFor: deadline }, deadline, before)).toBe(false);
    expect(isReminderDue({ status: 'open', deadline: new Date('2031-06-01T00:00:00Z'), reminderSentFor: null }, deadline, before)).toBe(false);
    expect(isReminderDue({ status: 'closed', deadline, reminderSentFor: null }, deadline, before)).toBe(false);
    expect(isReminderDue({ status: 'open', deadline, reminderSentFor: null }, deadline, new Date('2031-05-11T00:00:00Z'))).toBe(false);
  });
  it('expires an open request at or after its deadline only', () => {
    expect(isExpiryDue({ status: 'open', deadline }, deadline)).toBe(true);
    expect(isExpiryDue({ status: 'open', deadline }, before)).toBe(false);
    expect(isExpiryDue({ status: 'closed', deadline }, deadline)).toBe(false);
  });
});
