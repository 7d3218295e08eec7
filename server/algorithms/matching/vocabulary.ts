/**
 * Organisation types and value-chain roles: their EN/FR display names, the spellings imports use for
 * them, and the words by which a partner request asks for them ("nous cherchons une PME").
 */
import { normaliseLabel } from './text';
import { ORGANISATION_TYPES, VALUE_CHAIN_ROLES as ROLES, type OrganisationType, type ValueChainRole as Role } from '../../../contracts/organisations';

export { ORGANISATION_TYPES, ROLES, type OrganisationType, type Role };

export type Lang = 'en' | 'fr';

interface Entry {
  en: string;
  fr: string;
  /** Import spellings besides the code and the two display names (compared normalised). */
  aliases: readonly string[];
  /** Words of a request that ask for this value (analysed like any text, both languages). */
  cues: readonly string[];
}

export const TYPE_VOCABULARY: Readonly<Record<OrganisationType, Entry>> = {
  cluster_organisation: {
    en: 'cluster organisation',
    fr: 'organisation de cluster',
    aliases: ['cluster', 'cluster organization', 'competitiveness cluster', 'pole de competitivite'],
    cues: ['cluster organisation', 'pôle de compétitivité', 'cluster manager'],
  },
  sme: {
    en: 'SME',
    fr: 'PME',
    aliases: [
      'small and medium sized enterprise',
      'small business',
      'start up',
      'startup',
      'tpe',
      'micro enterprise',
    ],
    cues: ['SME', 'SMEs', 'PME', 'TPE', 'start-up', 'startup', 'small company', 'petite entreprise'],
  },
  large_company: {
    en: 'large company',
    fr: 'grande entreprise',
    aliases: ['large enterprise', 'corporate', 'corporation', 'large', 'grand groupe'],
    cues: [
      'large company',
      'large companies',
      'large enterprise',
      'grande entreprise',
      'grand groupe',
      'industrial group',
    ],
  },
  research_organisation: {
    en: 'research organisation',
    fr: 'organisme de recherche',
    aliases: [
      'research organization',
      'research institute',
      'research centre',
      'research center',
      'rto',
      'laboratory',
      'lab',
    ],
    cues: [
      'research organisation',
      'research institute',
      'research laboratory',
      'research lab',
      'laboratoire de recherche',
      'organisme de recherche',
      'institut de recherche',
      'academic partner',
      'partenaire académique',
      'laboratoire',
    ],
  },
  university: {
    en: 'university',
    fr: 'université',
    aliases: ['higher education', 'higher education institution', 'school', 'ecole'],
    cues: ['university', 'universities', 'université', 'academic partner', 'partenaire académique'],
  },
  technology_centre: {
    en: 'technology centre',
    fr: 'centre technologique',
    aliases: ['technology center', 'technology transfer centre', 'innovation centre', 'crt', 'cea tech'],
    cues: ['technology centre', 'technology center', 'centre technologique', 'centre de transfert'],
  },
  public_authority: {
    en: 'public authority',
    fr: 'autorité publique',
    aliases: ['public body', 'government', 'public administration', 'regional authority', 'agency'],
    cues: ['public authority', 'autorité publique', 'collectivité', 'regional agency'],
  },
  investor: {
    en: 'investor',
    fr: 'investisseur',
    aliases: ['investment fund', 'venture capital', 'vc', 'fund', 'business angel'],
    cues: [
      'investor',
      'investors',
      'investisseur',
      'venture capital',
      'capital-risque',
      'fonds d’investissement',
    ],
  },
  other: { en: 'organisation', fr: 'organisation', aliases: ['other', 'autre'], cues: [] },
};

export const ROLE_VOCABULARY: Readonly<Record<Role, Entry>> = {
  component_supplier: {
    en: 'component supplier',
    fr: 'fournisseur de composants',
    aliases: ['supplier', 'manufacturer', 'component manufacturer', 'fournisseur', 'fabricant'],
    cues: ['supplier', 'suppliers', 'manufacturer', 'fournisseur', 'fabricant', 'component supplier'],
  },
  system_integrator: {
    en: 'system integrator',
    fr: 'intégrateur de systèmes',
    aliases: ['integrator', 'systems integrator', 'integrateur', 'oem'],
    cues: ['integrator', 'integrators', 'intégrateur', 'intégrateurs', 'system integrator'],
  },
  end_user: {
    en: 'end user',
    fr: 'utilisateur final',
    aliases: ['user', 'end users', 'customer', 'utilisateur', 'client'],
    // Hospitals and clinics are the end users of photonics for health; a request naming one wants a user.
    cues: [
      'end user',
      'end users',
      'end-user',
      'utilisateur final',
      'utilisateurs finaux',
      'hospital',
      'hôpital',
      'clinic',
      'clinique',
    ],
  },
  service_provider: {
    en: 'service provider',
    fr: 'prestataire de services',
    aliases: ['services', 'service', 'provider', 'subcontractor', 'prestataire', 'sous traitant'],
    cues: [
      'service provider',
      'prestataire',
      'subcontractor',
      'subcontracting',
      'sous-traitant',
      'sous-traitance',
      'job shop',
    ],
  },
  rnd: {
    en: 'R&D',
    fr: 'R&D',
    aliases: [
      'research and development',
      'research development',
      'research',
      'recherche et developpement',
      'rd',
    ],
    cues: ['R&D partner', 'research partner', 'partenaire de recherche'],
  },
};

function lookupTable<K extends string>(vocabulary: Readonly<Record<K, Entry>>): ReadonlyMap<string, K> {
  const table = new Map<string, K>();
  for (const [code, entry] of Object.entries(vocabulary) as [K, Entry][]) {
    for (const name of [code, entry.en, entry.fr, ...entry.aliases]) table.set(normaliseLabel(name), code);
  }
  return table;
}

const TYPE_LOOKUP = lookupTable(TYPE_VOCABULARY);
const ROLE_LOOKUP = lookupTable(ROLE_VOCABULARY);

/** Spelling variants an import may use for the same word ("organization", "end-user", "R & D"). */
const spellingVariants = (label: string) =>
  normaliseLabel(label)
    .replace(/organization/g, 'organisation')
    .replace(/\bcenter\b/g, 'centre');

export function parseOrganisationType(label: string): OrganisationType | null {
  const key = spellingVariants(label);
  return (
    TYPE_LOOKUP.get(key) ??
    TYPE_LOOKUP.get(key.replace(/ /g, '')) ??
    TYPE_LOOKUP.get(key.replace(/s$/, '')) ??
    null
  );
}

export function parseRole(label: string): Role | null {
  const key = spellingVariants(label);
  return (
    ROLE_LOOKUP.get(key) ??
    ROLE_LOOKUP.get(key.replace(/ /g, '')) ??
    ROLE_LOOKUP.get(key.replace(/s$/, '')) ??
    null
  );
}

export function typeName(type: OrganisationType, lang: Lang): string {
  return TYPE_VOCABULARY[type][lang];
}

export function roleName(role: Role, lang: Lang): string {
  return ROLE_VOCABULARY[role][lang];
}
