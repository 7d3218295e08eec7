/**
 * Demo organisations.
 *
 * The first block holds real organisations, described only with what the seed documents say about them
 * (PIMI partner request on the ECCP, DEFI Photonique, Photonics Bretagne good practice, Optitec press
 * release). Their cluster extras (FTE, member split, labels) are NOT in the sources: they are plausible
 * demo values, marked as such. Everything after the "Fictional" marker is invented; websites of fictional
 * organisations use the reserved .example domain.
 *
 * Taxonomy codes carry their database prefix ("tech:", "domain:", "s3:"); seed-data.test.ts checks that
 * every code, region and cluster key exists.
 */

export type OrganisationType =
  | 'cluster_organisation'
  | 'sme'
  | 'large_company'
  | 'research_organisation'
  | 'university'
  | 'technology_centre'
  | 'public_authority'
  | 'investor'
  | 'other';

export type SizeBand = 'micro' | 'small' | 'medium' | 'large';

export type ValueChainRole =
  'component_supplier' | 'system_integrator' | 'end_user' | 'service_provider' | 'rnd';

export interface ClusterMembership {
  key: string;
  since: string;
}

export interface ClusterExtras {
  managementFte: number;
  memberCount: number;
  membersCompanies: number;
  membersResearch: number;
  membersPublic: number;
  labels: { label: 'bronze' | 'silver' | 'gold'; awardedOn: string }[];
}

export interface DemoOrganisation {
  key: string; // stable slug, e.g. 'alpha-rlh'
  name: string;
  type: OrganisationType;
  country: string; // ISO 3166-1 alpha-2
  region: string | null; // NUTS 2 code from data/nuts2-regions.json
  city: string | null;
  website: string | null;
  descriptionEn: string | null;
  descriptionFr: string | null;
  sizeBand: SizeBand | null;
  yearFounded: number | null;
  technologies: string[]; // 'tech:…'
  domains: string[]; // 'domain:…'
  s3Areas: string[]; // 's3:…'
  roles: ValueChainRole[];
  keywords: string[];
  clusters: ClusterMembership[]; // memberships, by cluster key
  cluster?: ClusterExtras;
}

const tech = (...codes: string[]) => codes.map((c) => `tech:${c}`);
const dom = (...codes: string[]) => codes.map((c) => `domain:${c}`);
const s3 = (...codes: string[]) => codes.map((c) => `s3:${c}`);
const member = (key: string, since: string): ClusterMembership => ({ key, since });

const ALL_DEFI_DOMAINS = dom(
  'telecoms',
  'health',
  'energy-lighting-display',
  'manufacturing-control',
  'security-space',
  'materials-generic',
);

const PIMI_EN =
  'PIMI – Photonics for Industrial Modernisation Initiative, the European Strategic Cluster Partnership for Smart Specialisation Investments led by ALPHA-RLH with MESAP (Piemonte), the Lithuanian Laser Association and Photonics Finland';

// ---------------------------------------------------------------------------------------------------
// Real organisations (seed documents). Cluster extras below are plausible demo values, not sourced.
// ---------------------------------------------------------------------------------------------------

const realOrganisations: DemoOrganisation[] = [
  {
    key: 'alpha-rlh',
    name: 'ALPHA-RLH – Route des Lasers et des Hyperfréquences',
    type: 'cluster_organisation',
    country: 'FR',
    region: 'FRI1',
    city: 'Talence',
    website: 'https://www.alpha-rlh.com',
    descriptionEn:
      'Competitiveness cluster (pôle de compétitivité) for lasers, photonics and microwaves in Nouvelle-Aquitaine, France. ' +
      `ALPHA-RLH leads the ${PIMI_EN}. PIMI helps regions and their SMEs use photonics, a key enabling technology, ` +
      'for industrial modernisation — from laser additive manufacturing, laser polishing and laser etching to laser metal ' +
      'deposition and selective laser melting — through joint roadmapping, matchmaking and inter-regional investment projects.',
    descriptionFr:
      'Pôle de compétitivité Route des Lasers et des Hyperfréquences en Nouvelle-Aquitaine : lasers, photonique et ' +
      'hyperfréquences. ALPHA-RLH est chef de file de PIMI (Photonics for Industrial Modernisation Initiative), partenariat ' +
      'stratégique européen de clusters avec MESAP (Piémont), la Lithuanian Laser Association et Photonics Finland, qui ' +
      'aide les régions et leurs PME à mettre la photonique au service de la modernisation industrielle : fabrication ' +
      'additive laser, polissage laser, dépôt de métal par laser, fusion laser sélective.',
    sizeBand: null,
    yearFounded: null,
    technologies: tech(
      'lasers',
      'microwaves',
      'laser-processing',
      'laser-processing.additive',
      'laser-processing.additive.lmd',
      'laser-processing.additive.slm',
      'laser-processing.polishing',
      'laser-processing.marking',
    ),
    domains: dom('manufacturing-control', 'materials-generic'),
    s3Areas: s3('photonics', 'advanced-manufacturing', '3d-printing', 'efficient-sustainable-manufacturing'),
    roles: ['service_provider'],
    keywords: [
      'PIMI',
      'industrial modernisation',
      'smart specialisation',
      'ESCP-S3',
      'key enabling technologies',
      'digital photonic production',
      'pôle de compétitivité',
    ],
    clusters: [],
    // Plausible demo values (not in the sources).
    cluster: {
      managementFte: 14,
      memberCount: 320,
      membersCompanies: 230,
      membersResearch: 60,
      membersPublic: 30,
      labels: [{ label: 'gold', awardedOn: '2018-06-15' }],
    },
  },
  {
    key: 'mesap',
    name: 'MESAP Innovation Cluster – Smart Products and Manufacturing',
    type: 'cluster_organisation',
    country: 'IT',
    region: 'ITC1',
    city: 'Torino',
    website: null,
    descriptionEn:
      'Innovation cluster for smart products and manufacturing in the Piemonte region, Italy, and partner of PIMI. MESAP ' +
      'actively works with innovative laser technologies to modernise production processes for regional manufacturing, ' +
      'one of the main regional R&D priorities in line with the Piemonte S3 strategy in the field of mechatronics. ' +
      '95% of MESAP members are companies of different sizes, both providers and users of photonic technologies, ' +
      'involved in 14 industrial markets.',
    descriptionFr: null,
    sizeBand: null,
    yearFounded: null,
    technologies: tech('laser-processing', 'lasers'),
    domains: dom('manufacturing-control'),
    s3Areas: s3(
      'advanced-manufacturing',
      'smes-industry-4-0',
      'photonics',
      'efficient-sustainable-manufacturing',
    ),
    roles: ['service_provider'],
    keywords: ['mechatronics', 'smart manufacturing', 'Piemonte S3', 'PIMI', 'industrial modernisation'],
    clusters: [],
    // Plausible demo values; only the 95 % company share comes from the source.
    cluster: {
      managementFte: 6,
      memberCount: 200,
      membersCompanies: 190,
      membersResearch: 7,
      membersPublic: 3,
      labels: [{ label: 'silver', awardedOn: '2017-11-20' }],
    },
  },
  {
    key: 'lla',
    name: 'Lithuanian Laser Association',
    type: 'cluster_organisation',
    country: 'LT',
    region: 'LT01',
    city: 'Vilnius',
    website: null,
    descriptionEn:
      `Association of the Lithuanian laser sector and partner of the ${PIMI_EN}. Through PIMI it connects Lithuanian ` +
      'laser companies with industrial regions across Europe to build joint smart-specialisation investment projects.',
    descriptionFr: null,
    sizeBand: null,
    yearFounded: null,
    technologies: tech('lasers', 'lasers.ultrafast', 'laser-processing'),
    domains: dom('manufacturing-control', 'materials-generic'),
    s3Areas: s3('photonics', 'advanced-manufacturing'),
    roles: ['service_provider'],
    keywords: ['laser industry', 'PIMI', 'industrial modernisation', 'Lithuania'],
    clusters: [],
    // Plausible demo values (not in the sources).
    cluster: {
      managementFte: 3,
      memberCount: 45,
      membersCompanies: 34,
      membersResearch: 9,
      membersPublic: 2,
      labels: [{ label: 'bronze', awardedOn: '2016-09-01' }],
    },
  },
  {
    key: 'photonics-finland',
    name: 'Photonics Finland',
    type: 'cluster_organisation',
    country: 'FI',
    region: null,
    city: null,
    website: null,
    descriptionEn:
      `Finnish photonics cluster and science-park network, partner of the ${PIMI_EN}. Photonics and industrial ` +
      'modernisation are a smart specialisation priority in Finland, as in all PIMI partner regions.',
    descriptionFr: null,
    sizeBand: null,
    yearFounded: null,
    technologies: tech('lasers', 'optical-components', 'imaging'),
    domains: dom('manufacturing-control', 'materials-generic'),
    s3Areas: s3('photonics'),
    roles: ['service_provider'],
    keywords: ['photonics cluster', 'science park', 'PIMI', 'Finland'],
    clusters: [],
    // Plausible demo values (not in the sources).
    cluster: {
      managementFte: 2.5,
      memberCount: 90,
      membersCompanies: 68,
      membersResearch: 18,
      membersPublic: 4,
      labels: [],
    },
  },
  {
    key: 'photonics-bretagne',
    name: 'Photonics Bretagne',
    type: 'cluster_organisation',
    country: 'FR',
    region: 'FRH0',
    city: 'Lannion',
    website: 'https://www.photonics-bretagne.com',
    descriptionEn:
      'Photonics cluster of Brittany, France. Since June 2013 it has routinely organised focused events where technology ' +
      'providers — local ones where possible — and end users or system integrators meet: high-level guests open the day, ' +
      'end users present their needs and providers their technology offer, with plenty of time for networking and ' +
      'optional BtoB meetings to close the day. Such an event costs about €25k; one every three months means about ' +
      '€100k a year per region.',
    descriptionFr:
      'Cluster photonique de Bretagne. Depuis juin 2013, Photonics Bretagne organise régulièrement des journées ' +
      'thématiques qui font se rencontrer fournisseurs de technologies, locaux si possible, et utilisateurs finaux ou ' +
      'intégrateurs : ouverture par des invités de haut niveau, présentation des besoins des utilisateurs et de l’offre ' +
      'technologique, larges temps d’échange et rendez-vous d’affaires BtoB en fin de journée.',
    sizeBand: null,
    yearFounded: null,
    technologies: tech(
      'optical-components.fibres',
      'optical-components.fibres.microstructured',
      'lasers.fibre',
      'optical-sensors.fibre',
    ),
    domains: dom('telecoms', 'manufacturing-control', 'materials-generic'),
    s3Areas: s3('photonics'),
    roles: ['service_provider'],
    keywords: ['technology/application days', 'BtoB meetings', 'end users', 'matchmaking', 'Bretagne'],
    clusters: [],
    // Plausible demo values (not in the sources).
    cluster: {
      managementFte: 9,
      memberCount: 110,
      membersCompanies: 85,
      membersResearch: 17,
      membersPublic: 8,
      labels: [{ label: 'silver', awardedOn: '2019-03-12' }],
    },
  },
  {
    key: 'optitec',
    name: 'Optitec',
    type: 'cluster_organisation',
    country: 'FR',
    region: 'FRL0',
    city: 'Marseille',
    website: 'https://www.pole-optitec.com',
    descriptionEn:
      'Photonics and imaging cluster (pôle de compétitivité) of southern France with 200 members and 180 labelled ' +
      'projects. Optitec aims to cover the whole value chain, from R&D to market, and to maximise the economic and ' +
      'industrial outcomes — especially exports — of R&D and innovation projects. Its four strategic domains: green ' +
      'photonics (waste sorting, pollutant detection, LED/OLED lighting…), photonics for industrial processes, security ' +
      'and surveillance, and scientific and medical instrumentation.',
    descriptionFr:
      'Optitec, cluster photonique et imagerie du sud de la France, avec 200 membres et 180 projets labellisés, a pour ' +
      'ambition de couvrir l’ensemble de la chaîne de valeur de la filière, de la R&D au marché, et de maximiser les ' +
      'débouchés économiques et industriels des entreprises, en particulier à l’export. Quatre domaines d’activités ' +
      'stratégiques : green-photonics (tri des déchets, détection des polluants, éclairage LED/OLED…), photonique ' +
      'appliquée au process industriel, sécurité et surveillance, instrumentation scientifique et médicale. Le pôle ' +
      'porte le programme « Perspective PME » et est signataire de la convention inter-pôles Corpe.',
    sizeBand: null,
    yearFounded: null,
    technologies: tech(
      'imaging',
      'lighting.led',
      'lighting.oled',
      'optical-sensors.environmental',
      'laser-processing',
      'biophotonics',
      'metrology',
    ),
    domains: dom('energy-lighting-display', 'manufacturing-control', 'security-space', 'health'),
    s3Areas: s3('photonics', 'efficient-sustainable-manufacturing', 'medical-technology'),
    roles: ['service_provider'],
    keywords: [
      'green photonics',
      'imagerie',
      'tri des déchets',
      'détection des polluants',
      'instrumentation scientifique et médicale',
      'Perspective PME',
      'contrat de performance',
    ],
    clusters: [],
    // memberCount is from the source; the rest are plausible demo values.
    cluster: {
      managementFte: 10,
      memberCount: 200,
      membersCompanies: 150,
      membersResearch: 35,
      membersPublic: 15,
      labels: [{ label: 'gold', awardedOn: '2017-05-30' }],
    },
  },
  {
    key: 'cnop',
    name: "CNOP – Comité National d'Optique et de Photonique",
    type: 'other',
    country: 'FR',
    region: null,
    city: null,
    website: null,
    descriptionEn:
      'National committee of the French optics and photonics community. Project owner of DEFI Photonique, run with AFOP ' +
      'in response to the national call “Strengthening the competitiveness of SMIs and strategic industrial sectors”, ' +
      'to define an industrial strategy, structure the sector and offer services and continuing training to companies, ' +
      'especially micro-enterprises and SMEs, in six priority domains.',
    descriptionFr:
      'Comité national de la filière optique photonique, maître d’ouvrage du projet DEFI Photonique mené avec l’AFOP ' +
      'en réponse à l’appel à projets national « Renforcement de la compétitivité des PMI et des filières industrielles ' +
      'stratégiques ». DEFI Photonique vise à définir une stratégie industrielle, structurer la filière et accompagner ' +
      'les TPE et PME dans six domaines : télécoms ; santé et vivant ; énergie, éclairage, affichage ; manufacturing et ' +
      'contrôle ; surveillance, sécurité, spatial ; matériaux et technologies génériques.',
    sizeBand: null,
    yearFounded: null,
    technologies: [],
    domains: ALL_DEFI_DOMAINS,
    s3Areas: s3('photonics'),
    roles: [],
    keywords: ['DEFI Photonique', 'filière optique photonique', 'stratégie industrielle', 'KET'],
    clusters: [],
  },
  {
    key: 'afop',
    name: "AFOP – Association Française des industries de l'Optique et de la Photonique",
    type: 'other',
    country: 'FR',
    region: null,
    city: null,
    website: null,
    descriptionEn:
      'French optics and photonics industry association, prime contractor of DEFI Photonique (project owner: CNOP). ' +
      'DEFI Photonique offers growth and development support to micro-enterprises and SMEs and a continuing-training ' +
      'programme, to anchor photonics activities in France and raise the international visibility of French photonics.',
    descriptionFr:
      'Association française des industries de l’optique et de la photonique, maître d’œuvre de DEFI Photonique. Le ' +
      'projet propose un accompagnement des TPE et PME en croissance et développement (axe 1) et une offre de formation ' +
      'continue (axe 2), pour ancrer durablement la photonique sur le territoire et accroître la visibilité ' +
      'internationale de la photonique française.',
    sizeBand: null,
    yearFounded: null,
    technologies: [],
    domains: ALL_DEFI_DOMAINS,
    s3Areas: s3('photonics'),
    roles: ['service_provider'],
    keywords: ['DEFI Photonique', 'association professionnelle', 'formation continue', 'TPE', 'PME'],
    clusters: [],
  },
];

// ---------------------------------------------------------------------------------------------------
// Fictional organisations.
// ---------------------------------------------------------------------------------------------------

const fictionalOrganisations: DemoOrganisation[] = [
  // France — Nouvelle-Aquitaine
  {
    key: 'pulsalis',
    name: 'Pulsalis Micro-Usinage',
    type: 'sme',
    country: 'FR',
    region: 'FRI1',
    city: 'Pessac',
    website: 'https://www.pulsalis.example',
    descriptionEn:
      'Pulsalis specialises in femtosecond laser micro-machining: cutting, drilling and surface texturing of glass, ' +
      'sapphire, polymers and metals for medical devices, watchmaking and aerospace parts, from prototypes to pre-series.',
    descriptionFr:
      'Pulsalis est spécialisée dans le micro-usinage laser femtoseconde : découpe, perçage et texturation de surface ' +
      'du verre, du saphir, des polymères et des métaux pour les dispositifs médicaux, l’horlogerie et l’aéronautique, ' +
      'du prototype à la présérie.',
    sizeBand: 'micro',
    yearFounded: 2014,
    technologies: tech(
      'lasers.ultrafast',
      'laser-processing.micromachining',
      'laser-processing.drilling',
      'laser-processing.texturing',
      'laser-processing.cutting',
    ),
    domains: dom('manufacturing-control', 'health'),
    s3Areas: s3('photonics', 'advanced-manufacturing', 'medical-technology'),
    roles: ['service_provider', 'rnd'],
    keywords: ['femtosecond', 'micro-machining', 'glass cutting', 'medical implants', 'sous-traitance laser'],
    clusters: [member('alpha-rlh', '2015-01-15')],
  },
  {
    key: 'orvalis-lasers',
    name: 'Orvalis Lasers',
    type: 'sme',
    country: 'FR',
    region: 'FRI1',
    city: 'Mérignac',
    website: 'https://www.orvalis-lasers.example',
    descriptionEn:
      'Designer and manufacturer of industrial ultrafast fibre lasers (picosecond and femtosecond, up to 200 W average ' +
      'power) for micromachining, display manufacturing and ophthalmic surgery OEMs.',
    descriptionFr:
      'Conception et fabrication de lasers à fibre ultrabrefs industriels (picoseconde et femtoseconde, jusqu’à 200 W ' +
      'de puissance moyenne) pour les intégrateurs de micro-usinage, la fabrication d’écrans et la chirurgie ' +
      'ophtalmique.',
    sizeBand: 'small',
    yearFounded: 2009,
    technologies: tech('lasers.ultrafast', 'lasers.fibre', 'lasers.high-power'),
    domains: dom('manufacturing-control', 'health', 'materials-generic'),
    s3Areas: s3('photonics', 'advanced-manufacturing'),
    roles: ['component_supplier', 'rnd'],
    keywords: ['ultrafast laser', 'fibre laser', 'OEM', 'picosecond', 'femtoseconde'],
    clusters: [member('alpha-rlh', '2010-06-01'), member('optitec', '2018-02-01')],
  },
  {
    key: 'ceramiq-ondes',
    name: "Céramiq'Ondes",
    type: 'sme',
    country: 'FR',
    region: 'FRI2',
    city: 'Limoges',
    website: 'https://www.ceramiq-ondes.example',
    descriptionEn: null,
    descriptionFr:
      'PME limousine spécialisée dans les composants hyperfréquences en céramique : filtres, résonateurs et antennes ' +
      'pour les télécommunications par satellite, les radars et les futurs réseaux térahertz.',
    sizeBand: 'small',
    yearFounded: 2003,
    technologies: tech('microwaves', 'microwaves.components', 'microwaves.radar', 'microwaves.terahertz'),
    domains: dom('telecoms', 'security-space'),
    s3Areas: s3('advanced-manufacturing'),
    roles: ['component_supplier'],
    keywords: ['céramiques techniques', 'filtres hyperfréquences', 'antennes', 'spatial'],
    clusters: [member('alpha-rlh', '2017-03-01')],
  },
  {
    key: 'lile',
    name: 'Laboratoire des Impulsions Lumineuses Extrêmes (LILE)',
    type: 'research_organisation',
    country: 'FR',
    region: 'FRI1',
    city: 'Talence',
    website: 'https://lile.example',
    descriptionEn:
      'Public research laboratory on intense and ultrashort laser pulses: petawatt-class lasers, laser-plasma ' +
      'interaction, secondary X-ray and particle sources, and attosecond science.',
    descriptionFr:
      'Laboratoire public de recherche sur les impulsions laser intenses et ultrabrèves : lasers de classe pétawatt, ' +
      'interaction laser-plasma, sources secondaires de rayons X et de particules, science attoseconde.',
    sizeBand: 'medium',
    yearFounded: 1998,
    technologies: tech(
      'lasers.high-power',
      'lasers.ultrafast',
      'lasers.opo',
      'short-wavelength.laser-plasma',
      'short-wavelength.x-ray',
    ),
    domains: dom('materials-generic', 'health'),
    s3Areas: s3('photonics'),
    roles: ['rnd'],
    keywords: ['laser intense', 'attoseconde', 'laser-plasma', 'petawatt', 'X-ray source'],
    clusters: [member('alpha-rlh', '2006-01-01')],
  },
  {
    key: 'usoa',
    name: 'Université du Sud-Ouest Atlantique',
    type: 'university',
    country: 'FR',
    region: 'FRI1',
    city: 'Bordeaux',
    website: 'https://www.usoa.example',
    descriptionEn:
      'Multidisciplinary university with a photonics graduate school: master’s programmes in lasers and optical ' +
      'engineering, and research in nanophotonics, advanced microscopy and optical design.',
    descriptionFr:
      'Université pluridisciplinaire dotée d’une école universitaire de recherche en photonique : masters lasers et ' +
      'ingénierie optique, recherche en nanophotonique, microscopie avancée et conception optique.',
    sizeBand: 'large',
    yearFounded: 1971,
    technologies: tech(
      'lasers',
      'photonic-materials.nanophotonics',
      'biophotonics.microscopy',
      'optical-design',
      'optical-design.photonic-simulation',
    ),
    domains: dom('health', 'materials-generic'),
    s3Areas: s3('photonics', 'nano-enabled-products'),
    roles: ['rnd'],
    keywords: ['master', 'formation', 'nanophotonique', 'doctoral school', 'microscopy'],
    clusters: [member('alpha-rlh', '2008-09-01')],
  },
  {
    key: 'ctla',
    name: 'Centre Technologique Laser Aquitain (CTLA)',
    type: 'technology_centre',
    country: 'FR',
    region: 'FRI1',
    city: 'Pessac',
    website: 'https://www.ctla.example',
    descriptionEn:
      'Technology centre transferring laser processes to industry: feasibility studies, process development and ' +
      'pilot production in laser welding, micromachining, surface texturing, laser shock peening, laser cleaning and ' +
      'metal additive manufacturing (LPBF and laser metal deposition).',
    descriptionFr:
      'Centre technologique de transfert des procédés laser vers l’industrie : études de faisabilité, développement de ' +
      'procédés et préséries en soudage laser, micro-usinage, texturation de surface, choc laser, nettoyage laser et ' +
      'fabrication additive métallique (fusion laser sur lit de poudre, dépôt de métal par laser).',
    sizeBand: 'small',
    yearFounded: 2007,
    technologies: tech(
      'laser-processing.micromachining',
      'laser-processing.welding',
      'laser-processing.texturing',
      'laser-processing.peening',
      'laser-processing.cleaning',
      'laser-processing.additive.slm',
      'laser-processing.additive.lmd',
    ),
    domains: dom('manufacturing-control'),
    s3Areas: s3('3d-printing', 'advanced-manufacturing', 'smes-industry-4-0', 'photonics'),
    roles: ['rnd', 'service_provider'],
    keywords: ['transfert de technologie', 'preuve de concept', 'process development', 'pilot line'],
    clusters: [member('alpha-rlh', '2008-01-01'), member('mesap', '2019-04-01')],
  },
  {
    key: 'garonne-aero',
    name: 'Garonne Aérostructures',
    type: 'large_company',
    country: 'FR',
    region: 'FRI1',
    city: 'Mérignac',
    website: 'https://www.garonne-aero.example',
    descriptionEn:
      'Aerospace manufacturer of fuselage sections and engine nacelle parts. Uses laser welding, laser metal deposition ' +
      'for part repair, laser shock peening and infrared thermography for non-destructive testing; looks for photonics ' +
      'suppliers to automate inspection.',
    descriptionFr:
      'Industriel de l’aéronautique (tronçons de fuselage, pièces de nacelles). Utilise le soudage laser, le dépôt de ' +
      'métal par laser pour la réparation, le choc laser et la thermographie infrarouge pour le contrôle non destructif ; ' +
      'recherche des fournisseurs photoniques pour automatiser l’inspection.',
    sizeBand: 'large',
    yearFounded: 1962,
    technologies: tech(
      'laser-processing.welding',
      'laser-processing.additive.lmd',
      'laser-processing.peening',
      'metrology.ndt',
      'imaging.infrared',
    ),
    domains: dom('security-space', 'manufacturing-control'),
    s3Areas: s3('advanced-manufacturing', 'mobility'),
    roles: ['end_user', 'system_integrator'],
    keywords: ['aerospace', 'aéronautique', 'MRO', 'NDT', 'end user'],
    clusters: [member('alpha-rlh', '2016-05-01')],
  },
  {
    key: 'clinique-sainte-aurele',
    name: 'Polyclinique Sainte-Aurèle',
    type: 'other',
    country: 'FR',
    region: 'FRI3',
    city: 'Poitiers',
    website: null,
    descriptionEn: null,
    descriptionFr:
      'Établissement de santé privé (ophtalmologie, dermatologie, chirurgie ambulatoire) utilisateur de lasers ' +
      'médicaux, d’OCT et de photothérapie ; participe à des essais cliniques de dispositifs photoniques avec des PME ' +
      'régionales.',
    sizeBand: 'medium',
    yearFounded: 1978,
    technologies: tech('biophotonics.medical-lasers', 'biophotonics.oct', 'biophotonics.phototherapy'),
    domains: dom('health'),
    s3Areas: s3('medical-technology', 'personalised-medicine'),
    roles: ['end_user'],
    keywords: ['hôpital', 'ophtalmologie', 'essais cliniques', 'utilisateur final'],
    clusters: [member('alpha-rlh', '2021-02-01')],
  },
  {
    key: 'fonds-lumiere-atlantique',
    name: 'Fonds Lumière Atlantique',
    type: 'investor',
    country: 'FR',
    region: 'FRI1',
    city: 'Bordeaux',
    website: 'https://www.fonds-lumiere-atlantique.example',
    descriptionEn: null,
    descriptionFr:
      'Fonds d’amorçage dédié aux start-up de la photonique et des hyperfréquences du Sud-Ouest : tickets de 300 k€ à ' +
      '2 M€, accompagnement jusqu’à la série A.',
    sizeBand: 'micro',
    yearFounded: 2016,
    technologies: tech('lasers', 'imaging', 'microwaves'),
    domains: dom('manufacturing-control', 'health'),
    s3Areas: s3('photonics'),
    roles: [],
    keywords: ['capital-risque', 'amorçage', 'start-up', 'seed funding'],
    clusters: [member('alpha-rlh', '2017-09-01')],
  },

  // France — Bretagne
  {
    key: 'kerlumen',
    name: 'Kerlumen Fibres',
    type: 'sme',
    country: 'FR',
    region: 'FRH0',
    city: 'Lannion',
    website: 'https://www.kerlumen.example',
    descriptionEn:
      'Draws specialty optical fibres — microstructured, photonic crystal and rare-earth-doped fibres — and builds ' +
      'fibre components for fibre lasers, sensing and telecoms.',
    descriptionFr:
      'Fibrage de fibres optiques spéciales (microstructurées, à cristal photonique, dopées terres rares) et ' +
      'fabrication de composants fibrés pour les lasers à fibre, les capteurs et les télécoms.',
    sizeBand: 'small',
    yearFounded: 2011,
    technologies: tech(
      'optical-components.fibres',
      'optical-components.fibres.microstructured',
      'lasers.fibre',
    ),
    domains: dom('telecoms', 'materials-generic', 'manufacturing-control'),
    s3Areas: s3('photonics'),
    roles: ['component_supplier', 'rnd'],
    keywords: ['fibre spéciale', 'PCF', 'preform', 'fibre dopée'],
    clusters: [member('photonics-bretagne', '2012-01-01')],
  },
  {
    key: 'armor-capteurs',
    name: 'Armor Capteurs Optiques',
    type: 'sme',
    country: 'FR',
    region: 'FRH0',
    city: 'Brest',
    website: 'https://www.armor-capteurs.example',
    descriptionEn: null,
    descriptionFr:
      'Capteurs à fibre optique à réseaux de Bragg pour la surveillance des structures marines, des éoliennes en mer ' +
      'et des câbles sous-marins ; mesure répartie de température et de déformation.',
    sizeBand: 'micro',
    yearFounded: 2017,
    technologies: tech('optical-sensors.fibre', 'optical-sensors.environmental'),
    domains: dom('energy-lighting-display', 'security-space'),
    s3Areas: s3('water', 'photonics'),
    roles: ['component_supplier', 'system_integrator'],
    keywords: ['éolien en mer', 'FBG', 'surveillance de structures', 'maritime'],
    clusters: [member('photonics-bretagne', '2018-03-15')],
  },
  {
    key: 'tregor-transceivers',
    name: 'Trégor Optical Transceivers',
    type: 'sme',
    country: 'FR',
    region: 'FRH0',
    city: 'Lannion',
    website: 'https://www.tregor-transceivers.example',
    descriptionEn:
      'Optical transceivers and silicon-photonics engines for data centres and 5G fronthaul; in-house photonic ' +
      'packaging and test line.',
    descriptionFr: null,
    sizeBand: 'medium',
    yearFounded: 2001,
    technologies: tech(
      'optical-communications.datacom',
      'optical-communications.fibre',
      'integrated-photonics.silicon',
      'integrated-photonics.packaging',
    ),
    domains: dom('telecoms'),
    s3Areas: s3('photonics'),
    roles: ['component_supplier'],
    keywords: ['transceiver', '5G', 'data centre', 'co-packaged optics'],
    clusters: [member('photonics-bretagne', '2013-06-01')],
  },
  {
    key: 'ibtl',
    name: 'Institut Breton des Technologies de la Lumière (IBTL)',
    type: 'research_organisation',
    country: 'FR',
    region: 'FRH0',
    city: 'Rennes',
    website: 'https://www.ibtl.example',
    descriptionEn:
      'Research institute on glass and fibre photonics, ultrastable lasers and microwave photonics, with a shared ' +
      'fibre-drawing platform open to companies.',
    descriptionFr:
      'Institut de recherche en photonique des verres et des fibres, lasers ultrastables et photonique hyperfréquence, ' +
      'doté d’une plateforme de fibrage ouverte aux entreprises.',
    sizeBand: 'medium',
    yearFounded: 1995,
    technologies: tech(
      'optical-components.fibres',
      'photonic-materials.glass',
      'lasers.fibre',
      'metrology.time-frequency',
      'microwaves.microwave-photonics',
    ),
    domains: dom('telecoms', 'materials-generic'),
    s3Areas: s3('photonics'),
    roles: ['rnd'],
    keywords: ['verres de chalcogénure', 'plateforme technologique', 'fibrage'],
    clusters: [member('photonics-bretagne', '2011-01-01')],
  },
  {
    key: 'cooperative-arguenon',
    name: "Coopérative Maraîchère de l'Arguenon",
    type: 'large_company',
    country: 'FR',
    region: 'FRH0',
    city: 'Lamballe',
    website: null,
    descriptionEn: null,
    descriptionFr:
      'Coopérative maraîchère (tomates, choux-fleurs, endives) qui équipe ses stations de conditionnement de tri ' +
      'optique par imagerie hyperspectrale et ses serres d’éclairage horticole à LED ; utilisateur final à la ' +
      'recherche de solutions de vision industrielle.',
    sizeBand: 'large',
    yearFounded: 1965,
    technologies: tech('imaging.hyperspectral', 'imaging.machine-vision', 'lighting.horticultural'),
    domains: dom('manufacturing-control', 'energy-lighting-display'),
    s3Areas: s3('efficient-sustainable-manufacturing'),
    roles: ['end_user'],
    keywords: ['agroalimentaire', 'tri optique', 'serres', 'utilisateur final'],
    clusters: [member('photonics-bretagne', '2020-10-01')],
  },
  {
    key: 'agence-armorique',
    name: "Agence d'innovation Armorique",
    type: 'public_authority',
    country: 'FR',
    region: 'FRH0',
    city: 'Rennes',
    website: null,
    descriptionEn: null,
    descriptionFr:
      'Agence régionale de développement économique et d’innovation : accompagnement des PME, montage de projets ' +
      'européens, relais de la stratégie de spécialisation intelligente (S3) régionale.',
    sizeBand: 'small',
    yearFounded: 2005,
    technologies: [],
    domains: [],
    s3Areas: s3('photonics', 'smes-industry-4-0'),
    roles: ['service_provider'],
    keywords: ['S3', 'FEDER', 'développement économique', 'projets européens'],
    clusters: [member('photonics-bretagne', '2014-01-01')],
  },

  // France — Provence-Alpes-Côte d'Azur
  {
    key: 'calanque-vision',
    name: 'Calanque Vision',
    type: 'sme',
    country: 'FR',
    region: 'FRL0',
    city: 'Aix-en-Provence',
    website: 'https://www.calanque-vision.example',
    descriptionEn: null,
    descriptionFr:
      'Intégrateur de solutions de vision industrielle : contrôle qualité en ligne, lecture de codes, guidage de robots ' +
      '2D/3D et inspection par caméras infrarouges ou hyperspectrales pour l’agroalimentaire, la pharmacie et ' +
      'l’automobile. Calanque Vision conçoit, installe et maintient des cellules de contrôle clés en main et développe ' +
      'ses propres algorithmes d’apprentissage profond.',
    sizeBand: 'small',
    yearFounded: 2010,
    technologies: tech('imaging.machine-vision', 'imaging.3d', 'imaging.processing', 'imaging.hyperspectral'),
    domains: dom('manufacturing-control'),
    s3Areas: s3('smes-industry-4-0', 'ai-human-machine'),
    roles: ['system_integrator', 'service_provider'],
    keywords: [
      'vision industrielle',
      'contrôle qualité',
      'robotique',
      'apprentissage profond',
      'intégrateur',
    ],
    clusters: [member('optitec', '2012-04-01')],
  },
  {
    key: 'esterel-optronique',
    name: 'Estérel Optronique',
    type: 'sme',
    country: 'FR',
    region: 'FRL0',
    city: 'Valbonne',
    website: 'https://www.esterel-optronique.example',
    descriptionEn:
      'Infrared cameras and optronic systems for perimeter surveillance, maritime security and firefighting drones; ' +
      'in-house optical design of thermal-infrared lenses.',
    descriptionFr:
      'Caméras infrarouges et systèmes optroniques pour la surveillance de sites, la sécurité maritime et les drones ' +
      'de lutte contre les incendies ; conception optique interne d’objectifs infrarouges thermiques.',
    sizeBand: 'medium',
    yearFounded: 1996,
    technologies: tech('imaging.infrared', 'optronics', 'optronics.night-vision', 'optical-design.systems'),
    domains: dom('security-space'),
    s3Areas: s3('photonics'),
    roles: ['component_supplier', 'system_integrator'],
    keywords: ['thermal camera', 'surveillance', 'drones', 'défense'],
    clusters: [member('optitec', '2006-01-01')],
  },
  {
    key: 'luminesud',
    name: 'Luminesud',
    type: 'sme',
    country: 'FR',
    region: 'FRL0',
    city: 'La Seyne-sur-Mer',
    website: 'https://www.luminesud.example',
    descriptionEn: null,
    descriptionFr:
      'Conception et fabrication de luminaires à LED et de dalles OLED : éclairage public intelligent, éclairage ' +
      'horticole et éclairage architectural à faible consommation.',
    sizeBand: 'small',
    yearFounded: 2012,
    technologies: tech('lighting.led', 'lighting.oled', 'lighting.smart', 'lighting.horticultural'),
    domains: dom('energy-lighting-display'),
    s3Areas: s3('efficient-sustainable-manufacturing', 'photonics'),
    roles: ['component_supplier', 'system_integrator'],
    keywords: ['éclairage public', 'efficacité énergétique', 'luminaires', 'green photonics'],
    clusters: [member('optitec', '2013-09-01')],
  },
  {
    key: 'losp',
    name: "Laboratoire d'Optique Spatiale de Provence",
    type: 'research_organisation',
    country: 'FR',
    region: 'FRL0',
    city: 'Marseille',
    website: 'https://losp.example',
    descriptionEn:
      'Research laboratory in space and astronomical optics: adaptive optics, wavefront sensing, interferometric ' +
      'testing of large mirrors and Earth-observation instruments.',
    descriptionFr:
      'Laboratoire de recherche en optique spatiale et astronomique : optique adaptative, analyse de front d’onde, ' +
      'contrôle interférométrique de grands miroirs et instruments d’observation de la Terre.',
    sizeBand: 'medium',
    yearFounded: 1983,
    technologies: tech(
      'space-optics',
      'space-optics.adaptive-optics',
      'space-optics.earth-observation',
      'optical-design.systems',
      'metrology.interferometry',
    ),
    domains: dom('security-space', 'materials-generic'),
    s3Areas: s3('photonics'),
    roles: ['rnd'],
    keywords: ['astronomie', 'télescopes', 'instrumentation', 'space'],
    clusters: [member('optitec', '2007-02-01')],
  },
  {
    key: 'phocea-spectro',
    name: 'Phocéa Spectro',
    type: 'sme',
    country: 'FR',
    region: 'FRL0',
    city: 'Marseille',
    website: 'https://www.phocea-spectro.example',
    descriptionEn:
      'Portable Raman and LIBS analysers for pollutant detection in water and soil and for sorting of recycled metals ' +
      'and plastics.',
    descriptionFr:
      'Analyseurs portables Raman et LIBS pour la détection de polluants dans l’eau et les sols et pour le tri des ' +
      'métaux et plastiques recyclés.',
    sizeBand: 'micro',
    yearFounded: 2015,
    technologies: tech(
      'spectroscopy.raman',
      'spectroscopy.libs',
      'optical-sensors.environmental',
      'imaging.hyperspectral',
    ),
    domains: dom('energy-lighting-display', 'manufacturing-control'),
    s3Areas: s3('water', 'efficient-sustainable-manufacturing', 'chemicals'),
    roles: ['component_supplier', 'rnd'],
    keywords: ['recyclage', 'tri des déchets', 'pollutant detection', 'handheld analyser'],
    clusters: [member('optitec', '2016-02-01')],
  },
  {
    key: 'pharo-medical',
    name: 'Pharo Medical Devices',
    type: 'large_company',
    country: 'FR',
    region: 'FRL0',
    city: 'Marseille',
    website: 'https://www.pharo-medical.example',
    descriptionEn:
      'Medical device manufacturer (flexible endoscopes, surgical laser consoles). Integrates micro-optics and laser ' +
      'sources from European suppliers and runs clinical validation with hospitals.',
    descriptionFr: null,
    sizeBand: 'large',
    yearFounded: 1988,
    technologies: tech(
      'biophotonics.medical-imaging',
      'biophotonics.medical-lasers',
      'optical-components.micro-optics',
    ),
    domains: dom('health'),
    s3Areas: s3('medical-technology'),
    roles: ['end_user', 'system_integrator'],
    keywords: ['endoscopy', 'medtech', 'surgical laser', 'clinical validation'],
    clusters: [member('optitec', '2014-11-01')],
  },

  // France — Île-de-France, Auvergne-Rhône-Alpes, Occitanie
  {
    key: 'portevue',
    name: 'Portevue Lidar',
    type: 'sme',
    country: 'FR',
    region: 'FR10',
    city: 'Palaiseau',
    website: 'https://www.portevue.example',
    descriptionEn:
      'Solid-state FMCW lidar for automotive driver assistance, mobile robots and smart infrastructure, built on ' +
      'silicon photonics and VCSEL arrays.',
    descriptionFr:
      'Lidar à l’état solide (FMCW) pour l’aide à la conduite, la robotique mobile et les infrastructures ' +
      'intelligentes : télémétrie laser sur puce photonique silicium et matrices de VCSEL.',
    sizeBand: 'medium',
    yearFounded: 2016,
    technologies: tech(
      'lidar',
      'lidar.automotive',
      'lasers.diode.vcsel',
      'optical-sensors.photodetectors',
      'integrated-photonics.silicon',
    ),
    domains: dom('security-space', 'manufacturing-control'),
    s3Areas: s3('mobility', 'photonics'),
    roles: ['component_supplier', 'rnd'],
    keywords: ['LiDAR', 'ADAS', 'autonomous vehicles', 'télémétrie laser', 'robotique'],
    clusters: [member('optitec', '2020-01-01')],
  },
  {
    key: 'autonovia',
    name: 'Autonovia Automobiles',
    type: 'large_company',
    country: 'FR',
    region: 'FR10',
    city: 'Guyancourt',
    website: 'https://www.autonovia.example',
    descriptionEn:
      'Car manufacturer. Its advanced engineering centre evaluates automotive lidar, matrix LED headlamps and head-up ' +
      'displays, and deploys laser welding and machine vision on its body-in-white lines.',
    descriptionFr:
      'Constructeur automobile. Son centre d’ingénierie avancée évalue les lidars, les projecteurs à LED matriciels et ' +
      'les affichages tête haute, et déploie soudage laser et vision industrielle sur ses lignes de tôlerie.',
    sizeBand: 'large',
    yearFounded: 1954,
    technologies: tech(
      'lidar.automotive',
      'lighting.automotive',
      'laser-processing.welding',
      'imaging.machine-vision',
      'displays.microdisplays',
    ),
    domains: dom('manufacturing-control', 'energy-lighting-display'),
    s3Areas: s3('mobility', 'advanced-manufacturing'),
    roles: ['end_user'],
    keywords: ['automotive', 'automobile', 'ADAS', 'body-in-white', 'end user'],
    clusters: [member('alpha-rlh', '2019-01-01')],
  },
  {
    key: 'intriquee',
    name: 'Intriquée',
    type: 'sme',
    country: 'FR',
    region: 'FR10',
    city: 'Paris',
    website: 'https://www.intriquee.example',
    descriptionEn:
      'Quantum key distribution systems for metropolitan fibre networks and free-space optical links, with in-house ' +
      'entangled-photon sources.',
    descriptionFr:
      'Systèmes de distribution quantique de clés pour les réseaux fibrés métropolitains et les liaisons optiques en ' +
      'espace libre, avec des sources de photons intriqués développées en interne.',
    sizeBand: 'micro',
    yearFounded: 2020,
    technologies: tech(
      'quantum.communication',
      'quantum.single-photon',
      'optical-communications.fibre',
      'optical-communications.free-space',
    ),
    domains: dom('telecoms', 'security-space'),
    s3Areas: s3('cyber-valleys', 'photonics'),
    roles: ['component_supplier', 'rnd'],
    keywords: ['QKD', 'cybersécurité', 'quantum-safe', 'start-up'],
    clusters: [member('photonics-bretagne', '2022-03-01')],
  },
  {
    key: 'alpes-couches-minces',
    name: 'Alpes Couches Minces',
    type: 'sme',
    country: 'FR',
    region: 'FRK2',
    city: 'Grenoble',
    website: 'https://www.alpes-couches-minces.example',
    descriptionEn: null,
    descriptionFr:
      'Traitements optiques sous vide : antireflets, miroirs diélectriques, filtres interférentiels et dichroïques ' +
      'pour l’instrumentation, le spatial et l’éclairage, sur verres et optiques de précision.',
    sizeBand: 'small',
    yearFounded: 1999,
    technologies: tech('optical-components.coatings', 'optical-components.precision-optics'),
    domains: dom('materials-generic', 'security-space', 'energy-lighting-display'),
    s3Areas: s3('photonics'),
    roles: ['component_supplier'],
    keywords: ['couches minces', 'antireflet', 'filtres', 'dépôt sous vide'],
    clusters: [member('optitec', '2011-05-01')],
  },
  {
    key: 'pyrene-satellites',
    name: 'Pyrène Satellites',
    type: 'large_company',
    country: 'FR',
    region: 'FRJ2',
    city: 'Toulouse',
    website: 'https://www.pyrene-satellites.example',
    descriptionEn:
      'Satellite manufacturer integrating Earth-observation optical payloads, hyperspectral imagers and laser ' +
      'communication terminals; sources space-qualified coatings and optics from European SMEs.',
    descriptionFr:
      'Maître d’œuvre de satellites : intégration de charges utiles optiques d’observation de la Terre, d’imageurs ' +
      'hyperspectraux et de terminaux de communication laser ; achète des traitements optiques et des optiques ' +
      'qualifiés spatial auprès de PME européennes.',
    sizeBand: 'large',
    yearFounded: 1985,
    technologies: tech(
      'space-optics.earth-observation',
      'optical-communications.free-space',
      'imaging.hyperspectral',
      'optical-components.coatings',
    ),
    domains: dom('security-space', 'telecoms'),
    s3Areas: s3('advanced-manufacturing', 'photonics'),
    roles: ['end_user', 'system_integrator'],
    keywords: ['space', 'spatial', 'satellites', 'optical payload', 'end user'],
    clusters: [member('alpha-rlh', '2014-10-01'), member('optitec', '2015-03-01')],
  },

  // Italy
  {
    key: 'officine-laser-canavese',
    name: 'Officine Laser Canavese S.r.l.',
    type: 'sme',
    country: 'IT',
    region: 'ITC1',
    city: 'Ivrea',
    website: 'https://www.officinelasercanavese.example',
    descriptionEn:
      'Laser job shop for sheet metal and tubes: fibre-laser cutting, laser welding and traceability marking for ' +
      'machinery and automotive suppliers.',
    descriptionFr: null,
    sizeBand: 'small',
    yearFounded: 1992,
    technologies: tech(
      'laser-processing.cutting',
      'laser-processing.welding',
      'laser-processing.marking',
      'lasers.fibre',
    ),
    domains: dom('manufacturing-control'),
    s3Areas: s3('smes-industry-4-0', 'advanced-manufacturing'),
    roles: ['service_provider'],
    keywords: ['subcontracting', 'sheet metal', 'tube cutting', 'lavorazioni laser'],
    clusters: [member('mesap', '2010-02-01')],
  },
  {
    key: 'torino-additiva',
    name: 'Torino Additiva S.r.l.',
    type: 'sme',
    country: 'IT',
    region: 'ITC1',
    city: 'Torino',
    website: 'https://www.torinoadditiva.example',
    descriptionEn:
      'Metal additive manufacturing service: laser powder bed fusion and laser metal deposition of titanium, nickel ' +
      'alloys and tool steels for aerospace and motorsport, with laser polishing and 3D dimensional inspection.',
    descriptionFr: null,
    sizeBand: 'small',
    yearFounded: 2015,
    technologies: tech(
      'laser-processing.additive',
      'laser-processing.additive.slm',
      'laser-processing.additive.lmd',
      'laser-processing.polishing',
      'metrology.dimensional',
    ),
    domains: dom('manufacturing-control', 'security-space'),
    s3Areas: s3('3d-printing', 'advanced-manufacturing', 'mobility'),
    roles: ['service_provider', 'rnd'],
    keywords: ['LPBF', 'titanium', 'motorsport', 'aerospace', 'stampa 3D'],
    clusters: [member('mesap', '2016-01-01'), member('alpha-rlh', '2018-06-01')],
  },
  {
    key: 'sabauda-componenti',
    name: 'Sabauda Componenti Auto S.p.A.',
    type: 'large_company',
    country: 'IT',
    region: 'ITC1',
    city: 'Moncalieri',
    website: 'https://www.sabaudacomponenti.example',
    descriptionEn:
      'Tier-1 automotive supplier of chassis parts and lighting modules. End user of laser welding, laser hardening, ' +
      'machine vision and in-line dimensional metrology; partner of regional photonics SMEs for pilot lines.',
    descriptionFr: null,
    sizeBand: 'large',
    yearFounded: 1949,
    technologies: tech(
      'laser-processing.welding',
      'laser-processing.heat-treatment',
      'imaging.machine-vision',
      'metrology.dimensional',
      'lighting.automotive',
    ),
    domains: dom('manufacturing-control'),
    s3Areas: s3('mobility', 'advanced-manufacturing', 'efficient-sustainable-manufacturing'),
    roles: ['end_user'],
    keywords: ['automotive', 'tier 1', 'pilot line', 'end user'],
    clusters: [member('mesap', '2009-05-01')],
  },
  {
    key: 'ipoa',
    name: 'Istituto Piemontese di Ottica Applicata',
    type: 'research_organisation',
    country: 'IT',
    region: 'ITC1',
    city: 'Torino',
    website: 'https://www.ipoa.example',
    descriptionEn:
      'Applied optics institute working on optical frequency combs, ultrastable lasers, interferometry and quantum ' +
      'sensors, with calibration services for industry.',
    descriptionFr: null,
    sizeBand: 'medium',
    yearFounded: 1979,
    technologies: tech('metrology.time-frequency', 'metrology.interferometry', 'quantum.sensing'),
    domains: dom('materials-generic', 'telecoms'),
    s3Areas: s3('photonics'),
    roles: ['rnd', 'service_provider'],
    keywords: ['calibration', 'frequency comb', 'metrologia', 'quantum'],
    clusters: [member('mesap', '2012-09-01')],
  },
  {
    key: 'brianza-vision',
    name: 'Brianza Vision Systems S.r.l.',
    type: 'sme',
    country: 'IT',
    region: 'ITC4',
    city: 'Monza',
    website: 'https://www.brianzavision.example',
    descriptionEn:
      'Machine vision integrator for pharmaceutical and packaging lines: 3D inspection, high-speed cameras and ' +
      'AI-based defect detection.',
    descriptionFr: null,
    sizeBand: 'small',
    yearFounded: 2004,
    technologies: tech('imaging.machine-vision', 'imaging.3d', 'imaging.processing', 'imaging.high-speed'),
    domains: dom('manufacturing-control', 'health'),
    s3Areas: s3('ai-human-machine', 'smes-industry-4-0'),
    roles: ['system_integrator'],
    keywords: ['pharma', 'packaging', 'defect detection', 'visione artificiale'],
    clusters: [member('mesap', '2014-03-01')],
  },

  // Lithuania
  {
    key: 'gintaras-photonics',
    name: 'Gintaras Photonics UAB',
    type: 'sme',
    country: 'LT',
    region: 'LT01',
    city: 'Vilnius',
    website: 'https://www.gintaras-photonics.example',
    descriptionEn:
      'Manufacturer of femtosecond solid-state lasers and wavelength-tunable optical parametric amplifiers for ' +
      'spectroscopy, multiphoton microscopy and materials processing.',
    descriptionFr: null,
    sizeBand: 'medium',
    yearFounded: 1994,
    technologies: tech('lasers.ultrafast', 'lasers.opo', 'lasers.tunable', 'lasers.solid-state'),
    domains: dom('materials-generic', 'health'),
    s3Areas: s3('photonics'),
    roles: ['component_supplier', 'rnd'],
    keywords: ['OPA', 'femtosecond', 'scientific lasers', 'export'],
    clusters: [member('lla', '2005-04-01')],
  },
  {
    key: 'neris-optics',
    name: 'Neris Optics UAB',
    type: 'sme',
    country: 'LT',
    region: 'LT01',
    city: 'Vilnius',
    website: 'https://www.neris-optics.example',
    descriptionEn:
      'High-damage-threshold laser optics: dielectric coatings, nonlinear crystals and precision polished components ' +
      'for ultrafast and high-power lasers.',
    descriptionFr: null,
    sizeBand: 'small',
    yearFounded: 2006,
    technologies: tech(
      'optical-components.coatings',
      'optical-components.crystals',
      'optical-components.precision-optics',
    ),
    domains: dom('materials-generic'),
    s3Areas: s3('photonics'),
    roles: ['component_supplier'],
    keywords: ['LIDT', 'laser mirrors', 'nonlinear crystals', 'ion beam sputtering'],
    clusters: [member('lla', '2008-01-01')],
  },
  {
    key: 'bials',
    name: 'Baltic Institute of Applied Laser Science',
    type: 'research_organisation',
    country: 'LT',
    region: 'LT01',
    city: 'Vilnius',
    website: 'https://www.bials.example',
    descriptionEn:
      'Research institute on ultrafast laser–matter interaction: femtosecond micromachining of transparent materials, ' +
      'laser surface texturing and 3D nanolithography.',
    descriptionFr: null,
    sizeBand: 'medium',
    yearFounded: 2002,
    technologies: tech(
      'lasers.ultrafast',
      'laser-processing.micromachining',
      'laser-processing.texturing',
      'photonic-materials.nanophotonics',
    ),
    domains: dom('manufacturing-control', 'materials-generic'),
    s3Areas: s3('photonics', 'nano-enabled-products'),
    roles: ['rnd'],
    keywords: ['laser-matter interaction', 'glass processing', 'nanolithography'],
    clusters: [member('lla', '2005-04-01')],
  },
  {
    key: 'nemunas-laser',
    name: 'Nemunas Laser Systems UAB',
    type: 'sme',
    country: 'LT',
    region: 'LT02',
    city: 'Kaunas',
    website: 'https://www.nemunas-laser.example',
    descriptionEn:
      'Builds fibre-laser marking and engraving machines with galvo scanning heads and vision-based positioning for ' +
      'part traceability.',
    descriptionFr: null,
    sizeBand: 'small',
    yearFounded: 2011,
    technologies: tech(
      'laser-processing.marking',
      'lasers.fibre',
      'optical-components.optomechanics',
      'imaging.machine-vision',
    ),
    domains: dom('manufacturing-control'),
    s3Areas: s3('smes-industry-4-0'),
    roles: ['system_integrator'],
    keywords: ['laser marking', 'traceability', 'engraving machines'],
    clusters: [member('lla', '2013-02-01')],
  },

  // Finland
  {
    key: 'pielinen-optics',
    name: 'Pielinen Optics Oy',
    type: 'sme',
    country: 'FI',
    region: 'FI1D',
    city: 'Joensuu',
    website: 'https://www.pielinen-optics.example',
    descriptionEn:
      'Diffractive and micro-optical elements made by nanoimprint: beam shapers, microlens arrays and waveguide ' +
      'combiners for AR glasses.',
    descriptionFr: null,
    sizeBand: 'small',
    yearFounded: 2008,
    technologies: tech(
      'optical-components.micro-optics',
      'photonic-materials.nanophotonics',
      'displays.microdisplays',
    ),
    domains: dom('energy-lighting-display', 'materials-generic'),
    s3Areas: s3('nano-enabled-products', 'photonics'),
    roles: ['component_supplier'],
    keywords: ['nanoimprint', 'DOE', 'augmented reality'],
    clusters: [member('photonics-finland', '2015-01-01')],
  },
  {
    key: 'revontuli-spectral',
    name: 'Revontuli Spectral Oy',
    type: 'sme',
    country: 'FI',
    region: 'FI1B',
    city: 'Espoo',
    website: 'https://www.revontuli-spectral.example',
    descriptionEn:
      'Lightweight hyperspectral cameras for drones and small satellites: forest health, precision agriculture and ' +
      'recycling sorting.',
    descriptionFr: null,
    sizeBand: 'small',
    yearFounded: 2013,
    technologies: tech('imaging.hyperspectral', 'spectroscopy.nir', 'space-optics.earth-observation'),
    domains: dom('security-space', 'manufacturing-control'),
    s3Areas: s3('non-food-biomass', 'efficient-sustainable-manufacturing'),
    roles: ['component_supplier'],
    keywords: ['drones', 'forestry', 'precision agriculture', 'CubeSat'],
    clusters: [member('photonics-finland', '2014-06-01')],
  },
  {
    key: 'tammerkoski-diodes',
    name: 'Tammerkoski Laser Diodes Oy',
    type: 'sme',
    country: 'FI',
    region: 'FI19',
    city: 'Tampere',
    website: 'https://www.tammerkoski-diodes.example',
    descriptionEn:
      'GaAs-based high-power diode lasers and VCSELs, from epitaxy to packaged modules, for pumping, sensing and ' +
      '3D cameras.',
    descriptionFr: null,
    sizeBand: 'small',
    yearFounded: 2005,
    technologies: tech('lasers.diode', 'lasers.diode.vcsel', 'photonic-materials.semiconductors'),
    domains: dom('materials-generic', 'manufacturing-control'),
    s3Areas: s3('photonics'),
    roles: ['component_supplier'],
    keywords: ['epitaxy', 'MBE', 'pump diodes', '3D sensing'],
    clusters: [member('photonics-finland', '2012-01-01')],
  },
  {
    key: 'pohjola-tech',
    name: 'Pohjola Institute of Technology',
    type: 'university',
    country: 'FI',
    region: 'FI1D',
    city: 'Oulu',
    website: 'https://www.pohjola-tech.example',
    descriptionEn:
      'Technical university with research groups in printed electronics and OLEDs, optical sensors and biophotonics ' +
      'diagnostics, and a roll-to-roll pilot line.',
    descriptionFr: null,
    sizeBand: 'large',
    yearFounded: 1958,
    technologies: tech('lighting.oled', 'optical-sensors', 'biophotonics.diagnostics'),
    domains: dom('health', 'energy-lighting-display'),
    s3Areas: s3('photonics', 'medical-technology'),
    roles: ['rnd'],
    keywords: ['printed electronics', 'roll-to-roll', 'university'],
    clusters: [member('photonics-finland', '2012-01-01')],
  },

  // Germany
  {
    key: 'isarlicht',
    name: 'Isarlicht Photonik GmbH',
    type: 'sme',
    country: 'DE',
    region: 'DE21',
    city: 'München',
    website: 'https://www.isarlicht.example',
    descriptionEn:
      'Ultrafast laser micromachining systems for drilling fuel-injection nozzles, cutting display glass and ' +
      'structuring battery foils, with in-house beam delivery optics.',
    descriptionFr: null,
    sizeBand: 'medium',
    yearFounded: 2002,
    technologies: tech(
      'lasers.ultrafast',
      'laser-processing.micromachining',
      'laser-processing.drilling',
      'optical-components.optomechanics',
    ),
    domains: dom('manufacturing-control'),
    s3Areas: s3('advanced-manufacturing', 'batteries'),
    roles: ['system_integrator', 'component_supplier'],
    keywords: ['machine builder', 'glass cutting', 'battery foils', 'Mikrobearbeitung'],
    clusters: [],
  },
  {
    key: 'saalebogen',
    name: 'Saalebogen Präzisionsoptik GmbH',
    type: 'sme',
    country: 'DE',
    region: 'DEG0',
    city: 'Jena',
    website: 'https://www.saalebogen.example',
    descriptionEn:
      'Precision and freeform optics, optical coatings and opto-mechanical assemblies for space instruments, medical ' +
      'imaging and semiconductor inspection.',
    descriptionFr: null,
    sizeBand: 'medium',
    yearFounded: 1991,
    technologies: tech(
      'optical-components.precision-optics',
      'optical-components.coatings',
      'optical-components.optomechanics',
    ),
    domains: dom('security-space', 'health', 'materials-generic'),
    s3Areas: s3('photonics'),
    roles: ['component_supplier'],
    keywords: ['freeform', 'aspheres', 'space optics', 'Präzisionsoptik'],
    clusters: [],
  },
  {
    key: 'laserzentrum-rheinland',
    name: 'Laserzentrum Rheinland e.V.',
    type: 'technology_centre',
    country: 'DE',
    region: 'DEA2',
    city: 'Aachen',
    website: 'https://www.lz-rheinland.example',
    descriptionEn:
      'Non-profit technology centre for laser-based production: additive manufacturing, laser polishing, welding of ' +
      'battery cells and process monitoring, from feasibility studies to industrial pilot lines.',
    descriptionFr: null,
    sizeBand: 'medium',
    yearFounded: 1997,
    technologies: tech(
      'laser-processing.additive.slm',
      'laser-processing.polishing',
      'laser-processing.welding',
      'metrology.dimensional',
    ),
    domains: dom('manufacturing-control'),
    s3Areas: s3('3d-printing', 'advanced-manufacturing', 'batteries'),
    roles: ['rnd', 'service_provider'],
    keywords: ['process monitoring', 'pilot line', 'battery welding'],
    clusters: [member('alpha-rlh', '2020-09-01')],
  },
  {
    key: 'schurwald',
    name: 'Schurwald Fahrzeugtechnik AG',
    type: 'large_company',
    country: 'DE',
    region: 'DE11',
    city: 'Stuttgart',
    website: 'https://www.schurwald.example',
    descriptionEn:
      'Automotive group (powertrain and battery systems). End user of laser welding for battery modules, laser ' +
      'cleaning and lidar-based sensor fusion; scouts European photonics start-ups.',
    descriptionFr: null,
    sizeBand: 'large',
    yearFounded: 1921,
    technologies: tech(
      'laser-processing.welding',
      'laser-processing.cleaning',
      'lidar.automotive',
      'imaging.3d',
    ),
    domains: dom('manufacturing-control'),
    s3Areas: s3('mobility', 'batteries'),
    roles: ['end_user'],
    keywords: ['automotive', 'e-mobility', 'battery modules', 'end user'],
    clusters: [],
  },

  // Belgium
  {
    key: 'dijle-photonics',
    name: 'Dijle Photonics NV',
    type: 'sme',
    country: 'BE',
    region: 'BE24',
    city: 'Leuven',
    website: 'https://www.dijle-photonics.example',
    descriptionEn:
      'Packaging and wafer-level test of photonic integrated circuits: fibre-to-chip coupling, hybrid laser ' +
      'integration and small-series assembly for start-ups.',
    descriptionFr: null,
    sizeBand: 'small',
    yearFounded: 2014,
    technologies: tech(
      'integrated-photonics.packaging',
      'integrated-photonics.silicon',
      'optical-communications.datacom',
    ),
    domains: dom('telecoms', 'health'),
    s3Areas: s3('photonics'),
    roles: ['service_provider', 'component_supplier'],
    keywords: ['PIC packaging', 'wafer test', 'assembly'],
    clusters: [],
  },
  {
    key: 'ardennes-thermographie',
    name: 'Ardennes Thermographie SRL',
    type: 'sme',
    country: 'BE',
    region: 'BE35',
    city: 'Namur',
    website: null,
    descriptionEn: null,
    descriptionFr:
      'Contrôle non destructif par thermographie infrarouge active et shearographie pour les composites ' +
      'aéronautiques, les pales d’éoliennes et le bâtiment.',
    sizeBand: 'micro',
    yearFounded: 2009,
    technologies: tech('imaging.infrared', 'metrology.ndt'),
    domains: dom('manufacturing-control', 'security-space'),
    s3Areas: s3('advanced-manufacturing'),
    roles: ['service_provider'],
    keywords: ['CND', 'composites', 'thermographie', 'éolien'],
    clusters: [member('optitec', '2019-06-01')],
  },

  // Spain, Netherlands, Poland, Portugal
  {
    key: 'llum-biophotonics',
    name: 'Llum Biophotonics S.L.',
    type: 'sme',
    country: 'ES',
    region: 'ES51',
    city: 'Barcelona',
    website: 'https://www.llum-bio.example',
    descriptionEn:
      'Optical coherence tomography and diffuse optical monitoring devices for ophthalmology and neonatal care, ' +
      'built around swept-source tunable lasers.',
    descriptionFr: null,
    sizeBand: 'small',
    yearFounded: 2012,
    technologies: tech(
      'biophotonics.oct',
      'biophotonics.medical-imaging',
      'biophotonics.diagnostics',
      'lasers.tunable',
    ),
    domains: dom('health'),
    s3Areas: s3('medical-technology', 'personalised-medicine'),
    roles: ['component_supplier', 'rnd'],
    keywords: ['OCT', 'ophthalmology', 'neonatal', 'medtech'],
    clusters: [],
  },
  {
    key: 'kempen-pic',
    name: 'Kempen Photonic Circuits B.V.',
    type: 'sme',
    country: 'NL',
    region: 'NL41',
    city: 'Eindhoven',
    website: 'https://www.kempen-pic.example',
    descriptionEn:
      'Design house for indium phosphide and silicon nitride photonic integrated circuits: on-chip tunable lasers, ' +
      'coherent transceivers and FMCW lidar chips.',
    descriptionFr: null,
    sizeBand: 'small',
    yearFounded: 2016,
    technologies: tech(
      'integrated-photonics.inp',
      'integrated-photonics.silicon-nitride',
      'lasers.tunable',
      'optical-design.photonic-simulation',
    ),
    domains: dom('telecoms', 'manufacturing-control'),
    s3Areas: s3('photonics'),
    roles: ['rnd', 'service_provider'],
    keywords: ['PIC design', 'InP', 'MPW', 'fabless'],
    clusters: [],
  },
  {
    key: 'delfland-metrology',
    name: 'Delfland Optical Metrology B.V.',
    type: 'sme',
    country: 'NL',
    region: 'NL33',
    city: 'Delft',
    website: 'https://www.delfland-metrology.example',
    descriptionEn:
      'Interferometric and dimensional metrology modules for EUV lithography equipment and precision motion stages.',
    descriptionFr: null,
    sizeBand: 'medium',
    yearFounded: 2004,
    technologies: tech(
      'metrology.interferometry',
      'metrology.dimensional',
      'short-wavelength.euv',
      'optical-design.systems',
    ),
    domains: dom('manufacturing-control', 'materials-generic'),
    s3Areas: s3('advanced-manufacturing'),
    roles: ['component_supplier'],
    keywords: ['semiconductor equipment', 'nanometrology', 'EUV'],
    clusters: [],
  },
  {
    key: 'mazovia-fibre',
    name: 'Mazovia Fibre Optics sp. z o.o.',
    type: 'sme',
    country: 'PL',
    region: 'PL91',
    city: 'Warszawa',
    website: 'https://www.mazovia-fibre.example',
    descriptionEn:
      'Specialty and polarisation-maintaining fibres and fibre Bragg grating sensors for energy grids and railways.',
    descriptionFr: null,
    sizeBand: 'small',
    yearFounded: 2010,
    technologies: tech('optical-components.fibres', 'optical-sensors.fibre'),
    domains: dom('energy-lighting-display', 'telecoms'),
    s3Areas: s3('photonics'),
    roles: ['component_supplier'],
    keywords: ['PM fibre', 'FBG', 'railway monitoring'],
    clusters: [member('photonics-bretagne', '2018-09-01')],
  },
  {
    key: 'odra-photonic-materials',
    name: 'Odra Centre for Photonic Materials',
    type: 'research_organisation',
    country: 'PL',
    region: 'PL51',
    city: 'Wrocław',
    website: 'https://www.odra-cpm.example',
    descriptionEn:
      'Research centre on perovskite and tandem solar cells, nanophotonic light management and GaN epitaxy.',
    descriptionFr: null,
    sizeBand: 'medium',
    yearFounded: 2003,
    technologies: tech(
      'photovoltaics.thin-film',
      'photovoltaics.integrated',
      'photonic-materials.nanophotonics',
      'photonic-materials.semiconductors',
    ),
    domains: dom('energy-lighting-display', 'materials-generic'),
    s3Areas: s3('nano-enabled-products', 'photonics'),
    roles: ['rnd'],
    keywords: ['perovskites', 'tandem cells', 'solar'],
    clusters: [],
  },
  {
    key: 'douro-sensing',
    name: 'Douro Fibre Sensing Lda',
    type: 'sme',
    country: 'PT',
    region: 'PT11',
    city: 'Porto',
    website: 'https://www.douro-sensing.example',
    descriptionEn:
      'Structural health monitoring of bridges, dams and tunnels with fibre Bragg grating and distributed ' +
      'fibre-optic sensors, from installation to data platform.',
    descriptionFr: null,
    sizeBand: 'micro',
    yearFounded: 2015,
    technologies: tech('optical-sensors.fibre'),
    domains: dom('security-space', 'energy-lighting-display'),
    s3Areas: s3('water', 'photonics'),
    roles: ['system_integrator', 'service_provider'],
    keywords: ['SHM', 'civil engineering', 'dams', 'bridges'],
    clusters: [],
  },

  // Sweden, Austria, Czechia
  {
    key: 'oresund-gas',
    name: 'Öresund Gas Sensing AB',
    type: 'sme',
    country: 'SE',
    region: 'SE22',
    city: 'Lund',
    website: 'https://www.oresund-gas.example',
    descriptionEn:
      'Laser absorption (TDLAS) and NDIR gas sensors for combustion control, methane leak detection and biogas ' +
      'plants.',
    descriptionFr: null,
    sizeBand: 'small',
    yearFounded: 2008,
    technologies: tech('spectroscopy.laser-absorption', 'optical-sensors.gas', 'lasers.qcl'),
    domains: dom('energy-lighting-display', 'manufacturing-control'),
    s3Areas: s3('efficient-sustainable-manufacturing', 'non-food-biomass'),
    roles: ['component_supplier'],
    keywords: ['methane', 'biogas', 'emissions monitoring'],
    clusters: [member('photonics-finland', '2019-02-01')],
  },
  {
    key: 'saltsjo-hospital',
    name: 'Saltsjö University Hospital',
    type: 'other',
    country: 'SE',
    region: 'SE11',
    city: 'Stockholm',
    website: null,
    descriptionEn:
      'University hospital whose surgery and pathology departments test fluorescence-guided surgery, OCT and digital ' +
      'pathology scanners with technology suppliers; open to clinical investigation partnerships.',
    descriptionFr: null,
    sizeBand: 'large',
    yearFounded: 1937,
    technologies: tech('biophotonics.medical-imaging', 'biophotonics.oct', 'biophotonics.microscopy'),
    domains: dom('health'),
    s3Areas: s3('medical-technology', 'personalised-medicine'),
    roles: ['end_user'],
    keywords: ['hospital', 'clinical investigation', 'digital pathology', 'end user'],
    clusters: [],
  },
  {
    key: 'murtal-lichttechnik',
    name: 'Murtal Lichttechnik GmbH',
    type: 'sme',
    country: 'AT',
    region: 'AT22',
    city: 'Graz',
    website: 'https://www.murtal-licht.example',
    descriptionEn:
      'LED and OLED light modules for car rear lamps and interior ambient lighting, with in-house optical simulation.',
    descriptionFr: null,
    sizeBand: 'medium',
    yearFounded: 1998,
    technologies: tech('lighting.automotive', 'lighting.led', 'lighting.oled', 'optical-design.illumination'),
    domains: dom('energy-lighting-display'),
    s3Areas: s3('mobility'),
    roles: ['component_supplier'],
    keywords: ['automotive lighting', 'rear lamps', 'ambient light'],
    clusters: [],
  },
  {
    key: 'jizera-optics',
    name: 'Jizera Precision Optics s.r.o.',
    type: 'sme',
    country: 'CZ',
    region: 'CZ05',
    city: 'Turnov',
    website: 'https://www.jizera-optics.example',
    descriptionEn:
      'Precision prisms, windows and laser crystals polished to λ/20, with anti-reflection coatings, for laser and ' +
      'instrument makers.',
    descriptionFr: null,
    sizeBand: 'small',
    yearFounded: 1993,
    technologies: tech(
      'optical-components.precision-optics',
      'optical-components.crystals',
      'optical-components.coatings',
    ),
    domains: dom('materials-generic'),
    s3Areas: s3('photonics'),
    roles: ['component_supplier'],
    keywords: ['prisms', 'polishing', 'laser crystals'],
    clusters: [member('lla', '2020-05-01')],
  },

  // Outside Europe
  {
    key: 'laurentian-lidar',
    name: 'Laurentian Lidar Inc.',
    type: 'sme',
    country: 'CA',
    region: null,
    city: 'Québec',
    website: 'https://www.laurentian-lidar.example',
    descriptionEn:
      'Doppler wind lidar and airborne topographic lidar for wind-farm assessment, forestry and coastal mapping.',
    descriptionFr:
      'Lidars Doppler et lidars aéroportés de télémétrie laser pour l’évaluation des parcs éoliens, la foresterie et ' +
      'la cartographie côtière.',
    sizeBand: 'small',
    yearFounded: 2010,
    technologies: tech('lidar', 'lidar.atmospheric', 'lidar.mapping'),
    domains: dom('energy-lighting-display', 'security-space'),
    s3Areas: s3('photonics'),
    roles: ['component_supplier', 'service_provider'],
    keywords: ['wind energy', 'forestry', 'mapping', 'télémétrie laser'],
    clusters: [member('optitec', '2019-06-05')],
  },
  {
    key: 'tanque-verde-optics',
    name: 'Tanque Verde Optics Inc.',
    type: 'sme',
    country: 'US',
    region: null,
    city: 'Tucson',
    website: 'https://www.tanqueverde-optics.example',
    descriptionEn:
      'Optical design and stray-light engineering services; builds small telescopes and space imagers.',
    descriptionFr: null,
    sizeBand: 'small',
    yearFounded: 1999,
    technologies: tech('optical-design.systems', 'optical-design.illumination', 'space-optics'),
    domains: dom('security-space'),
    s3Areas: [],
    roles: ['service_provider', 'component_supplier'],
    keywords: ['lens design', 'telescopes', 'stray light'],
    clusters: [],
  },
  {
    key: 'aokiba-photonics',
    name: 'Aokiba Photonics K.K.',
    type: 'large_company',
    country: 'JP',
    region: null,
    city: 'Hamamatsu',
    website: 'https://www.aokiba.example',
    descriptionEn:
      'Photodetectors, SPAD arrays and scientific image sensors for lidar, medical imaging and physics experiments.',
    descriptionFr: null,
    sizeBand: 'large',
    yearFounded: 1987,
    technologies: tech(
      'optical-sensors.photodetectors',
      'optical-sensors.image-sensors',
      'quantum.single-photon',
    ),
    domains: dom('health', 'security-space', 'materials-generic'),
    s3Areas: [],
    roles: ['component_supplier'],
    keywords: ['SPAD', 'image sensors', 'photon counting'],
    clusters: [],
  },
  {
    key: 'gyeryong-microdisplays',
    name: 'Gyeryong Microdisplays Co., Ltd.',
    type: 'sme',
    country: 'KR',
    region: null,
    city: 'Daejeon',
    website: 'https://www.gyeryong-md.example',
    descriptionEn:
      'Micro-LED microdisplays for AR headsets, with laser lift-off and mass-transfer process equipment.',
    descriptionFr: null,
    sizeBand: 'medium',
    yearFounded: 2009,
    technologies: tech('displays.microdisplays', 'lighting.led', 'laser-processing.micromachining'),
    domains: dom('energy-lighting-display'),
    s3Areas: [],
    roles: ['component_supplier', 'rnd'],
    keywords: ['micro-LED', 'AR', 'laser lift-off'],
    clusters: [member('photonics-finland', '2021-11-15')],
  },
];

export const demoOrganisations: DemoOrganisation[] = [...realOrganisations, ...fictionalOrganisations];

/** Keys of the demo organisations that are cluster organisations (valid targets of memberships). */
export const demoClusterKeys: ReadonlySet<string> = new Set(
  demoOrganisations.filter((o) => o.type === 'cluster_organisation').map((o) => o.key),
);
