/**
 * Deterministic generator of realistic synthetic organisations (for load tests and benchmarks).
 *
 * Same shape as the demo organisations, with skewed distributions: Zipf-like over regions (Île-de-France,
 * Nouvelle-Aquitaine, Bavaria and Piemonte heaviest) and technologies, a type mix dominated by SMEs,
 * technologies that cluster within one family, EN and/or FR descriptions built from taxonomy labels and
 * synonyms, and 0–3 memberships of the demo clusters. No Math.random: everything derives from `seed`.
 */
import {
  demoClusterKeys,
  type DemoOrganisation,
  type OrganisationType,
  type SizeBand,
  type ValueChainRole,
} from './demo-data';
import { KIND_PREFIX, rawTerms, regionRows, type RawTerm, type RegionRow } from './taxonomy-data';

export type SyntheticOrganisation = Omit<DemoOrganisation, 'cluster'>;

// ---------------------------------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------------------------------

/** mulberry32: small, fast 32-bit PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  int(minInclusive: number, maxInclusive: number): number {
    return minInclusive + Math.floor(this.next() * (maxInclusive - minInclusive + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
}

/** Weighted sampling by binary search over cumulative weights. */
class Weighted<T> {
  private readonly items: readonly T[];
  private readonly cumulative: number[] = [];
  private readonly total: number;
  constructor(items: readonly T[], weights: readonly number[]) {
    if (items.length === 0 || items.length !== weights.length) throw new Error('bad weighted list');
    this.items = items;
    let sum = 0;
    for (const w of weights) this.cumulative.push((sum += w));
    this.total = sum;
  }
  sample(rng: Rng): T {
    const x = rng.float() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] ?? 0) > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo] as T;
  }
}

const zipf = (n: number, s: number) => Array.from({ length: n }, (_, rank) => 1 / (rank + 1) ** s);

/** FNV-1a: a stable, seed-independent order for the long tails of the distributions. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** `head` first (in that order), then the rest in a stable pseudo-random order. */
function rankOrder<T>(items: readonly T[], id: (t: T) => string, head: readonly string[]): T[] {
  const byId = new Map(items.map((t) => [id(t), t]));
  const first = head.flatMap((h) => byId.get(h) ?? []);
  const firstIds = new Set(first.map(id));
  const rest = items.filter((t) => !firstIds.has(id(t))).sort((a, b) => fnv1a(id(a)) - fnv1a(id(b)));
  return [...first, ...rest];
}

// ---------------------------------------------------------------------------------------------------
// Static distributions
// ---------------------------------------------------------------------------------------------------

// prettier-ignore
const HOT_REGIONS = [
  'FR10', 'FRI1', 'DE21', 'ITC1', 'FRK2', 'DEG0', 'ITC4', 'DE30', 'FRL0', 'FRH0', 'NL41', 'DE12', 'FI1B',
  'LT01', 'ES51', 'DED2', 'DEA2', 'BE24', 'ES30', 'SE22', 'CH01', 'CH04', 'AT13', 'UKJ1', 'UKI3', 'FRJ2',
  'ITI1', 'PL91', 'CZ01', 'DK01', 'PT17', 'FI1D', 'SE11', 'NL33', 'UKM7', 'ITI4', 'FRI2', 'LT02',
];

// prettier-ignore
const HOT_TECHNOLOGIES = [
  'lasers.ultrafast', 'imaging.machine-vision', 'laser-processing.micromachining', 'laser-processing.welding',
  'optical-sensors.fibre', 'lasers.fibre', 'optical-components.coatings', 'laser-processing.cutting', 'lidar',
  'optical-components.precision-optics', 'spectroscopy.raman', 'integrated-photonics.silicon',
  'biophotonics.medical-imaging', 'imaging.infrared', 'laser-processing.additive.slm', 'lighting.led',
  'lasers.diode', 'imaging.hyperspectral', 'metrology.interferometry', 'optical-communications.fibre',
];

/** Plausible domains and S3 areas per top-level technology family (codes without prefix). */
// prettier-ignore
const FAMILY_AFFINITY: Readonly<Record<string, { domains: string[]; s3: string[] }>> = {
  lasers: { domains: ['manufacturing-control', 'materials-generic', 'health'], s3: ['photonics', 'advanced-manufacturing'] },
  'laser-processing': {
    domains: ['manufacturing-control'],
    s3: ['advanced-manufacturing', 'efficient-sustainable-manufacturing', '3d-printing', 'smes-industry-4-0'],
  },
  'optical-sensors': { domains: ['security-space', 'manufacturing-control', 'energy-lighting-display'], s3: ['water', 'smes-industry-4-0'] },
  imaging: { domains: ['manufacturing-control', 'security-space', 'health'], s3: ['smes-industry-4-0', 'ai-human-machine'] },
  lidar: { domains: ['security-space', 'manufacturing-control'], s3: ['mobility', 'ai-human-machine'] },
  spectroscopy: { domains: ['health', 'manufacturing-control', 'materials-generic'], s3: ['chemicals', 'water'] },
  metrology: { domains: ['manufacturing-control', 'materials-generic'], s3: ['advanced-manufacturing', 'smes-industry-4-0'] },
  'optical-communications': { domains: ['telecoms'], s3: ['cyber-valleys'] },
  'integrated-photonics': { domains: ['telecoms', 'materials-generic'], s3: ['nano-enabled-products'] },
  displays: { domains: ['energy-lighting-display'], s3: ['ai-human-machine'] },
  lighting: { domains: ['energy-lighting-display'], s3: ['efficient-sustainable-manufacturing', 'mobility'] },
  photovoltaics: { domains: ['energy-lighting-display'], s3: ['efficient-sustainable-manufacturing', 'advanced-manufacturing'] },
  'optical-components': { domains: ['materials-generic', 'manufacturing-control'], s3: ['advanced-manufacturing'] },
  'photonic-materials': { domains: ['materials-generic'], s3: ['nano-enabled-products', 'batteries'] },
  quantum: { domains: ['telecoms', 'security-space', 'materials-generic'], s3: ['cyber-valleys'] },
  microwaves: { domains: ['telecoms', 'security-space'], s3: ['advanced-manufacturing'] },
  biophotonics: { domains: ['health'], s3: ['medical-technology', 'personalised-medicine'] },
  'short-wavelength': { domains: ['health', 'manufacturing-control', 'materials-generic'], s3: ['medical-technology', 'advanced-manufacturing'] },
  'optical-design': { domains: ['materials-generic'], s3: ['advanced-manufacturing'] },
  'space-optics': { domains: ['security-space'], s3: ['advanced-manufacturing'] },
  optronics: { domains: ['security-space'], s3: ['cyber-valleys'] },
};

// prettier-ignore
const TYPE_MIX = new Weighted<OrganisationType>(
  ['sme', 'large_company', 'research_organisation', 'university', 'technology_centre', 'public_authority', 'investor', 'other'],
  [62, 8, 10, 6, 5, 2, 2, 5],
);

const SIZE_BY_TYPE: Readonly<Record<OrganisationType, Weighted<SizeBand | null>>> = {
  cluster_organisation: new Weighted<SizeBand | null>(['micro', 'small'], [1, 2]),
  sme: new Weighted<SizeBand | null>(['micro', 'small', 'medium', null], [38, 38, 20, 4]),
  large_company: new Weighted<SizeBand | null>(['large'], [1]),
  research_organisation: new Weighted<SizeBand | null>(['small', 'medium', 'large', null], [3, 4, 2, 1]),
  university: new Weighted<SizeBand | null>(['medium', 'large'], [1, 4]),
  technology_centre: new Weighted<SizeBand | null>(['small', 'medium'], [3, 2]),
  public_authority: new Weighted<SizeBand | null>(['small', 'medium', null], [2, 2, 1]),
  investor: new Weighted<SizeBand | null>(['micro', 'small', null], [3, 2, 1]),
  other: new Weighted<SizeBand | null>(['medium', 'large', null], [2, 2, 1]),
};

/** [earliest, latest, skew]: skew > 1 favours recent years. */
const FOUNDED_BY_TYPE: Readonly<Record<OrganisationType, readonly [number, number, number]>> = {
  cluster_organisation: [1995, 2020, 1],
  sme: [1975, 2024, 1.8],
  large_company: [1880, 2010, 0.8],
  research_organisation: [1940, 2020, 1],
  university: [1800, 1995, 0.7],
  technology_centre: [1985, 2020, 1.2],
  public_authority: [1985, 2020, 1],
  investor: [1995, 2023, 1.5],
  other: [1880, 2015, 0.8],
};

const ROLE_MIX = new Weighted<ValueChainRole>(
  ['component_supplier', 'system_integrator', 'service_provider', 'rnd', 'end_user'],
  [45, 20, 18, 12, 5],
);

const HOME_CLUSTERS: ReadonlyArray<readonly [string, string]> = [
  ['FRI', 'alpha-rlh'],
  ['FRH0', 'photonics-bretagne'],
  ['FRL0', 'optitec'],
  ['ITC1', 'mesap'],
  ['LT', 'lla'],
  ['FI', 'photonics-finland'],
];

const OUTSIDE_EUROPE = new Weighted<string>(
  ['US', 'CA', 'JP', 'KR', 'CN', 'TW', 'IL', 'SG', 'IN', 'AU', 'BR'],
  [30, 14, 14, 10, 10, 6, 6, 4, 3, 2, 1],
);

const FRENCH_SPEAKING = (country: string, region: string | null) =>
  country === 'FR' ||
  country === 'LU' ||
  country === 'MC' ||
  region === 'CH01' ||
  /^BE(10|3)/.test(region ?? '');

const CITIES: Readonly<Record<string, readonly string[]>> = {
  FR10: ['Paris', 'Palaiseau', 'Orsay', 'Massy', 'Saclay', 'Versailles', 'Marne-la-Vallée'],
  FRI1: ['Bordeaux', 'Talence', 'Pessac', 'Mérignac', 'Pau', 'Le Barp'],
  FRI2: ['Limoges', 'Brive-la-Gaillarde'],
  FRI3: ['Poitiers', 'La Rochelle', 'Niort'],
  FRK2: ['Grenoble', 'Lyon', 'Saint-Étienne', 'Annecy'],
  FRL0: ['Marseille', 'Aix-en-Provence', 'Nice', 'Sophia Antipolis', 'Toulon'],
  FRH0: ['Lannion', 'Rennes', 'Brest', 'Lorient'],
  FRJ2: ['Toulouse', 'Tarbes'],
  DE21: ['München', 'Garching', 'Ingolstadt', 'Rosenheim', 'Gilching'],
  DE12: ['Karlsruhe', 'Pforzheim'],
  DE30: ['Berlin'],
  DEG0: ['Jena', 'Erfurt', 'Ilmenau'],
  DED2: ['Dresden'],
  DEA2: ['Aachen', 'Köln', 'Bonn'],
  ITC1: ['Torino', 'Novara', 'Ivrea', 'Cuneo', 'Alessandria'],
  ITC4: ['Milano', 'Bergamo', 'Brescia', 'Monza'],
  ITI1: ['Firenze', 'Pisa'],
  ITI4: ['Roma', 'Frascati'],
  LT01: ['Vilnius'],
  LT02: ['Kaunas', 'Klaipėda'],
  FI1B: ['Helsinki', 'Espoo'],
  FI1D: ['Oulu', 'Joensuu', 'Kuopio'],
  NL41: ['Eindhoven', 'Veldhoven'],
  NL33: ['Delft', 'Leiden'],
  BE24: ['Leuven'],
  ES51: ['Barcelona', 'Castelldefels'],
  ES30: ['Madrid'],
  SE22: ['Lund', 'Malmö'],
  SE11: ['Stockholm', 'Kista'],
  CH01: ['Lausanne', 'Genève', 'Neuchâtel'],
  CH04: ['Zürich', 'Winterthur'],
  AT13: ['Wien'],
  PL91: ['Warszawa'],
  CZ01: ['Praha'],
  DK01: ['København', 'Lyngby'],
  PT17: ['Lisboa'],
  UKJ1: ['Oxford', 'Reading'],
  UKI3: ['London'],
  UKM7: ['Edinburgh'],
};

const OUTSIDE_CITIES: Readonly<Record<string, readonly string[]>> = {
  US: ['Tucson', 'Rochester', 'Boston', 'San Jose', 'Orlando', 'Boulder'],
  CA: ['Québec', 'Montréal', 'Ottawa', 'Toronto'],
  JP: ['Hamamatsu', 'Tokyo', 'Osaka', 'Sendai'],
  KR: ['Daejeon', 'Gwangju', 'Seoul'],
  CN: ['Wuhan', 'Shenzhen', 'Shanghai'],
  TW: ['Hsinchu', 'Taipei'],
  IL: ['Jerusalem', 'Haifa'],
  SG: ['Singapore'],
  IN: ['Bengaluru'],
  AU: ['Adelaide', 'Sydney'],
  BR: ['Campinas'],
};

// prettier-ignore
const LEGAL_FORMS: Readonly<Record<string, readonly [string, string]>> = {
  // [SME form, large-company form]
  FR: ['SAS', 'SA'], DE: ['GmbH', 'AG'], AT: ['GmbH', 'AG'], CH: ['SA', 'AG'], IT: ['S.r.l.', 'S.p.A.'],
  ES: ['S.L.', 'S.A.'], PT: ['Lda', 'S.A.'], NL: ['B.V.', 'N.V.'], BE: ['SRL', 'NV'], LU: ['S.à r.l.', 'S.A.'],
  PL: ['sp. z o.o.', 'S.A.'], CZ: ['s.r.o.', 'a.s.'], SK: ['s.r.o.', 'a.s.'], LT: ['UAB', 'AB'], LV: ['SIA', 'AS'],
  EE: ['OÜ', 'AS'], FI: ['Oy', 'Oyj'], SE: ['AB', 'AB'], DK: ['ApS', 'A/S'], NO: ['AS', 'ASA'], GB: ['Ltd', 'plc'],
  IE: ['Ltd', 'plc'], US: ['Inc.', 'Corp.'], CA: ['Inc.', 'Corp.'], JP: ['K.K.', 'Corporation'],
  KR: ['Co., Ltd.', 'Co., Ltd.'], CN: ['Co., Ltd.', 'Group Co., Ltd.'],
};

// prettier-ignore
const NAME_PREFIXES = ['Opti', 'Lumi', 'Photo', 'Lux', 'Femto', 'Pico', 'Nano', 'Spectra', 'Holo', 'Las', 'Vis', 'Radi', 'Quant', 'Ir', 'Cohe', 'Pho', 'Ray', 'Prism', 'Lumin', 'Phot'];
// prettier-ignore
const NAME_ROOTS = ['tek', 'nova', 'lis', 'ra', 'gen', 'wave', 'core', 'line', 'scan', 'beam', 'sys', 'ix', 'on', 'ia', 'lab', 'vion', 'tis', 'um', 'ex', 'ence'];
const NAME_SUFFIXES = ['Photonics', 'Optics', 'Laser', 'Systems', 'Technologies', 'Instruments'];
const LARGE_COMPANY_SUFFIXES = [
  'Industries',
  'Group',
  'Aerospace',
  'Automotive',
  'Medical',
  'Energy',
  'Technologies',
];
const INVESTOR_SUFFIXES = ['Ventures', 'Capital', 'Partners', 'Invest'];

// prettier-ignore
const FAMILY_SUFFIX: Readonly<Record<string, string>> = {
  lasers: 'Lasers', 'laser-processing': 'Laser Solutions', imaging: 'Vision', lidar: 'Lidar', spectroscopy: 'Spectral',
  'optical-components': 'Optics', 'integrated-photonics': 'Photonics', quantum: 'Quantum', lighting: 'Lighting',
  biophotonics: 'Medical', photovoltaics: 'Solar', 'optical-sensors': 'Sensing', metrology: 'Metrology',
};

// ---------------------------------------------------------------------------------------------------
// Generation
// ---------------------------------------------------------------------------------------------------

interface TechTerm {
  code: string;
  family: string;
  term: RawTerm;
}

interface Model {
  regions: Weighted<RegionRow>;
  technologies: Weighted<TechTerm>;
  byFamily: ReadonlyMap<string, TechTerm[]>;
  domainLabels: ReadonlyMap<string, RawTerm>;
  domainCodes: readonly string[];
  clusterKeys: readonly string[];
}

let model: Model | undefined;

function buildModel(): Model {
  const regions = rankOrder(regionRows(), (r) => r.code, HOT_REGIONS);
  // Leaves are much more likely than broad parent terms.
  const techTerms: TechTerm[] = rawTerms('technology').map((term) => ({
    code: term.code,
    family: term.code.split('.')[0] ?? term.code,
    term,
  }));
  const ranked = rankOrder(techTerms, (t) => t.code, HOT_TECHNOLOGIES);
  const isParent = new Set(techTerms.flatMap((t) => (t.term.parent ? [t.term.parent] : [])));
  const techWeights = zipf(ranked.length, 0.9).map((w, i) =>
    isParent.has(ranked[i]?.code ?? '') ? w / 4 : w,
  );
  const byFamily = new Map<string, TechTerm[]>();
  for (const t of techTerms) byFamily.set(t.family, [...(byFamily.get(t.family) ?? []), t]);
  return {
    regions: new Weighted(regions, zipf(regions.length, 0.95)),
    technologies: new Weighted(ranked, techWeights),
    byFamily,
    domainLabels: new Map(rawTerms('application_domain').map((t) => [t.code, t])),
    domainCodes: rawTerms('application_domain').map((t) => t.code),
    clusterKeys: [...demoClusterKeys].sort(),
  };
}

const PROPER_NOUNS = new Set(['Raman', 'Earth', 'Fourier', 'Doppler', 'Bragg', 'Shack-Hartmann']);
/** Sentence-case label → mid-sentence form; acronyms ("LED …", "SiN …") and proper nouns are kept. */
const lowerFirst = (s: string) => {
  const firstWord = s.split(/[\s/]/, 1)[0] ?? '';
  return /^.+[A-Z0-9]/.test(firstWord) || PROPER_NOUNS.has(firstWord)
    ? s
    : s.charAt(0).toLowerCase() + s.slice(1);
};
const titleCase = (s: string) =>
  s.replace(/(^|[\s-])([a-z])([a-z]*)/g, (word, sep: string, first: string, rest: string) =>
    ['and', 'of', 'for', 'the'].includes(first + rest) ? word : sep + first.toUpperCase() + rest,
  );
const elide = (word: string) => (/^[aeiouyéèêàâîôûh]/i.test(word) ? `d'${word}` : `de ${word}`);
const slugify = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
/** A readable place name from a NUTS name ("Prov. Liège" → "Liège", "Friesland (NL)" → "Friesland"). */
const placeName = (region: RegionRow) =>
  (region.name.split('/')[0] ?? region.name)
    .replace(/^Prov\.\s*/, '')
    .replace(/\s*\(.*\)$/, '')
    .trim();

function pickDistinct<T>(rng: Rng, count: number, draw: () => T, key: (t: T) => string): T[] {
  const out = new Map<string, T>();
  for (let attempts = 0; out.size < count && attempts < count * 4; attempts++) {
    const t = draw();
    out.set(key(t), t);
  }
  return [...out.values()];
}

function pickTechnologies(rng: Rng, m: Model, type: OrganisationType): TechTerm[] {
  const count = type === 'investor' || type === 'public_authority' ? rng.int(0, 2) : rng.int(1, 5);
  // Hospitals and other end users of type "other" work with biophotonics.
  const medical = type === 'other' ? m.byFamily.get('biophotonics') : undefined;
  const first = medical ? rng.pick(medical) : m.technologies.sample(rng);
  const family = m.byFamily.get(first.family) ?? [first];
  // Technologies of one organisation tend to come from the same family.
  return pickDistinct(
    rng,
    count,
    () => (medical || rng.chance(0.6) ? rng.pick(family) : m.technologies.sample(rng)),
    (t) => t.code,
  );
}

function foundedYear(rng: Rng, type: OrganisationType): number {
  const [from, to, skew] = FOUNDED_BY_TYPE[type];
  return to - Math.floor((to - from + 1) * rng.float() ** skew);
}

function pickRoles(rng: Rng, type: OrganisationType): ValueChainRole[] {
  switch (type) {
    case 'sme':
      return [...new Set([ROLE_MIX.sample(rng), ...(rng.chance(0.35) ? [ROLE_MIX.sample(rng)] : [])])];
    case 'large_company':
      return rng.chance(0.6)
        ? ['end_user', ...(rng.chance(0.4) ? (['system_integrator'] as const) : [])]
        : ['component_supplier', 'system_integrator'];
    case 'research_organisation':
    case 'university':
      return rng.chance(0.3) ? ['rnd', 'service_provider'] : ['rnd'];
    case 'technology_centre':
      return ['rnd', 'service_provider'];
    case 'public_authority':
      return rng.chance(0.5) ? ['service_provider'] : [];
    case 'other':
      return ['end_user'];
    default:
      return [];
  }
}

const coinedWord = (rng: Rng) => rng.pick(NAME_PREFIXES) + rng.pick(NAME_ROOTS);

/** "<Prefix><Root> <Suffix> <legal form>", e.g. "Lumiwave Photonics GmbH". */
function companyName(rng: Rng, country: string, large: boolean, family: string | undefined): string {
  const familySuffix = family && rng.chance(0.5) ? FAMILY_SUFFIX[family] : undefined;
  const suffix = large ? rng.pick(LARGE_COMPANY_SUFFIXES) : (familySuffix ?? rng.pick(NAME_SUFFIXES));
  const form = LEGAL_FORMS[country]?.[large ? 1 : 0];
  return [coinedWord(rng), suffix, form].filter(Boolean).join(' ');
}

interface NameContext {
  type: OrganisationType;
  country: string;
  place: string;
  french: boolean;
  /** Top-level term of the organisation's main technology family. */
  family: RawTerm | undefined;
}

function organisationName(rng: Rng, { type, country, place, french, family }: NameContext): string {
  switch (type) {
    case 'sme':
    case 'large_company':
      return companyName(rng, country, type === 'large_company', family?.code);
    case 'research_organisation':
      if (family && rng.chance(0.6)) {
        return french
          ? `Laboratoire ${elide(lowerFirst(family.fr))} ${elide(place)}`
          : `${place} Institute for ${titleCase(family.en)}`;
      }
      return french ? `Institut de photonique ${elide(place)}` : `${place} Photonics Research Centre`;
    case 'university':
      return french ? `Université technologique ${elide(place)}` : `${place} University of Technology`;
    case 'technology_centre':
      return french
        ? `Centre technologique photonique ${elide(place)}`
        : `${place} Photonics Technology Centre`;
    case 'public_authority':
      return french ? `Agence de développement économique ${elide(place)}` : `${place} Innovation Agency`;
    case 'investor':
      return `${coinedWord(rng)} ${rng.pick(INVESTOR_SUFFIXES)}`;
    default:
      return french ? `Centre hospitalier ${elide(place)}` : `${place} University Hospital`;
  }
}

/** Per type: [EN opening, EN verb phrase, FR opening, FR heading of the technology list]. */
const TYPE_PHRASES: Readonly<Record<OrganisationType, readonly [string, string, string, string]>> = {
  cluster_organisation: ['Cluster organisation', 'bringing together players in', 'Cluster', 'thématiques'],
  sme: ['Company', 'specialised in', 'Entreprise', 'compétences'],
  large_company: ['Industrial group', 'working with', 'Groupe industriel', 'technologies mises en œuvre'],
  research_organisation: [
    'Research laboratory',
    'working on',
    'Laboratoire de recherche',
    'thèmes de recherche',
  ],
  university: ['University', 'with research and teaching in', 'Université', 'recherche et formation'],
  technology_centre: ['Technology centre', 'offering expertise in', 'Centre technologique', 'expertises'],
  public_authority: ['Public agency', 'supporting', 'Agence publique', 'filières soutenues'],
  investor: ['Investment fund', 'targeting', 'Fonds d’investissement', 'cibles'],
  other: ['Hospital', 'using', 'Établissement de santé', 'technologies utilisées'],
};

/** A taxonomy label or, sometimes, one of its synonyms (already in mid-sentence form). */
function termText(rng: Rng, term: RawTerm, lang: 'en' | 'fr'): string {
  const synonyms = lang === 'en' ? term.synonyms_en : term.synonyms_fr;
  return synonyms.length > 0 && rng.chance(0.35) ? rng.pick(synonyms) : lowerFirst(term[lang]);
}

function describe(
  rng: Rng,
  type: OrganisationType,
  techs: TechTerm[],
  domains: RawTerm[],
  lang: 'en' | 'fr',
): string {
  const [nounEn, verbEn, nounFr, headingFr] = TYPE_PHRASES[type];
  const skills = techs.map((t) => termText(rng, t.term, lang));
  const markets = domains.map((d) => lowerFirst(d[lang]));
  if (lang === 'en') {
    const what = skills.length ? ` ${verbEn} ${skills.join(', ')}.` : '.';
    const forWhom = markets.length ? ` Markets: ${markets.join('; ')}.` : '';
    const extra =
      type === 'sme' && rng.chance(0.4) ? ' Designed and manufactured in-house, sold worldwide.' : '';
    return `${nounEn}${what}${forWhom}${extra}`;
  }
  const what = skills.length ? ` — ${headingFr} : ${skills.join(', ')}.` : '.';
  const forWhom = markets.length ? ` Marchés : ${markets.join(' ; ')}.` : '';
  const extra =
    type === 'sme' && rng.chance(0.4) ? ' Conception et fabrication en interne, ventes à l’export.' : '';
  return `${nounFr}${what}${forWhom}${extra}`;
}

function isoDate(rng: Rng, fromYear: number, toYear: number): string {
  const y = rng.int(fromYear, Math.max(fromYear, toYear));
  return `${y}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
}

function pickClusters(
  rng: Rng,
  m: Model,
  region: string | null,
  founded: number,
): { key: string; since: string }[] {
  const keys = new Set<string>();
  const home = region ? HOME_CLUSTERS.find(([prefix]) => region.startsWith(prefix))?.[1] : undefined;
  if (home && rng.chance(0.55)) keys.add(home);
  for (let i = 0; i < 2; i++) if (rng.chance(0.07)) keys.add(rng.pick(m.clusterKeys));
  return [...keys].slice(0, 3).map((key) => ({ key, since: isoDate(rng, Math.max(founded, 2005), 2024) }));
}

function generateOne(rng: Rng, m: Model, index: number, seed: number): SyntheticOrganisation {
  const type = TYPE_MIX.sample(rng);
  let country: string;
  let region: RegionRow | null = null;
  if (rng.chance(0.03)) {
    country = OUTSIDE_EUROPE.sample(rng);
  } else {
    region = m.regions.sample(rng);
    country = region.countryCode;
  }
  const regionCode = region && !rng.chance(0.02) ? region.code : null;
  const cityChoices = region ? CITIES[region.code] : OUTSIDE_CITIES[country];
  const city = cityChoices && !rng.chance(0.1) ? rng.pick(cityChoices) : null;
  const place = city ?? (region ? placeName(region) : country);
  const french =
    FRENCH_SPEAKING(country, region?.code ?? null) ||
    (country === 'CA' && city !== null && /Qu|Mont/.test(city));

  const techs = pickTechnologies(rng, m, type);
  const affinity = [...new Set(techs.map((t) => t.family))].map(
    (f) => FAMILY_AFFINITY[f] ?? { domains: ['materials-generic'], s3: [] },
  );
  const domainCodes =
    affinity.length > 0
      ? pickDistinct(
          rng,
          rng.int(1, 3),
          () => rng.pick(rng.pick(affinity).domains),
          (d) => d,
        )
      : pickDistinct(
          rng,
          rng.int(0, 2),
          () => rng.pick(m.domainCodes),
          (d) => d,
        );
  const s3Codes = new Set(rng.chance(0.7) ? ['photonics'] : []);
  for (const a of affinity)
    if (s3Codes.size < 3 && a.s3.length > 0 && rng.chance(0.5)) s3Codes.add(rng.pick(a.s3));
  const domainTerms = domainCodes.flatMap((d) => m.domainLabels.get(d) ?? []);

  const mainFamily = techs[0] ? m.byFamily.get(techs[0].family)?.[0]?.term : undefined;
  const name = organisationName(rng, { type, country, place, french, family: mainFamily });
  const founded = foundedYear(rng, type);
  const langRoll = rng.float();
  const withFr = french ? langRoll < 0.8 : langRoll < 0.05;
  const withEn = french ? langRoll > 0.45 : langRoll < 0.97;
  const keywordSource = techs.flatMap((t) => (withFr && !withEn ? t.term.synonyms_fr : t.term.synonyms_en));

  return {
    key: `syn-${(seed >>> 0).toString(36)}-${index}`,
    name,
    type,
    country,
    region: regionCode,
    city,
    website: rng.chance(0.6)
      ? `https://www.${slugify(name.split(' ').slice(0, 3).join(' ')).slice(0, 40)}.example`
      : null,
    descriptionEn: withEn ? describe(rng, type, techs, domainTerms, 'en') : null,
    descriptionFr: withFr ? describe(rng, type, techs, domainTerms, 'fr') : null,
    sizeBand: SIZE_BY_TYPE[type].sample(rng),
    yearFounded: rng.chance(0.9) ? founded : null,
    technologies: techs.map((t) => KIND_PREFIX.technology + t.code),
    domains: domainCodes.map((d) => KIND_PREFIX.application_domain + d),
    s3Areas: [...s3Codes].map((c) => KIND_PREFIX.s3_area + c),
    roles: pickRoles(rng, type),
    keywords: pickDistinct(
      rng,
      keywordSource.length ? rng.int(1, 4) : 0,
      () => rng.pick(keywordSource),
      (k) => k,
    ),
    clusters: pickClusters(rng, m, regionCode, founded),
  };
}

export function* syntheticOrganisations(count: number, seed: number): Generator<SyntheticOrganisation> {
  model ??= buildModel();
  const rng = new Rng(seed);
  for (let i = 0; i < count; i++) yield generateOne(rng, model, i, seed);
}
