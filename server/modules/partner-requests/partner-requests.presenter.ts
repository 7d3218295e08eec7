import type { Comment, Interest, PartnerRequest, PartnerRequestSummary } from '../../../contracts/partner-requests';
import type { MaybeActor } from '../auth/actor';
import { utcToZonedLocal } from './deadline';
import {
  type RequestContext,
  canAnswerInterest,
  canClosePartnerRequest,
  canComment,
  canDeleteComment,
  canEditComment,
  canEditPartnerRequest,
  canExtendPartnerRequest,
  canFollow,
  canModerateComments,
  canPublishPartnerRequest,
  canViewMatches,
} from './partner-requests.policy';
import type { CommentRow, InterestRow, PartnerRequestRow } from './partner-requests.repository';
import type { getPartnerRequestDetail } from './partner-requests.service';

export function presentSummary(row: PartnerRequestRow, lead: { id: string; slug: string; name: string }): PartnerRequestSummary {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    kind: row.kind,
    status: row.status,
    visibility: row.visibility,
    lead: { id: lead.id, slug: lead.slug, name: lead.name },
    deadline: row.deadline.toISOString(),
    timeZone: row.timeZone,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentDetail(actor: MaybeActor, d: Awaited<ReturnType<typeof getPartnerRequestDetail>>): PartnerRequest {
  const { row, ctx, lead } = d;
  return {
    ...presentSummary(row, lead),
    description: row.description,
    deadlineLocal: utcToZonedLocal(row.deadline, row.timeZone),
    leadOrganisation: {
      id: lead.id,
      slug: lead.slug,
      name: lead.name,
      type: lead.type,
      country: lead.country,
      regionCode: lead.regionCode,
      regionName: lead.regionName,
      city: lead.city,
      website: lead.website,
      descriptionEn: lead.descriptionEn,
      descriptionFr: lead.descriptionFr,
      memberCount: lead.memberCount,
    },
    partners: d.partners.map((p) => ({
      // A registered partner is linked only when its profile is public (or it would be a dead link).
      organisation:
        p.organisationId && p.orgSlug && p.orgPublic
          ? { id: p.organisationId, slug: p.orgSlug, name: p.orgName ?? '', type: p.orgType ?? 'other' }
          : null,
      name: p.name ?? p.orgName ?? '',
    })),
    profileSought: {
      organisationTypes: row.soughtTypes,
      technologies: row.soughtTechnologies,
      applicationDomains: row.soughtDomains,
      valueChainRoles: row.soughtRoles,
      countries: row.soughtCountries,
      regions: row.soughtRegions,
    },
    contact: d.contact ? { userId: d.contact.id, displayName: d.contact.displayName } : null,
    following: d.follow.following,
    followers: d.follow.followers,
    interestOrganisations: d.interestOrganisations,
    myInterests: d.myInterests.map((i) => ({ organisation: i.organisation, status: i.interest.status, answer: i.interest.answer })),
    can: {
      edit: canEditPartnerRequest(actor, ctx),
      publish: canPublishPartnerRequest(actor, ctx),
      close: canClosePartnerRequest(actor, ctx),
      extend: canExtendPartnerRequest(actor, ctx),
      viewMatches: canViewMatches(actor, ctx),
      viewInterests: canAnswerInterest(actor, ctx),
      expressInterest: d.interestOrganisations.length > 0,
      follow: canFollow(actor, ctx),
      comment: canComment(actor, ctx),
    },
  };
}

export function presentInterest(i: { interest: InterestRow; organisation: { id: string; slug: string; name: string }; userName: string | null }): Interest {
  return {
    id: i.interest.id,
    organisation: i.organisation,
    user: { id: i.interest.userId ?? '', displayName: i.userName ?? '' },
    message: i.interest.message,
    status: i.interest.status,
    answer: i.interest.answer,
    answeredAt: i.interest.answeredAt?.toISOString() ?? null,
    createdAt: i.interest.createdAt.toISOString(),
  };
}

export function presentComment(actor: MaybeActor, ctx: RequestContext, comment: CommentRow, authorName: string | null): Comment {
  return {
    id: comment.id,
    author: comment.authorId ? { id: comment.authorId, displayName: authorName ?? '' } : null,
    body: comment.body,
    hidden: comment.hidden,
    createdAt: comment.createdAt.toISOString(),
    updatedAt: comment.updatedAt.toISOString(),
    can: {
      edit: canEditComment(actor, comment),
      delete: canDeleteComment(actor, ctx, comment),
      hide: canModerateComments(actor, ctx),
    },
  };
}
