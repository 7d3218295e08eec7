/**
 * The PIMI partner request of the ECCP seed (../shared/seeds/000_*): led by ALPHA-RLH with MESAP, the
 * Lithuanian Laser Association and Photonics Finland Cluster/science Park (named, as on the ECCP page,
 * not linked). The original deadline (31 March 2017) is long past, so the demo keeps it open for
 * 120 days from the seeding, at noon Paris time, with its reminder and expiry jobs queued.
 */
import { jobs, partnerRequestPartners, partnerRequests } from '../schema';
import type { DbOrTx } from '../client';
import { utcToZonedLocal, zonedLocalToUtc } from '../../modules/partner-requests/deadline';

const DAY_MS = 86_400_000;
const TIME_ZONE = 'Europe/Paris';

export const PIMI_DESCRIPTION = "<p>The “Photonics for Industrial Modernisation Initiative” (PIMI) that is proposed within the call for expression of interest for European Strategic Cluster Partnerships for Smart Specialization Investments has been developed and set up to support regions and their SMEs to ensure key enabling technologies (KETs) such as photonics can be engaged to support industrial modernisation.</p>\n<p>The unique three-dimensional approach designed by PIMI seeks to ensure strong synergies between policy support programmes from DG GROW (clusters) DG Regio (S3 and regional development) and DG Research and Innovation (KETs) and play a key role in European Industrial Modernisation.</p>\n<p>The EU and many individual Member states such as France, Italy and the UK have identified photonics as a key enabling technology with a high leverage effect to other technologies, supporting emerging industries and driving cross value industrial value chains.  These same countries have also given photonics a prominent role in their respective Smart Specialisation (RIS3) documents.</p>\n<p>Today the European Photonics market is estimated at about 60 billion euros with an annual growth rate of between 8 to 10% and a recent study “Economic Impact - Photonics in Europe” presents a strong as well as a diverse photonic industry in Europe. Photonics, as a pervasive and enabling technology, finds its way into various applications in highly dynamic markets such as aeronautics, healthcare, ICT, manufacturing, energy, and many more. These sectors are generally affected by global economics but the overall laser market keeps growing and helping drive European industrial modernisation.  For example, photonics finds its way not only in creating energy such as for instance photovoltaic renewable energy, but also in reducing energy consumption. Photonics is actively helping industries with the reduction of energy consumption and the emission of CO2, de-carbonising of the economy, for combating climate change and managing natural resources more responsibly. Photonics manufacturing also aims at optimising the consumption of resources through a wise use of energy and the implementation of material efficient fabrication processes such as additive layer manufacturing (3D printing). Photonics in manufacturing is a growing field of application. If one looks at laser manufacturing, we see the evolution from laser additive manufacturing, to laser polishing, laser etching, laser metal deposition and selective laser melting which has resulted in today’s growing digital photonic production.</p>\n<p>The PIMI Cluster partners already bring together some of Europe’s most dynamic industrial regions and they believe they can play an important role in engaging with industrial actors and ensure that they contribute to the design and implementation of smart specialisation investment projects across Europe.  The PIMI clusters have already established partnership activities and are seeking to use the ESCP-3S initiative to develop inter-regional cooperation further, notably towards SMEs and the development of a pipeline of joint investment projects.</p>\n<p>The goal of the PIMI is to set up a partnership between leading photonic and industrial regions in Europe with the aim of driving multi sector industrial modernisation actions and investment projects.</p>\n<p>The PIMI initiative aims to implement joint road mapping activities that takes into account business/industry needs and test and design projects in key and specific area of the Photonics/KETs contribution to industrial modernisation.  By crossing different sectors PIMI will be better placed to drive inter-regional collaboration as this market based concept will attract “businesses” in search of a sales and investment opportunity and both contribute to the creation of new value chains as well as modernising existing industrial processes and implementing pilot or demonstrator plants.</p>\n<p>The partnership will aim at developing the following four steps:</p>\n<ol>\n<li>Connection of the different regional “Photonics and Industry Modernisation “inter-regional actors notably through the cluster memberships;</li>\n<li>Identifying the common smart specialisation “entrepreneurial discovery” ingredients, notably in terms of SME requirements and industry engagement for Industrial Modernisation;</li>\n<li>Design and test Photonics-Industrial Modernisation Joint roadmap: value chains, cross sectoral initiatives via virtual and physical matchmaking sessions;</li>\n<li>Identify and design Strategic Innovation and Investment Inter-regional Programmes/Tools and potential pilot or demonstrator projects (Project financing schemes, co-investment initiatives);</li>\n</ol>\n<p>The activities planned by PIMI are hugely relevant to a large range of European industrial sectors and will serve as a model for many other European regional ecosystems to learn from.  Additionally, regions will be able to pursue inter-regional cooperation through Interreg Europe programmes.</p>\n<p>To date the consortium has gathered regional innovation and industrial cluster partners from the following regions:</p>\n<ul>\n<li>ALPHA - Route des Laser et des Hyperfréquences, Pôle de Compétitivité: Nouvelle Aquitaine, France http://www.clustercollaboration.eu/node/1038</li>\n<li>MESAP Cluster Piemonte Region, Italy : http://www.clustercollaboration.eu/node/960</li>\n<li>Lithuanian Laser Association, Lithuania : http://www.clustercollaboration.eu/node/2370</li>\n<li>Photonics Finland Cluster/science Park, Finland</li>\n</ul>\n<p>Photonics and industrial modernisation actions feature as a smart specialisation priority in all of the partner regions/countries and will enable partners to create synergies with other funding sources, such as structural funds and H2020. The current partnership includes both photonics and industrial clusters such as MESAP who are actively working with innovative laser technologies to modernise production processes for regional manufacturing. This represents one of main regional R&amp;D priorities in line with the Piemonte S3 Strategy in the field of mechatronics and 95% of MESAP Members are companies of different size and represent both providers and users of photonic technologies involved in 14 industrial markets.</p>\n<p>The initiative partners have requested letters of support from the relevant regional and national partners.</p>";

export async function seedPartnerRequests(tx: DbOrTx, idByKey: ReadonlyMap<string, string>, now: Date): Promise<void> {
  const lead = idByKey.get('alpha-rlh');
  const mesap = idByKey.get('mesap');
  const lla = idByKey.get('lla');
  if (!lead || !mesap || !lla) throw new Error('The PIMI partner request needs the ALPHA-RLH, MESAP and LLA demo organisations');
  const deadline = zonedLocalToUtc(`${utcToZonedLocal(new Date(now.getTime() + 120 * DAY_MS), TIME_ZONE).slice(0, 10)}T12:00`, TIME_ZONE);
  const [request] = await tx
    .insert(partnerRequests)
    .values({
      title: 'PIMI - Photonics for Industrial Modernisation',
      summary:
        'A European Strategic Cluster Partnership of photonics and industrial clusters to drive industrial modernisation with ' +
        'photonics: joint roadmaps, matchmaking and inter-regional investment projects with SMEs.',
      description: PIMI_DESCRIPTION,
      kind: 'strategic_partnership',
      leadOrganisationId: lead,
      soughtTypes: ['cluster_organisation', 'sme', 'research_organisation', 'technology_centre'],
      soughtTechnologies: [
        'tech:laser-processing.additive',
        'tech:laser-processing.additive.lmd',
        'tech:laser-processing.additive.slm',
        'tech:laser-processing.polishing',
      ],
      soughtDomains: ['domain:manufacturing-control'],
      soughtRoles: ['end_user', 'system_integrator'],
      soughtCountries: [],
      soughtRegions: [],
      deadline,
      timeZone: TIME_ZONE,
      status: 'open',
      visibility: 'public',
      publishedAt: now,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: partnerRequests.id });
  const id = request!.id;
  await tx.insert(partnerRequestPartners).values([
    { requestId: id, organisationId: mesap, position: 0 },
    { requestId: id, organisationId: lla, position: 1 },
    { requestId: id, name: 'Photonics Finland Cluster/science Park, Finland', position: 2 },
  ]);
  // The same durable jobs publishing queues (server/jobs/partner-requests.job.ts), written directly:
  // the seed runs before the job queue is handed to anyone.
  const payload = { requestId: id, deadline: deadline.toISOString() };
  await tx.insert(jobs).values([
    {
      name: 'partner-request-reminder',
      payload,
      runAt: new Date(deadline.getTime() - 3 * DAY_MS),
      dedupeKey: `partner-request:reminder:${id}:${payload.deadline}`,
    },
    { name: 'partner-request-expiry', payload, runAt: deadline, dedupeKey: `partner-request:expiry:${id}:${payload.deadline}` },
  ]);
}
