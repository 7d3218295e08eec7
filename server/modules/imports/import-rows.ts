import { IMPORT_FIELDS, type ImportField, type ImportRowError } from '../../../contracts/imports';
import { COUNTRY_CODES } from '../../../contracts/countries';
import { normaliseTokens, type PhraseIndex } from '../../algorithms/search/expand-query';
import { parseOrganisationType, parseRole } from '../../algorithms/matching/vocabulary';

/** Header spellings seen in cluster member lists, English and French. */
const ALIASES: Record<string, ImportField> = {
  id: 'external_id', externalid: 'external_id', reference: 'external_id', ref: 'external_id',
  nom: 'name', organisation: 'name', organization: 'name', raison_sociale: 'name', company: 'name',
  organisation_type: 'type', categorie: 'type', category: 'type',
  pays: 'country', country_code: 'country',
  nuts: 'region', nuts2: 'region', nuts_2: 'region', region_code: 'region',
  ville: 'city', town: 'city',
  site: 'website', site_web: 'website', url: 'website', web: 'website',
  description_en: 'description', summary: 'description', presentation: 'description_fr',
  technologies_photoniques: 'technologies', technology: 'technologies', technologie: 'technologies',
  application_domains: 'domains', domaines: 'domains', domain: 'domains', markets: 'domains', marches: 'domains',
  s3: 's3_areas', s3_area: 's3_areas',
  value_chain_roles: 'roles', role: 'roles',
  mots_cles: 'keywords', tags: 'keywords',
  cluster: 'clusters', memberships: 'clusters', poles: 'clusters',
  consent: 'listing_consent', publish: 'listing_consent', published: 'listing_consent',
};

const headerKey = (h: string) => normaliseTokens(h).join('_');

/** Maps each file column to the field it most likely holds (exact names first, then aliases). */
export function suggestMapping(columns: readonly string[]): Record<string, ImportField> {
  const mapping: Record<string, ImportField> = {};
  const used = new Set<ImportField>();
  for (const column of columns) {
    const key = column.trim().toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
    const field = (IMPORT_FIELDS as readonly string[]).includes(key) ? (key as ImportField) : (ALIASES[key] ?? ALIASES[headerKey(column)]);
    if (field && !used.has(field)) {
      mapping[column] = field;
      used.add(field);
    }
  }
  return mapping;
}

export interface ImportReferences {
  /** Taxonomy phrase index (labels and synonyms, both languages) and every term's kind by code. */
  phraseIndex: PhraseIndex;
  termKinds: Map<string, 'technology' | 'application_domain' | 's3_area'>;
  regionCountry: Map<string, string>;
  /** Cluster organisations by folded name and by slug. */
  clusters: Map<string, string>;
}

export interface ImportOrganisation {
  row: number;
  externalId: string | null;
  name: string;
  type: string;
  country: string;
  region: string | null;
  city: string | null;
  website: string | null;
  descriptionEn: string | null;
  descriptionFr: string | null;
  technologies: string[];
  domains: string[];
  s3Areas: string[];
  roles: string[];
  keywords: string[];
  clusterIds: string[];
  listingConsent: boolean;
}

/** `row` is the line number in the file, the header being line 1. */
export type RowError = ImportRowError;

const countryByName = (() => {
  const map = new Map<string, string>();
  for (const locale of ['en', 'fr']) {
    const names = new Intl.DisplayNames([locale], { type: 'region' });
    for (const code of COUNTRY_CODES) {
      const name = names.of(code);
      if (name) map.set(normaliseTokens(name).join(' '), code);
    }
  }
  for (const code of COUNTRY_CODES) map.set(code.toLowerCase(), code);
  map.set('uk', 'GB');
  map.set('el', 'GR');
  return map;
})();

const fold = (s: string) => normaliseTokens(s).join(' ');
const splitList = (value: string) => value.split(/[;\n|]/).map((v) => v.trim()).filter(Boolean);
const PREFIX = { technologies: 'tech', domains: 'domain', s3_areas: 's3' } as const;
const KIND = { technologies: 'technology', domains: 'application_domain', s3_areas: 's3_area' } as const;

/** A taxonomy term given by code (with or without prefix) or by any label or synonym, in English or French. */
function resolveTerm(value: string, field: keyof typeof PREFIX, refs: ImportReferences): string | null {
  const code = value.includes(':') ? value.toLowerCase() : `${PREFIX[field]}:${value.toLowerCase()}`;
  if (refs.termKinds.get(code) === KIND[field]) return code;
  const candidates = refs.phraseIndex.byPhrase.get(fold(value)) ?? [];
  return candidates.find((c) => refs.termKinds.get(c) === KIND[field]) ?? null;
}

function normaliseWebsite(value: string): string | null {
  const url = /^https?:\/\//i.test(value) ? value : `https://${value}`;
  try {
    const parsed = new URL(url);
    return parsed.hostname.includes('.') ? parsed.toString().replace(/\/$/, '') : null;
  } catch {
    return null;
  }
}

const TRUE = new Set(['true', 'yes', 'y', '1', 'oui', 'o', 'x']);
const FALSE = new Set(['false', 'no', 'n', '0', 'non', '']);

/**
 * Validates every mapped row and turns it into an organisation to upsert. Reports every problem as
 * (row, column, reason) instead of stopping at the first, so the admin can fix the file in one go.
 */
export function validateRows(
  columns: readonly string[],
  rows: readonly string[][],
  mapping: Record<string, ImportField>,
  refs: ImportReferences,
): { organisations: ImportOrganisation[]; errors: RowError[] } {
  const fieldColumn = new Map<ImportField, number>();
  const columnName = new Map<ImportField, string>();
  for (const [column, field] of Object.entries(mapping)) {
    const index = columns.indexOf(column);
    if (index >= 0) {
      fieldColumn.set(field, index);
      columnName.set(field, column);
    }
  }
  const organisations: ImportOrganisation[] = [];
  const errors: RowError[] = [];
  const seenKeys = new Map<string, number>();

  rows.forEach((cells, i) => {
    const row = i + 2;
    const rowErrors: RowError[] = [];
    const get = (field: ImportField) => {
      const index = fieldColumn.get(field);
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    const fail = (field: ImportField, reason: string) => rowErrors.push({ row, column: columnName.get(field) ?? field, reason });

    const name = get('name');
    if (name.length < 2) fail('name', 'A name of at least 2 characters is required');
    if (name.length > 200) fail('name', 'Names are at most 200 characters');
    const typeText = get('type');
    const type = typeText ? parseOrganisationType(typeText) : 'other';
    if (!type) fail('type', `Unknown organisation type "${typeText}"`);
    const countryText = get('country');
    const country = countryByName.get(fold(countryText)) ?? countryByName.get(countryText.toLowerCase()) ?? null;
    if (!countryText) fail('country', 'A country is required (ISO code or name)');
    else if (!country) fail('country', `Unknown country "${countryText}"`);
    const regionText = get('region').toUpperCase();
    const regionCountry = regionText ? refs.regionCountry.get(regionText) : undefined;
    if (regionText && !regionCountry) fail('region', `Unknown NUTS 2 region "${regionText}"`);
    else if (regionText && country && regionCountry !== country) fail('region', `Region ${regionText} is not in ${country}`);
    const websiteText = get('website');
    const website = websiteText ? normaliseWebsite(websiteText) : null;
    if (websiteText && !website) fail('website', `Not a web address: "${websiteText}"`);

    const terms = (field: keyof typeof PREFIX) => {
      const codes: string[] = [];
      for (const item of splitList(get(field))) {
        const code = resolveTerm(item, field, refs);
        if (!code) fail(field, `Unknown ${KIND[field].replace('_', ' ')} "${item}"`);
        else if (!codes.includes(code)) codes.push(code);
      }
      return codes;
    };
    const technologies = terms('technologies');
    const domains = terms('domains');
    const s3Areas = terms('s3_areas');
    const roles: string[] = [];
    for (const item of splitList(get('roles'))) {
      const role = parseRole(item);
      if (!role) fail('roles', `Unknown value-chain role "${item}"`);
      else if (!roles.includes(role)) roles.push(role);
    }
    const clusterIds: string[] = [];
    for (const item of splitList(get('clusters'))) {
      const id = refs.clusters.get(fold(item)) ?? refs.clusters.get(item.toLowerCase());
      if (!id) fail('clusters', `Unknown cluster "${item}"`);
      else if (!clusterIds.includes(id)) clusterIds.push(id);
    }
    const consentText = get('listing_consent').toLowerCase();
    if (!TRUE.has(consentText) && !FALSE.has(consentText)) fail('listing_consent', `Expected yes or no, got "${consentText}"`);

    const externalId = get('external_id') || null;
    const key = externalId ? `id:${externalId}` : website ? `web:${new URL(website).hostname.replace(/^www\./, '')}` : null;
    if (key) {
      const first = seenKeys.get(key);
      if (first !== undefined) fail(externalId ? 'external_id' : 'website', `Same organisation as row ${first}`);
      else seenKeys.set(key, row);
    }

    if (rowErrors.length) {
      errors.push(...rowErrors);
      return;
    }
    organisations.push({
      row,
      externalId,
      name,
      type: type!,
      country: country!,
      region: regionText || null,
      city: get('city') || null,
      website,
      descriptionEn: get('description') || null,
      descriptionFr: get('description_fr') || null,
      technologies,
      domains,
      s3Areas,
      roles,
      keywords: splitList(get('keywords')).slice(0, 40),
      clusterIds,
      listingConsent: TRUE.has(consentText),
    });
  });
  return { organisations, errors };
}
