import type { Organisation } from '../../../contracts/organisations';

const FILLED_FIELDS = [
  'city',
  'website',
  'descriptionEn',
  'descriptionFr',
  'sizeBand',
  'yearFounded',
  'contactEmail',
] as const;
const UNITED_LISTS = [
  'technologies',
  'applicationDomains',
  's3Areas',
  'valueChainRoles',
  'keywords',
] as const;

export interface MergePlan {
  /** Empty fields of the survivor that take the duplicate's value. */
  fills: { field: (typeof FILLED_FIELDS)[number] | 'regionName'; value: string }[];
  /** Values of the duplicate's lists that the survivor lacks. */
  adds: { field: (typeof UNITED_LISTS)[number]; values: string[] }[];
  /** Clusters the duplicate belongs to and the survivor does not. */
  clusters: Organisation['clusters'];
}

/** What the merge API will do, computed from both profiles with the server's rules (see mergeOrganisations). */
export function planMerge(duplicate: Organisation, survivor: Organisation): MergePlan {
  const fills: MergePlan['fills'] = [];
  for (const field of FILLED_FIELDS) {
    const value = duplicate[field];
    if (survivor[field] === null && value !== null && value !== '')
      fills.push({ field, value: String(value) });
  }
  if (!survivor.regionCode && duplicate.regionCode && duplicate.countryCode === survivor.countryCode) {
    fills.push({ field: 'regionName', value: duplicate.regionName ?? duplicate.regionCode });
  }
  const adds = UNITED_LISTS.map((field) => ({
    field,
    values: (duplicate[field] as string[]).filter((v) => !(survivor[field] as string[]).includes(v)),
  })).filter((a) => a.values.length > 0);
  const clusters = duplicate.clusters.filter(
    (c) => c.id !== survivor.id && !survivor.clusters.some((s) => s.id === c.id),
  );
  return { fills, adds, clusters };
}
