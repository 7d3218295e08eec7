import type { z } from 'zod';
import {
  REMINDER_DAYS,
  type AnswerInterestBodySchema,
  type CreatePartnerRequestBodySchema,
  type ExpressInterestBodySchema,
  type ExtendPartnerRequestBodySchema,
  type MatchesQuerySchema,
  type PartnerInput,
  type PartnerRequestListQuerySchema,
  type ProfileSought,
  type UpdatePartnerRequestBodySchema,
} from '../../../contracts/partner-requests';
import type { DbOrTx } from '../../db/client';
import type { Deps } from '../../deps';
import { AppError, type ErrorDetail } from '../../errors';
import type { Actor, MaybeActor } from '../auth/actor';
import { rankOrganisationsFor } from '../matching/matching.service';
import { notify } from '../notifications/notify';
import { taxonomyCache } from '../taxonomy/taxonomy.service';
import { utcToZonedLocal, zonedLocalToUtc } from './deadline';
import * as texts from './partner-requests.notifications';
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
import * as repo from './partner-requests.repository';
import type { PartnerRequestRow } from './partner-requests.repository';
import { descriptionText, sanitizeDescription } from './sanitize';

type CreateInput = z.output<typeof CreatePartnerRequestBodySchema>;
type UpdateInput = z.output<typeof UpdatePartnerRequestBodySchema>;

export const PARTNER_REQUEST_REMINDER_JOB = 'partner-request-reminder';
export const PARTNER_REQUEST_EXPIRY_JOB = 'partner-request-expiry';
const DAY_MS = 86_400_000;

export interface Loaded {
  row: PartnerRequestRow;
  ctx: RequestContext;
}

async function contextFor(db: DbOrTx, actor: MaybeActor, row: PartnerRequestRow): Promise<RequestContext> {
  const viewer = actor ? await repo.viewerContext(db, actor.userId, row.leadOrganisationId) : { isLeadAdmin: false, inLeadNetwork: false };
  return { status: row.status, visibility: row.visibility, ...viewer };
}

/** A request the actor may not see answers 404, like one that does not exist. */
export async function loadVisible(db: DbOrTx, actor: MaybeActor, id: string, options: { lock?: boolean } = {}): Promise<Loaded> {
  const row = options.lock ? await repo.lockById(db, id) : await repo.findById(db, id);
  if (!row) throw AppError.notFound('Partner request');
  const ctx = await contextFor(db, actor, row);
  if (!canViewPartnerRequest(actor, ctx)) throw AppError.notFound('Partner request');
  return { row, ctx };
}

function assert(allowed: boolean, message?: string): void {
  if (!allowed) throw AppError.forbidden(message);
}

const formatDeadline = (row: Pick<PartnerRequestRow, 'deadline' | 'timeZone'>, locale: 'en' | 'fr') =>
  new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: row.timeZone,
  }).format(row.deadline) + ` (${row.timeZone})`;

const deadlineText = (row: Pick<PartnerRequestRow, 'deadline' | 'timeZone'>) => ({ en: formatDeadline(row, 'en'), fr: formatDeadline(row, 'fr') });

/** Checks taxonomy codes, regions and partners against the reference tables; all problems at once. */
async function validate(
  deps: Deps,
  db: DbOrTx,
  input: { profileSought?: ProfileSought | undefined; partners?: PartnerInput[] | undefined },
  leadOrganisationId: string,
): Promise<void> {
  const details: ErrorDetail[] = [];
  const taxonomy = await taxonomyCache(deps);
  const p = input.profileSought;
  if (p) {
    p.technologies.forEach((c, i) => {
      if (taxonomy.kinds.get(c) !== 'technology') details.push({ path: `profileSought.technologies.${i}`, message: `Unknown technology "${c}"` });
    });
    p.applicationDomains.forEach((c, i) => {
      if (taxonomy.kinds.get(c) !== 'application_domain')
        details.push({ path: `profileSought.applicationDomains.${i}`, message: `Unknown application domain "${c}"` });
    });
    p.regions.forEach((c, i) => {
      const country = taxonomy.regionCountry.get(c);
      if (!country) details.push({ path: `profileSought.regions.${i}`, message: `Unknown NUTS 2 region "${c}"` });
      else if (p.countries.length && !(p.countries as string[]).includes(country))
        details.push({ path: `profileSought.regions.${i}`, message: `Region ${c} is not in the sought countries` });
    });
  }
  if (input.partners) {
    const ids = input.partners.flatMap((x) => ('organisationId' in x ? [x.organisationId] : []));
    const found = new Set((await repo.findOrganisations(db, ids)).map((o) => o.id));
    const seen = new Set<string>();
    input.partners.forEach((x, i) => {
      if (!('organisationId' in x)) return;
      if (!found.has(x.organisationId)) details.push({ path: `partners.${i}.organisationId`, message: 'Unknown organisation' });
      else if (x.organisationId === leadOrganisationId)
        details.push({ path: `partners.${i}.organisationId`, message: 'The lead organisation is not an associated partner' });
      else if (seen.has(x.organisationId)) details.push({ path: `partners.${i}.organisationId`, message: 'Listed twice' });
      seen.add(x.organisationId);
    });
  }
  if (details.length) throw new AppError('VALIDATION_FAILED', 'Some fields are invalid', details);
}

function deadlineFrom(local: string, timeZone: string): Date {
  try {
    return zonedLocalToUtc(local, timeZone);
  } catch {
    throw AppError.validation('deadlineLocal', 'Invalid date and time');
  }
}

function assertFuture(deps: Deps, deadline: Date): void {
  if (deadline <= deps.clock.now()) throw AppError.validation('deadlineLocal', 'The deadline must be in the future');
}

const profileColumns = (p: ProfileSought) => ({
  soughtTypes: p.organisationTypes,
  soughtTechnologies: p.technologies,
  soughtDomains: p.applicationDomains,
  soughtRoles: p.valueChainRoles,
  soughtCountries: p.countries,
  soughtRegions: p.regions,
});

/** The deadline's jobs: a reminder 3 days before (when that is still ahead) and the expiry at it. */
async function scheduleDeadlineJobs(deps: Deps, tx: DbOrTx, row: PartnerRequestRow): Promise<void> {
  const deadline = row.deadline.toISOString();
  const payload = { requestId: row.id, deadline };
  const remindAt = new Date(row.deadline.getTime() - REMINDER_DAYS * DAY_MS);
  if (remindAt > deps.clock.now()) {
    await deps.jobs.enqueue(tx, PARTNER_REQUEST_REMINDER_JOB, payload, { runAt: remindAt, dedupeKey: `partner-request:reminder:${row.id}:${deadline}` });
  }
  await deps.jobs.enqueue(tx, PARTNER_REQUEST_EXPIRY_JOB, payload, { runAt: row.deadline, dedupeKey: `partner-request:expiry:${row.id}:${deadline}` });
}

export async function createPartnerRequest(deps: Deps, actor: Actor, input: CreateInput): Promise<PartnerRequestRow> {
  const lead = await repo.findLeadOrganisation(deps.db, input.leadOrganisationId);
  if (!lead) throw AppError.validation('leadOrganisationId', 'Unknown organisation');
  const viewer = await repo.viewerContext(deps.db, actor.userId, lead.id);
  if (!viewer.isLeadAdmin && !actor.isPlatformAdmin) {
    throw new AppError('FORBIDDEN', 'Only admins of the lead organisation can publish a partner request for it', [
      { path: 'leadOrganisationId', message: 'You are not an admin of this organisation' },
    ]);
  }
  await validate(deps, deps.db, input, lead.id);
  const deadline = deadlineFrom(input.deadlineLocal, input.timeZone);
  if (input.publish) assertFuture(deps, deadline);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const row = await repo.insertRequest(tx, {
      title: input.title,
      summary: input.summary,
      description: sanitizeDescription(input.description),
      kind: input.kind,
      leadOrganisationId: lead.id,
      createdBy: actor.userId,
      ...profileColumns(input.profileSought),
      deadline,
      timeZone: input.timeZone,
      visibility: input.visibility,
      status: input.publish ? 'open' : 'draft',
      publishedAt: input.publish ? now : null,
      createdAt: now,
      updatedAt: now,
    });
    await repo.replacePartners(tx, row.id, input.partners);
    if (input.publish) await scheduleDeadlineJobs(deps, tx, row);
    return row;
  });
}

export async function updatePartnerRequest(deps: Deps, actor: Actor, id: string, input: UpdateInput): Promise<PartnerRequestRow> {
  const { row: current, ctx } = await loadVisible(deps.db, actor, id);
  assert(canEditPartnerRequest(actor, ctx));
  await validate(deps, deps.db, input, current.leadOrganisationId);
  const timeZone = input.timeZone ?? current.timeZone;
  const deadline =
    input.deadlineLocal !== undefined || input.timeZone !== undefined
      ? deadlineFrom(input.deadlineLocal ?? utcToZonedLocal(current.deadline, current.timeZone), timeZone)
      : null;
  const deadlineChanged = deadline !== null && deadline.getTime() !== current.deadline.getTime();
  if (deadlineChanged && current.status !== 'draft') assertFuture(deps, deadline);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    await loadVisible(tx, actor, id, { lock: true });
    const row = await repo.updateRequest(tx, id, {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.summary !== undefined ? { summary: input.summary } : {}),
      ...(input.description !== undefined ? { description: sanitizeDescription(input.description) } : {}),
      ...(input.kind !== undefined ? { kind: input.kind } : {}),
      ...(input.visibility !== undefined ? { visibility: input.visibility } : {}),
      ...(input.profileSought ? profileColumns(input.profileSought) : {}),
      ...(deadline ? { deadline, timeZone } : input.timeZone ? { timeZone } : {}),
      ...(deadlineChanged && current.status === 'expired' ? { status: 'open' as const, expiredAt: null } : {}),
      updatedAt: now,
    });
    if (input.partners) await repo.replacePartners(tx, id, input.partners);
    if (deadlineChanged && row.status === 'open') {
      await scheduleDeadlineJobs(deps, tx, row);
      await notifyExtended(deps, tx, row);
    }
    return row;
  });
}

async function notifyExtended(deps: Deps, tx: DbOrTx, row: PartnerRequestRow) {
  const followers = await repo.followerIds(tx, row.id);
  if (followers.length) await notify(deps, tx, texts.extended(followers, row, deadlineText(row)));
}

async function notifyStatus(deps: Deps, tx: DbOrTx, row: PartnerRequestRow, includeOwners: boolean) {
  const followers = await repo.followerIds(tx, row.id);
  const owners = includeOwners ? await repo.activeAdminIds(tx, row.leadOrganisationId) : [];
  const recipients = [...new Set([...followers, ...owners])];
  if (recipients.length) await notify(deps, tx, texts.statusChanged(recipients, row));
}

export async function publishPartnerRequest(deps: Deps, actor: Actor, id: string): Promise<PartnerRequestRow> {
  return deps.db.transaction(async (tx) => {
    const { row: current, ctx } = await loadVisible(tx, actor, id, { lock: true });
    assert(canPublishPartnerRequest(actor, ctx), 'Only a draft can be published, by an admin of the lead organisation');
    assertFuture(deps, current.deadline);
    const now = deps.clock.now();
    const row = await repo.updateRequest(tx, id, { status: 'open', publishedAt: now, updatedAt: now });
    await scheduleDeadlineJobs(deps, tx, row);
    return row;
  });
}

export async function closePartnerRequest(deps: Deps, actor: Actor, id: string): Promise<PartnerRequestRow> {
  return deps.db.transaction(async (tx) => {
    const { ctx } = await loadVisible(tx, actor, id, { lock: true });
    assert(canClosePartnerRequest(actor, ctx), 'Only an open or expired request can be closed, by an admin of the lead organisation');
    const now = deps.clock.now();
    const row = await repo.updateRequest(tx, id, { status: 'closed', closedAt: now, updatedAt: now });
    await notifyStatus(deps, tx, row, false);
    return row;
  });
}

/** A later deadline; an expired request opens again. The jobs of the old deadline find it moved and do nothing. */
export async function extendPartnerRequest(
  deps: Deps,
  actor: Actor,
  id: string,
  input: z.output<typeof ExtendPartnerRequestBodySchema>,
): Promise<PartnerRequestRow> {
  return deps.db.transaction(async (tx) => {
    const { row: current, ctx } = await loadVisible(tx, actor, id, { lock: true });
    assert(canExtendPartnerRequest(actor, ctx), 'Only an open or expired request can be extended, by an admin of the lead organisation');
    const timeZone = input.timeZone ?? current.timeZone;
    const deadline = deadlineFrom(input.deadlineLocal, timeZone);
    assertFuture(deps, deadline);
    if (deadline <= current.deadline) throw AppError.validation('deadlineLocal', 'The new deadline must be later than the current one');
    const now = deps.clock.now();
    const row = await repo.updateRequest(tx, id, { deadline, timeZone, status: 'open', expiredAt: null, updatedAt: now });
    await scheduleDeadlineJobs(deps, tx, row);
    await notifyExtended(deps, tx, row);
    return row;
  });
}

export async function listPartnerRequests(deps: Deps, actor: MaybeActor, query: z.output<typeof PartnerRequestListQuerySchema>) {
  return repo.listRequests(deps.db, actor ? { userId: actor.userId, isPlatformAdmin: actor.isPlatformAdmin } : null, query);
}

export async function getPartnerRequestDetail(deps: Deps, actor: MaybeActor, id: string) {
  const { row, ctx } = await loadVisible(deps.db, actor, id);
  const [lead, partners, follow, contact] = await Promise.all([
    repo.findLeadOrganisation(deps.db, row.leadOrganisationId),
    repo.listPartners(deps.db, row.id),
    repo.followState(deps.db, row.id, actor?.userId ?? null),
    row.createdBy ? repo.findUserName(deps.db, row.createdBy) : Promise.resolve(undefined),
  ]);
  const excluded = new Set([row.leadOrganisationId, ...partners.flatMap((p) => (p.organisationId ? [p.organisationId] : []))]);
  let interestOrganisations: { id: string; slug: string; name: string }[] = [];
  let myInterests: Awaited<ReturnType<typeof repo.listInterests>> = [];
  if (actor) {
    const memberships = await repo.activeMembershipsOf(deps.db, actor.userId);
    myInterests = await repo.listInterests(
      deps.db,
      row.id,
      memberships.map((m) => m.id),
    );
    const interested = new Set(myInterests.map((i) => i.organisation.id));
    interestOrganisations = memberships
      .filter((m) =>
        canExpressInterest(actor, ctx, { isActiveMember: true, isLeadOrPartner: excluded.has(m.id), alreadyInterested: interested.has(m.id) }),
      )
      .map(({ id: orgId, slug, name }) => ({ id: orgId, slug, name }));
  }
  return { row, ctx, lead: lead!, partners, follow, contact: contact ?? null, interestOrganisations, myInterests };
}

// Matches

function matchText(row: PartnerRequestRow): string {
  return [row.title, row.summary, descriptionText(row.description)].filter(Boolean).join('\n');
}

export async function listMatches(deps: Deps, actor: Actor, id: string, query: z.output<typeof MatchesQuerySchema>) {
  const { row, ctx } = await loadVisible(deps.db, actor, id);
  assert(canViewMatches(actor, ctx), 'Only admins of the lead organisation see the matches');
  const [partnerIds, hidden, invited, interested] = await Promise.all([
    repo.partnerOrganisationIds(deps.db, row.id),
    repo.hiddenMatchIds(deps.db, row.id),
    repo.invitations(deps.db, row.id),
    repo.interestedOrganisationIds(deps.db, row.id),
  ]);
  const ranked = await rankOrganisationsFor(deps, {
    text: matchText(row),
    technologies: row.soughtTechnologies,
    domains: row.soughtDomains,
    preferences: {
      types: row.soughtTypes as never,
      countries: row.soughtCountries,
      regions: row.soughtRegions,
      roles: row.soughtRoles as never,
    },
    constraints: { types: query.type, countries: query.country, regions: query.region },
    requesterId: row.leadOrganisationId,
    exclude: partnerIds,
    minScore: query.minScore,
    locale: query.locale ?? actor.locale,
  });
  const visible = ranked.filter((m) => query.includeHidden || !hidden.has(m.organisation.id));
  return {
    items: visible.slice(0, query.limit).map((m) => ({
      organisation: {
        id: m.organisation.id,
        slug: m.organisation.slug,
        name: m.organisation.name,
        type: m.organisation.type,
        country: m.organisation.countryCode,
        regionCode: m.organisation.regionCode,
        regionName: m.organisation.regionName,
      },
      score: m.score,
      reasons: m.reasons,
      hidden: hidden.has(m.organisation.id),
      invitedAt: invited.get(m.organisation.id)?.toISOString() ?? null,
      interested: interested.has(m.organisation.id),
    })),
    total: visible.length,
  };
}

async function loadOwned(deps: Deps, db: DbOrTx, actor: Actor, id: string, lock = false) {
  const loaded = await loadVisible(db, actor, id, { lock });
  assert(canViewMatches(actor, loaded.ctx), 'Only admins of the lead organisation manage the matches');
  return loaded;
}

export async function setMatchHidden(deps: Deps, actor: Actor, id: string, organisationId: string, hidden: boolean): Promise<void> {
  await loadOwned(deps, deps.db, actor, id);
  if (hidden) await repo.hideMatch(deps.db, id, organisationId, actor.userId);
  else await repo.unhideMatch(deps.db, id, organisationId);
}

export async function inviteMatch(deps: Deps, actor: Actor, id: string, organisationId: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const { row } = await loadOwned(deps, tx, actor, id);
    if (row.status !== 'open') throw new AppError('UNPROCESSABLE', 'Only an open request can invite organisations');
    const [org] = await repo.findOrganisations(tx, [organisationId]);
    if (!org) throw AppError.validation('organisationId', 'Unknown organisation');
    if (org.id === row.leadOrganisationId || (await repo.partnerOrganisationIds(tx, id)).includes(org.id))
      throw AppError.validation('organisationId', 'The lead and associated partners cannot be invited');
    const fresh = await repo.insertInvitation(tx, id, org.id, actor.userId);
    if (!fresh) return;
    const [admins, lead] = await Promise.all([repo.activeAdminIds(tx, org.id), repo.findLeadOrganisation(tx, row.leadOrganisationId)]);
    if (admins.length) await notify(deps, tx, texts.invitation(admins, row, lead?.name ?? ''));
  });
}

// Interests

export async function expressInterest(deps: Deps, actor: Actor, id: string, input: z.output<typeof ExpressInterestBodySchema>) {
  return deps.db.transaction(async (tx) => {
    const { row, ctx } = await loadVisible(tx, actor, id);
    const memberships = await repo.activeMembershipsOf(tx, actor.userId);
    const org = memberships.find((m) => m.id === input.organisationId);
    const partnerIds = await repo.partnerOrganisationIds(tx, id);
    const isLeadOrPartner = input.organisationId === row.leadOrganisationId || partnerIds.includes(input.organisationId);
    const interested = await repo.interestedOrganisationIds(tx, id);
    if (interested.has(input.organisationId))
      throw new AppError('CONFLICT', 'This organisation has already expressed interest', [{ path: 'organisationId', message: 'Already interested' }]);
    if (!canExpressInterest(actor, ctx, { isActiveMember: !!org, isLeadOrPartner, alreadyInterested: false })) {
      if (ctx.status !== 'open') throw new AppError('UNPROCESSABLE', 'This partner request is not open');
      throw new AppError('FORBIDDEN', 'You cannot express interest for this organisation', [
        { path: 'organisationId', message: org ? 'The lead and associated partners cannot express interest' : 'You are not a member of this organisation' },
      ]);
    }
    const interest = await repo.insertInterest(tx, {
      requestId: id,
      organisationId: input.organisationId,
      userId: actor.userId,
      message: input.message,
      createdAt: deps.clock.now(),
    });
    const admins = await repo.activeAdminIds(tx, row.leadOrganisationId);
    if (admins.length) await notify(deps, tx, texts.newInterest(admins, row, org!.name));
    return interest;
  });
}

export async function listInterests(deps: Deps, actor: Actor, id: string) {
  const { ctx } = await loadVisible(deps.db, actor, id);
  assert(canAnswerInterest(actor, ctx), 'Only admins of the lead organisation see the interests');
  return repo.listInterests(deps.db, id);
}

export async function answerInterest(
  deps: Deps,
  actor: Actor,
  id: string,
  interestId: string,
  input: z.output<typeof AnswerInterestBodySchema>,
) {
  return deps.db.transaction(async (tx) => {
    const { row, ctx } = await loadVisible(tx, actor, id);
    assert(canAnswerInterest(actor, ctx), 'Only admins of the lead organisation answer interests');
    const interest = await repo.findInterest(tx, id, interestId);
    if (!interest) throw AppError.notFound('Interest');
    const updated = await repo.updateInterest(tx, interest.id, {
      status: input.status,
      answer: input.answer || null,
      answeredBy: actor.userId,
      answeredAt: deps.clock.now(),
    });
    if (interest.userId) await notify(deps, tx, texts.interestAnswered(interest.userId, row, input.status === 'accepted', input.answer));
    return updated;
  });
}

// Follows

export async function setFollowing(deps: Deps, actor: Actor, id: string, following: boolean): Promise<void> {
  const { ctx } = await loadVisible(deps.db, actor, id);
  if (following) {
    assert(canFollow(actor, ctx), 'This request cannot be followed');
    await repo.follow(deps.db, id, actor.userId);
  } else {
    await repo.unfollow(deps.db, id, actor.userId);
  }
}

// Comments

export async function listComments(deps: Deps, actor: MaybeActor, id: string) {
  const { ctx } = await loadVisible(deps.db, actor, id);
  const rows = await repo.listComments(deps.db, id);
  return { ctx, rows: rows.filter((r) => canSeeComment(actor, ctx, r.comment)) };
}

export async function createComment(deps: Deps, actor: Actor, id: string, body: string) {
  return deps.db.transaction(async (tx) => {
    const { row, ctx } = await loadVisible(tx, actor, id);
    assert(canComment(actor, ctx), 'Log in with a verified account to comment');
    const now = deps.clock.now();
    const comment = await repo.insertComment(tx, { requestId: id, authorId: actor.userId, body, createdAt: now, updatedAt: now });
    const recipients = new Set([...(await repo.followerIds(tx, id)), ...(await repo.activeAdminIds(tx, row.leadOrganisationId))]);
    recipients.delete(actor.userId);
    if (recipients.size) await notify(deps, tx, texts.newComment([...recipients], row, actor.displayName));
    return { ctx, comment };
  });
}

async function loadComment(deps: Deps, actor: Actor, id: string, commentId: string) {
  const { ctx } = await loadVisible(deps.db, actor, id);
  const comment = await repo.findComment(deps.db, id, commentId);
  if (!comment || !canSeeComment(actor, ctx, comment)) throw AppError.notFound('Comment');
  return { ctx, comment };
}

export async function editComment(deps: Deps, actor: Actor, id: string, commentId: string, body: string) {
  const { ctx, comment } = await loadComment(deps, actor, id, commentId);
  assert(canEditComment(actor, comment), 'Only the author edits a comment');
  return { ctx, comment: await repo.updateComment(deps.db, comment.id, { body, updatedAt: deps.clock.now() }) };
}

export async function deleteComment(deps: Deps, actor: Actor, id: string, commentId: string): Promise<void> {
  const { ctx, comment } = await loadComment(deps, actor, id, commentId);
  assert(canDeleteComment(actor, ctx, comment), 'Only the author and moderators delete a comment');
  await repo.deleteComment(deps.db, comment.id);
}

export async function setCommentHidden(deps: Deps, actor: Actor, id: string, commentId: string, hidden: boolean) {
  const { ctx, comment } = await loadComment(deps, actor, id, commentId);
  assert(canModerateComments(actor, ctx), 'Only admins of the lead organisation and platform admins moderate comments');
  return { ctx, comment: await repo.updateComment(deps.db, comment.id, { hidden, hiddenBy: hidden ? actor.userId : null }) };
}

// Deadline jobs

/** Reminds the owner 3 days before the deadline; a moved deadline or a sent reminder makes it a no-op. */
export async function runReminder(deps: Deps, requestId: string, deadline: Date): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const row = await repo.lockById(tx, requestId);
    if (!row || !isReminderDue(row, deadline, deps.clock.now())) return;
    await repo.updateRequest(tx, row.id, { reminderSentFor: row.deadline });
    const owners = await repo.activeAdminIds(tx, row.leadOrganisationId);
    if (row.createdBy && !owners.includes(row.createdBy)) owners.push(row.createdBy);
    if (owners.length) await notify(deps, tx, texts.reminder(owners, row, deadlineText(row)));
  });
}

/** Expires the request at its deadline, once: the conditional update is the idempotence. */
export async function runExpiry(deps: Deps, requestId: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const current = await repo.lockById(tx, requestId);
    if (!current || !isExpiryDue(current, deps.clock.now())) return;
    const row = await repo.expireIfDue(tx, requestId, deps.clock.now());
    if (row) await notifyStatus(deps, tx, row, true);
  });
}

/** The actor's own organisations' interests in a request. */
export async function listInterestsOf(deps: Deps, actor: Actor, id: string) {
  await loadVisible(deps.db, actor, id);
  const memberships = await repo.activeMembershipsOf(deps.db, actor.userId);
  return repo.listInterests(
    deps.db,
    id,
    memberships.map((m) => m.id),
  );
}
