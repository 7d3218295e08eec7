import { redirect } from 'react-router';
import { z } from 'zod';
import {
  CreateNeedBodySchema,
  CreateOfferBodySchema,
  UpdateNeedBodySchema,
  UpdateOfferBodySchema,
  type Need,
  type Offer,
} from '../../../contracts/offers-needs';
import { failureFromError, failureFromIssues } from '../../lib/forms';
import { membershipsApi } from '../memberships/memberships-api';
import { organisationsApi } from '../organisations/organisations-api';
import { needsApi, offersApi } from './offers-needs-api';

/** An organisation the user may publish for, with what new offers and needs start from. */
export interface PublishingOrganisation {
  id: string;
  name: string;
  technologies: string[];
  applicationDomains: string[];
}

/** The organisations the user administers (active), with their technologies and domains. */
export async function loadPublishingOrganisations(): Promise<PublishingOrganisation[]> {
  const { items } = await membershipsApi.mine();
  const admin = items.filter((m) => m.role === 'admin' && m.status === 'active');
  const profiles = await Promise.all(admin.map((m) => organisationsApi.get(m.organisation.id)));
  return profiles.map((o) => ({
    id: o.id,
    name: o.name,
    technologies: o.technologies,
    applicationDomains: o.applicationDomains,
  }));
}

export const OfferFormValuesSchema = z.object({
  organisationId: z.string(),
  title: z.string(),
  summary: z.string(),
  descriptionEn: z.string(),
  descriptionFr: z.string(),
  technologies: z.array(z.string()),
  applicationDomains: z.array(z.string()),
  trl: z.string(),
  collaborationModes: z.array(z.string()),
  ipStatus: z.string(),
});
export type OfferFormValues = z.infer<typeof OfferFormValuesSchema>;

export const NeedFormValuesSchema = z.object({
  organisationId: z.string(),
  title: z.string(),
  problem: z.string(),
  applicationDomains: z.array(z.string()),
  technologies: z.array(z.string()),
  constraints: z.string(),
  budgetMin: z.string(),
  budgetMax: z.string(),
  wantedBy: z.string(),
});
export type NeedFormValues = z.infer<typeof NeedFormValuesSchema>;

export function offerFormValues(
  organisation: PublishingOrganisation | undefined,
  offer?: Offer,
): OfferFormValues {
  return {
    organisationId: offer?.organisation.id ?? organisation?.id ?? '',
    title: offer?.title ?? '',
    summary: offer?.summary ?? '',
    descriptionEn: offer?.descriptionEn ?? '',
    descriptionFr: offer?.descriptionFr ?? '',
    technologies: offer?.technologies ?? organisation?.technologies ?? [],
    applicationDomains: offer?.applicationDomains ?? organisation?.applicationDomains ?? [],
    trl: offer?.trl ? String(offer.trl) : '',
    collaborationModes: offer?.collaborationModes ?? [],
    ipStatus: offer?.ipStatus ?? '',
  };
}

export function needFormValues(
  organisation: PublishingOrganisation | undefined,
  need?: Need,
): NeedFormValues {
  return {
    organisationId: need?.organisation.id ?? organisation?.id ?? '',
    title: need?.title ?? '',
    problem: need?.problem ?? '',
    applicationDomains: need?.applicationDomains ?? organisation?.applicationDomains ?? [],
    technologies: need?.technologies ?? organisation?.technologies ?? [],
    constraints: need?.constraints ?? '',
    budgetMin: need?.budgetMin != null ? String(need.budgetMin) : '',
    budgetMax: need?.budgetMax != null ? String(need.budgetMax) : '',
    wantedBy: need?.wantedBy ?? '',
  };
}

/** "" is "not stated"; anything else must be a whole number (the schema says so if not). */
const amount = (v: string) => (v.trim() === '' ? null : Number(v.replace(/[\s,]/g, '')));

function offerBody(v: OfferFormValues) {
  return {
    title: v.title,
    summary: v.summary,
    descriptionEn: v.descriptionEn,
    descriptionFr: v.descriptionFr,
    technologies: v.technologies,
    applicationDomains: v.applicationDomains,
    trl: v.trl ? Number(v.trl) : null,
    collaborationModes: v.collaborationModes,
    ipStatus: v.ipStatus || null,
  };
}

function needBody(v: NeedFormValues) {
  return {
    title: v.title,
    problem: v.problem,
    applicationDomains: v.applicationDomains,
    technologies: v.technologies,
    constraints: v.constraints,
    budgetMin: amount(v.budgetMin),
    budgetMax: amount(v.budgetMax),
    budgetCurrency: 'EUR',
    wantedBy: v.wantedBy || null,
  };
}

/** Create (existing null) or update an offer from the form's JSON; on success, its page. */
export async function saveOffer(request: Request, existing: string | null) {
  const values = OfferFormValuesSchema.safeParse(await request.json());
  if (!values.success) return failureFromIssues(values.error.issues);
  const body = offerBody(values.data);
  const parsed = existing
    ? UpdateOfferBodySchema.safeParse(body)
    : CreateOfferBodySchema.safeParse({ ...body, organisationId: values.data.organisationId });
  if (!parsed.success) return failureFromIssues(parsed.error.issues);
  try {
    const saved = existing
      ? await offersApi.update(existing, body as Parameters<typeof offersApi.update>[1])
      : await offersApi.create({ ...body, organisationId: values.data.organisationId } as Parameters<
          typeof offersApi.create
        >[0]);
    return redirect(`/offers/${saved.id}?${existing ? 'saved' : 'created'}=1`);
  } catch (error) {
    return failureFromError(error);
  }
}

export async function saveNeed(request: Request, existing: string | null) {
  const values = NeedFormValuesSchema.safeParse(await request.json());
  if (!values.success) return failureFromIssues(values.error.issues);
  const body = needBody(values.data);
  const parsed = existing
    ? UpdateNeedBodySchema.safeParse(body)
    : CreateNeedBodySchema.safeParse({ ...body, organisationId: values.data.organisationId });
  if (!parsed.success) return failureFromIssues(parsed.error.issues);
  try {
    const saved = existing
      ? await needsApi.update(existing, body as Parameters<typeof needsApi.update>[1])
      : await needsApi.create({ ...body, organisationId: values.data.organisationId } as Parameters<
          typeof needsApi.create
        >[0]);
    return redirect(`/needs/${saved.id}?${existing ? 'saved' : 'created'}=1`);
  } catch (error) {
    return failureFromError(error);
  }
}
