/**
 * Reference data (taxonomies and NUTS 2 regions) read from server/db/seed/data/*.json, exposed as typed
 * rows with the database codes ("tech:…", "domain:…", "s3:…"). Pure apart from reading the bundled files,
 * so algorithms and tests can use the same data offline.
 */
import { readFileSync } from 'node:fs';
import type { TaxonomyKind } from '../../../contracts/taxonomy';
import { isCountryCode } from '../../../contracts/countries';

/** One term as stored in the JSON data files (code without prefix). */
export interface RawTerm {
  code: string;
  parent: string | null;
  en: string;
  fr: string;
  synonyms_en: string[];
  synonyms_fr: string[];
}

/** One region as stored in nuts2-regions.json. */
export interface RawRegion {
  code: string;
  name: string;
  country: string;
  version: string;
}

export interface TaxonomyTermRow {
  code: string;
  kind: TaxonomyKind;
  parentCode: string | null;
  labelEn: string;
  labelFr: string;
  synonymsEn: string[];
  synonymsFr: string[];
  position: number;
}

export interface RegionRow {
  code: string;
  name: string;
  countryCode: string;
  nutsVersion: string;
}

export const TAXONOMY_KINDS_IN_ORDER: readonly TaxonomyKind[] = [
  'technology',
  'application_domain',
  's3_area',
];

export const TAXONOMY_FILES: Readonly<Record<TaxonomyKind, string>> = {
  technology: 'technologies.json',
  application_domain: 'application-domains.json',
  s3_area: 's3-areas.json',
};

/** Database codes are prefixed by kind so that they are unique across taxonomies. */
export const KIND_PREFIX: Readonly<Record<TaxonomyKind, string>> = {
  technology: 'tech:',
  application_domain: 'domain:',
  s3_area: 's3:',
};

export const REGIONS_FILE = 'nuts2-regions.json';

/** Lowercase dotted path: segments of letters, digits and hyphens. */
const RAW_CODE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

const cache = new Map<string, unknown>();

function readData<T>(file: string): T {
  let value = cache.get(file);
  if (value === undefined) {
    value = JSON.parse(readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8'));
    cache.set(file, value);
  }
  return value as T;
}

export function rawTerms(kind: TaxonomyKind): readonly RawTerm[] {
  return readData<RawTerm[]>(TAXONOMY_FILES[kind]);
}

export function rawRegions(): readonly RawRegion[] {
  return readData<RawRegion[]>(REGIONS_FILE);
}

export function prefixedCode(kind: TaxonomyKind, code: string): string {
  return KIND_PREFIX[kind] + code;
}

/** Taxonomy rows as inserted in taxonomy_terms; position is the index in the data file. */
export function taxonomyTerms(kind?: TaxonomyKind): TaxonomyTermRow[] {
  const kinds = kind ? [kind] : TAXONOMY_KINDS_IN_ORDER;
  return kinds.flatMap((k) =>
    rawTerms(k).map((t, position) => ({
      code: prefixedCode(k, t.code),
      kind: k,
      parentCode: t.parent === null ? null : prefixedCode(k, t.parent),
      labelEn: t.en,
      labelFr: t.fr,
      synonymsEn: [...t.synonyms_en],
      synonymsFr: [...t.synonyms_fr],
      position,
    })),
  );
}

export function regionRows(): RegionRow[] {
  return rawRegions().map((r) => ({
    code: r.code,
    name: r.name,
    countryCode: r.country,
    nutsVersion: r.version,
  }));
}

/** Structural problems in a taxonomy file (empty when valid). */
export function taxonomyProblems(kind: TaxonomyKind): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const t of rawTerms(kind)) {
    const where = `${TAXONOMY_FILES[kind]} ${t.code}`;
    if (!RAW_CODE_PATTERN.test(t.code)) problems.push(`${where}: invalid code`);
    if (seen.has(t.code)) problems.push(`${where}: duplicate code`);
    const expectedParent = t.code.includes('.') ? t.code.slice(0, t.code.lastIndexOf('.')) : null;
    if (t.parent !== expectedParent) problems.push(`${where}: parent must be ${String(expectedParent)}`);
    if (t.parent !== null && !seen.has(t.parent))
      problems.push(`${where}: parent must come before its children`);
    if (kind !== 'technology' && t.parent !== null) problems.push(`${where}: must be top-level`);
    if (!t.en.trim() || !t.fr.trim()) problems.push(`${where}: missing label`);
    for (const s of [...t.synonyms_en, ...t.synonyms_fr]) {
      if (!s.trim()) problems.push(`${where}: empty synonym`);
    }
    seen.add(t.code);
  }
  return problems;
}

/** Prefixed codes of one kind (or of all kinds). */
export function taxonomyCodeSet(kind?: TaxonomyKind): Set<string> {
  return new Set(taxonomyTerms(kind).map((t) => t.code));
}

/** The fields of an organisation that reference reference data or other organisations. */
export interface OrganisationReferences {
  key: string;
  country: string;
  region: string | null;
  technologies: readonly string[];
  domains: readonly string[];
  s3Areas: readonly string[];
  clusters: readonly { key: string; since: string }[];
}

export interface ReferenceContext {
  technologies: ReadonlySet<string>;
  domains: ReadonlySet<string>;
  s3Areas: ReadonlySet<string>;
  regions: ReadonlyMap<string, RegionRow>;
  clusterKeys: ReadonlySet<string>;
}

export function referenceContext(clusterKeys: Iterable<string>): ReferenceContext {
  return {
    technologies: taxonomyCodeSet('technology'),
    domains: taxonomyCodeSet('application_domain'),
    s3Areas: taxonomyCodeSet('s3_area'),
    regions: new Map(regionRows().map((r) => [r.code, r])),
    clusterKeys: new Set(clusterKeys),
  };
}

/** Dangling or inconsistent references of one organisation (empty when valid). */
export function referenceErrors(org: OrganisationReferences, ctx: ReferenceContext): string[] {
  const errors: string[] = [];
  const checkCodes = (field: string, codes: readonly string[], known: ReadonlySet<string>) => {
    for (const c of codes) if (!known.has(c)) errors.push(`${org.key}: unknown ${field} ${c}`);
    if (new Set(codes).size !== codes.length) errors.push(`${org.key}: duplicate ${field}`);
  };
  if (!isCountryCode(org.country)) errors.push(`${org.key}: unknown country ${org.country}`);
  if (org.region !== null) {
    const region = ctx.regions.get(org.region);
    if (!region) errors.push(`${org.key}: unknown region ${org.region}`);
    else if (region.countryCode !== org.country) {
      errors.push(`${org.key}: region ${org.region} is not in ${org.country}`);
    }
  }
  checkCodes('technology', org.technologies, ctx.technologies);
  checkCodes('domain', org.domains, ctx.domains);
  checkCodes('S3 area', org.s3Areas, ctx.s3Areas);
  checkCodes(
    'cluster',
    org.clusters.map((c) => c.key),
    ctx.clusterKeys,
  );
  for (const c of org.clusters) {
    if (c.key === org.key) errors.push(`${org.key}: member of itself`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(c.since) || Number.isNaN(Date.parse(c.since))) {
      errors.push(`${org.key}: bad date ${c.since}`);
    }
  }
  return errors;
}
