import { describe, expect, it } from 'vitest';
import { createMatcher, renderReason } from '../../algorithms/matching';
import { taxonomyTerms } from '../../db/seed/taxonomy-data';
import {
  isOnTopic,
  needCandidate,
  needQuery,
  offerCandidate,
  offerQuery,
  offerRoles,
} from './offers-needs.matching';
import type { NeedRow, OfferRow, OwnerRow } from './offers-needs.repository';

const terms = taxonomyTerms();
const at = new Date('2031-01-01T00:00:00Z');

const owner = (id: string, overrides: Partial<OwnerRow> = {}): OwnerRow => ({
  id,
  slug: id,
  name: id,
  type: 'sme',
  countryCode: 'FR',
  regionCode: 'FRI1',
  regionName: 'Aquitaine',
  status: 'published',
  listingConsent: true,
  technologies: [],
  applicationDomains: [],
  valueChainRoles: [],
  ...overrides,
});

const offer = (id: string, overrides: Partial<OfferRow>): OfferRow => ({
  id,
  organisationId: 'org',
  title: 'Offer',
  summary: 'An offer.',
  descriptionEn: null,
  descriptionFr: null,
  technologies: [],
  applicationDomains: [],
  trl: null,
  collaborationModes: [],
  ipStatus: null,
  status: 'published',
  contactUserId: null,
  publishedAt: at,
  createdAt: at,
  updatedAt: at,
  ...overrides,
});

const need = (id: string, overrides: Partial<NeedRow>): NeedRow => ({
  id,
  organisationId: 'org',
  title: 'Need',
  problem: 'A need.',
  applicationDomains: [],
  technologies: [],
  constraints: null,
  budgetMin: null,
  budgetMax: null,
  budgetCurrency: 'EUR',
  wantedBy: null,
  status: 'published',
  contactUserId: null,
  publishedAt: at,
  createdAt: at,
  updatedAt: at,
  ...overrides,
});

const lab = owner('lab', {
  type: 'technology_centre',
  valueChainRoles: ['rnd', 'service_provider', 'end_user'],
});
const femto = owner('femto', { valueChainRoles: [] });
const maker = owner('maker', {
  type: 'large_company',
  countryCode: 'IT',
  regionCode: 'ITC1',
  valueChainRoles: ['end_user'],
});

const welding = offer('o-weld', {
  title: 'In-line laser welding monitoring',
  summary: 'Real-time monitoring of laser welding seams with coaxial cameras.',
  technologies: ['tech:laser-processing.welding'],
  applicationDomains: ['domain:manufacturing-control'],
});
const glass = offer('o-glass', {
  title: 'Femtosecond glass drilling',
  summary: 'Micro-holes in glass with femtosecond pulses.',
  technologies: ['tech:lasers.ultrafast'],
  applicationDomains: ['domain:health'],
});
const weldNeed = need('n-weld', {
  title: 'Contrôle qualité soudure laser',
  problem: 'Nous cherchons un contrôle qualité en ligne de la soudure laser de nos pièces.',
  applicationDomains: ['domain:manufacturing-control'],
});

describe('offers and needs as matching candidates', () => {
  it('speaks for a provider in an offer, in the roles the organisation declares, and for an end user in a need', () => {
    expect(offerRoles(lab)).toEqual(['rnd', 'service_provider']);
    expect(offerRoles(femto)).toEqual(['rnd']);
    expect(offerCandidate(welding, lab)).toMatchObject({
      id: 'o-weld',
      type: 'technology_centre',
      country: 'FR',
      region: 'FRI1',
      roles: ['rnd', 'service_provider'],
    });
    expect(needCandidate(weldNeed, maker)).toMatchObject({
      id: 'n-weld',
      type: 'large_company',
      country: 'IT',
      roles: ['end_user'],
    });
  });

  it('ranks the welding offer for a French need, with the term it matched and complementarity as reasons', () => {
    const matcher = createMatcher([offerCandidate(welding, lab), offerCandidate(glass, femto)], terms);
    const [best, ...rest] = matcher.rank(needQuery(weldNeed, maker)).matches.filter(isOnTopic);
    expect(best?.organisationId).toBe('o-weld');
    expect(rest.map((m) => m.organisationId)).not.toContain('o-glass');
    const texts = best!.reasons.map((r) => renderReason(r, 'fr'));
    expect(texts).toContain('propose soudage laser — correspond à « soudure laser »');
    expect(texts).toContain(
      'R&D et prestataire de services, complémentaire de votre besoin d’utilisateur final',
    );
  });

  it('ranks the need for the offer, the other way round, as an end user complementary to the offer', () => {
    const other = need('n-glass', {
      title: 'Drilled glass for a sensor',
      problem: 'We need micro-drilled glass windows.',
      applicationDomains: ['domain:health'],
    });
    const matcher = createMatcher(
      [
        needCandidate(weldNeed, maker),
        needCandidate(other, owner('clinic', { valueChainRoles: ['end_user'] })),
      ],
      terms,
    );
    const [best] = matcher.rank(offerQuery(welding, lab)).matches.filter(isOnTopic);
    expect(best?.organisationId).toBe('n-weld');
    const complementary = best!.reasons.find((r) => r.code === 'complementary_role');
    expect(complementary && renderReason(complementary, 'en')).toContain(
      'complementary to your technology offer',
    );
  });

  it('does not list a match that rests only on who publishes it', () => {
    expect(
      isOnTopic({
        organisationId: 'x',
        score: 3,
        reasons: [
          {
            code: 'complementary_role',
            points: 3,
            evidence: [],
            params: { kind: 'provider_for_need', roles: ['rnd'], type: null, domain: null },
          },
        ],
      }),
    ).toBe(false);
    expect(
      isOnTopic({
        organisationId: 'x',
        score: 1.2,
        reasons: [{ code: 'text_relevance', points: 1.2, evidence: [], params: { words: ['laser'] } }],
      }),
    ).toBe(true);
  });
});
