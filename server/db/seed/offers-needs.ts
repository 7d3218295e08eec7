import type { DbOrTx } from '../client';
import { endUserNeeds, technologyOffers } from '../schema';

/**
 * Demo technology offers and end-user needs, published on demo organisations (by their key in
 * demo-data.ts). Realistic enough to be matched both ways: a Piedmont car supplier needing in-line
 * laser weld inspection finds the Aquitaine technology centre's weld monitoring, and so on.
 */
const offers: (Omit<typeof technologyOffers.$inferInsert, 'organisationId'> & { owner: string })[] = [
  {
    owner: 'ctla',
    title: 'In-line laser welding monitoring and weld quality control',
    summary:
      'Coaxial camera and photodiode monitoring of laser welding seams, with software that flags porosity, lack of ' +
      'fusion and spatter in real time, qualified on steel and aluminium car body parts.',
    descriptionEn:
      'CTLA transfers its process-monitoring head and analysis software to integrators and end users: feasibility ' +
      'trials on your parts in our pilot cell, then joint development for your line or a licence of the software.',
    descriptionFr:
      'Surveillance en ligne du soudage laser (caméra coaxiale et photodiodes) et contrôle qualité des soudures : ' +
      'détection en temps réel des porosités, manques de fusion et projections, qualifiée sur pièces de carrosserie.',
    technologies: ['tech:laser-processing.welding', 'tech:metrology.ndt', 'tech:imaging.machine-vision'],
    applicationDomains: ['domain:manufacturing-control'],
    trl: 7,
    collaborationModes: ['joint_development', 'licensing', 'service'],
    ipStatus: 'know_how',
  },
  {
    owner: 'pulsalis',
    title: 'Femtosecond laser micro-machining of glass, sapphire and polymers',
    summary:
      'Cutting, drilling and surface texturing with femtosecond pulses: no heat-affected zone, features down to 5 µm, ' +
      'from prototypes to pre-series for medical devices, watchmaking and aerospace.',
    descriptionEn:
      'Subcontracting on our five-axis femtosecond stations, or co-development of a dedicated process with your team.',
    descriptionFr:
      'Micro-usinage laser femtoseconde (découpe, perçage, texturation) du verre, du saphir et des polymères, sans zone ' +
      'affectée thermiquement, du prototype à la présérie.',
    technologies: [
      'tech:lasers.ultrafast',
      'tech:laser-processing.micromachining',
      'tech:laser-processing.drilling',
    ],
    applicationDomains: ['domain:health', 'domain:manufacturing-control'],
    trl: 9,
    collaborationModes: ['service', 'joint_development'],
    ipStatus: 'know_how',
  },
  {
    owner: 'lile',
    title: 'Compact laser-driven X-ray source for non-destructive imaging',
    summary:
      'A laser-plasma X-ray source delivering micrometre-sized, femtosecond X-ray flashes for phase-contrast imaging ' +
      'of composites and biological samples.',
    descriptionEn: 'Patented target design; looking for an industrial partner to build a compact product.',
    descriptionFr: null,
    technologies: [
      'tech:short-wavelength.laser-plasma',
      'tech:short-wavelength.x-ray',
      'tech:lasers.ultrafast',
    ],
    applicationDomains: ['domain:materials-generic', 'domain:health'],
    trl: 4,
    collaborationModes: ['licensing', 'joint_development'],
    ipStatus: 'patented',
  },
];

const needs: (Omit<typeof endUserNeeds.$inferInsert, 'organisationId'> & { owner: string })[] = [
  {
    owner: 'sabauda-componenti',
    title: 'In-line inspection of laser welds on chassis parts',
    problem:
      'We laser-weld 4,000 chassis parts a day on six robot cells and check the seams by sampling and destructive ' +
      'tests only. We need in-line quality control of every laser weld, with traceability per part.',
    applicationDomains: ['domain:manufacturing-control'],
    technologies: ['tech:laser-processing.welding', 'tech:imaging.machine-vision'],
    constraints: 'Cycle time under 40 s per part; must fit the existing robot cells; results into our MES.',
    budgetMin: 80000,
    budgetMax: 200000,
    budgetCurrency: 'EUR',
    wantedBy: '2027-06-30',
  },
  {
    owner: 'clinique-sainte-aurele',
    title: 'Micro-structured glass parts for an ophthalmic device prototype',
    problem:
      'Nous développons avec un chirurgien un dispositif ophtalmique et avons besoin de pièces en verre micro-percées ' +
      '(trous de 20 µm) sans fissures, en petites séries pour un essai clinique.',
    applicationDomains: ['domain:health'],
    technologies: [],
    constraints: 'Biocompatible glass, traceable batches, 50 parts for the clinical trial.',
    budgetMin: 15000,
    budgetMax: 40000,
    budgetCurrency: 'EUR',
    wantedBy: '2027-03-31',
  },
];

/** Called by the demo seed, in its transaction, once the demo organisations exist. */
export async function seedDemoOffersNeeds(
  tx: DbOrTx,
  idByKey: ReadonlyMap<string, string>,
  now: Date,
): Promise<void> {
  const ownerId = (key: string) => {
    const id = idByKey.get(key);
    if (!id) throw new Error(`Demo offer or need names unknown organisation ${key}`);
    return id;
  };
  const published = { status: 'published' as const, publishedAt: now, createdAt: now, updatedAt: now };
  await tx
    .insert(technologyOffers)
    .values(offers.map(({ owner, ...o }) => ({ ...o, ...published, organisationId: ownerId(owner) })));
  await tx
    .insert(endUserNeeds)
    .values(needs.map(({ owner, ...n }) => ({ ...n, ...published, organisationId: ownerId(owner) })));
}
