import { describe, expect, it } from 'vitest';
import type { Organisation } from '../../../contracts/organisations';
import { planMerge } from './merge-plan';

let next = 0;
function organisation(overrides: Partial<Organisation> = {}): Organisation {
  next += 1;
  const id = `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`;
  return {
    id,
    slug: `org-${next}`,
    name: `Org ${next}`,
    type: 'sme',
    countryCode: 'FR',
    regionCode: null,
    regionName: null,
    city: null,
    descriptionEn: null,
    descriptionFr: null,
    technologies: [],
    applicationDomains: [],
    valueChainRoles: [],
    status: 'published',
    website: null,
    sizeBand: null,
    yearFounded: null,
    s3Areas: [],
    keywords: [],
    contactEmail: null,
    listingConsent: true,
    isPublic: true,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    cluster: null,
    clusters: [],
    can: {
      edit: true,
      manageMembers: true,
      manageClusterMembers: false,
      validateCluster: true,
      requestToJoin: false,
    },
    myMembership: null,
    ...overrides,
  };
}

const cluster = (name: string) => ({ ...organisation({ name, type: 'cluster_organisation' }), since: null });

describe('merge plan shown before a merge', () => {
  it('fills only the fields the survivor lacks, and the region only within one country', () => {
    const survivor = organisation({ city: 'Talence', website: null });
    const duplicate = organisation({
      city: 'Pessac',
      website: 'https://a.example',
      yearFounded: 2001,
      regionCode: 'FRI1',
      regionName: 'Aquitaine',
    });
    expect(planMerge(duplicate, survivor).fills).toEqual([
      { field: 'website', value: 'https://a.example' },
      { field: 'yearFounded', value: '2001' },
      { field: 'regionName', value: 'Aquitaine' },
    ]);
    const abroad = organisation({ countryCode: 'IT' });
    expect(planMerge(duplicate, abroad).fills.map((f) => f.field)).not.toContain('regionName');
  });

  it('adds the list values the survivor lacks and the clusters it is not in', () => {
    const alpha = cluster('ALPHA-RLH');
    const mesap = cluster('MESAP');
    const survivor = organisation({ technologies: ['tech:lasers'], clusters: [alpha] });
    const duplicate = organisation({
      technologies: ['tech:lasers', 'tech:optics'],
      keywords: ['lidar'],
      clusters: [alpha, mesap],
    });
    const plan = planMerge(duplicate, survivor);
    expect(plan.adds).toEqual([
      { field: 'technologies', values: ['tech:optics'] },
      { field: 'keywords', values: ['lidar'] },
    ]);
    expect(plan.clusters.map((c) => c.name)).toEqual(['MESAP']);
  });
});
