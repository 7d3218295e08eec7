/**
 * Labelled benchmark for partner matching.
 *
 * Organisations: the demo organisations (server/db/seed/demo-data.ts) plus hand-written fictional
 * profiles written the way members describe themselves: jargon and synonyms rather than taxonomy
 * labels, English only, French only or both, and many with few or no declared technologies (as in
 * real imports). Queries: partner requests in English and French, with synonyms, cross-language
 * needs and hard constraints.
 *
 * Judgments (0–3, unlisted = 0) were written from the profiles alone, before the engine was run on
 * this set, as a cluster manager would grade them: 3 = does exactly what is asked; 2 = clearly able
 * to help (close capability, or the right expertise for part of the need); 1 = worth a look (adjacent
 * field, a cluster or a customer with the same need); an organisation that fails a hard constraint is 0.
 */
import type { MatchCriteria, MatchOrganisation } from '../../server/algorithms/matching';
import { demoOrganisations } from '../../server/db/seed/demo-data';

export interface BenchQuery {
  id: string;
  lang: 'en' | 'fr';
  /** What the query exercises, for per-group summaries. */
  tags: readonly ('synonym' | 'cross_language' | 'constraint' | 'jargon' | 'request')[];
  text: string;
  constraints?: MatchCriteria;
  judgments: Readonly<Record<string, 1 | 2 | 3>>;
}

const fromDemo: MatchOrganisation[] = demoOrganisations.map((o) => ({
  id: o.key,
  name: o.name,
  type: o.type,
  country: o.country,
  region: o.region,
  descriptionEn: o.descriptionEn,
  descriptionFr: o.descriptionFr,
  keywords: o.keywords,
  technologies: o.technologies,
  domains: o.domains,
  s3Areas: o.s3Areas,
  roles: o.roles,
  clusters: o.clusters.map((c) => c.key),
}));

type Fields = Omit<MatchOrganisation, 'id' | 'name'>;
const org = (id: string, name: string, fields: Fields): MatchOrganisation => ({ id, name, ...fields });

// prettier-ignore
const written: MatchOrganisation[] = [
  // Ultrafast micromachining
  org('b-femtolab-vilnius', 'Femtolab Vilnius UAB', { type: 'sme', country: 'LT', region: 'LT01', roles: ['service_provider', 'rnd'], clusters: ['lla'],
    technologies: ['glass processing'],
    descriptionEn: 'Contract processing with ultrashort-pulse lasers: selective laser etching of fused silica, microfluidic channels in glass and high-aspect-ratio micro-drilling for lab-on-chip makers.' }),
  org('b-atelier-impulsions', 'Atelier des Impulsions', { type: 'sme', country: 'FR', region: 'FRK2', roles: ['service_provider'],
    technologies: ['laser femtoseconde'],
    descriptionFr: 'Sous-traitance en micro-usinage par laser à impulsions ultracourtes : perçage de buses, découpe de stents et de verres minces, marquage sous surface.' }),
  org('b-mikrotakt', 'Mikrotakt GmbH', { type: 'sme', country: 'DE', region: 'DE12', roles: ['system_integrator', 'component_supplier'],
    technologies: ['tech:lasers.ultrafast', 'tech:laser-processing.micromachining'],
    descriptionEn: 'Builds compact picosecond laser workstations for micro-structuring of thin films, scribing of solar cells and cutting of flexible OLED displays.' }),
  org('b-lombardia-microlaser', 'Microlaser Lombardia S.r.l.', { type: 'sme', country: 'IT', region: 'ITC4', roles: ['service_provider'],
    technologies: ['laser micromachining'],
    descriptionEn: 'Job shop for micro-machining of medical tubes and watch components with USP lasers and fibre lasers; ISO 13485 certified.' }),

  // Lidar and laser ranging
  org('b-rail-telemetrie', 'Télémétrie Ferroviaire SAS', { type: 'sme', country: 'FR', region: 'FRE1', roles: ['component_supplier', 'system_integrator'],
    descriptionFr: 'Télémètres laser et scanners laser embarqués pour l’inspection des voies ferrées et des caténaires ; mesure de gabarit par balayage laser.' }),
  org('b-scanmap', 'ScanMap Geomatics B.V.', { type: 'sme', country: 'NL', region: 'NL32', roles: ['service_provider'],
    technologies: ['tech:lidar.mapping'],
    descriptionEn: 'Mobile mapping and airborne laser scanning surveys for utilities and municipalities; point-cloud processing and digital twins.' }),
  org('b-photonpath', 'PhotonPath Automotive Sensing GmbH', { type: 'sme', country: 'DE', region: 'DE11', roles: ['component_supplier', 'rnd'],
    technologies: ['tech:lidar.automotive', 'tech:optical-sensors.photodetectors'],
    descriptionEn: 'Solid-state flash LiDAR with SPAD receivers for ADAS and autonomous shuttles; automotive-grade qualification.' }),
  org('b-ventoscope', 'Ventoscope ApS', { type: 'sme', country: 'DK', region: 'DK03', roles: ['component_supplier'],
    technologies: ['tech:lidar.atmospheric'],
    descriptionEn: 'Nacelle-mounted Doppler wind lidars and remote wind measurement for turbine control and power-curve testing.' }),

  // Machine vision
  org('b-visio-controle', 'Visio Contrôle Industrie', { type: 'sme', country: 'FR', region: 'FRK2', roles: ['system_integrator'], domains: ['domain:manufacturing-control'],
    descriptionFr: 'Cellules de contrôle par vision artificielle pour la plasturgie et le décolletage : mesure sans contact, détection de défauts d’aspect et tri à 100 %.' }),
  org('b-aoi-systems', 'Ostrava AOI Systems s.r.o.', { type: 'sme', country: 'CZ', region: 'CZ08', roles: ['component_supplier'],
    technologies: ['tech:imaging.machine-vision', 'tech:imaging.processing'],
    descriptionEn: 'Automated optical inspection machines for printed circuit board assembly: 3D solder paste inspection and post-reflow AOI with deep-learning defect classification.' }),
  org('b-castilla-vision', 'Visión Castilla S.L.', { type: 'sme', country: 'ES', region: 'ES41', roles: ['system_integrator'],
    technologies: ['tech:imaging.hyperspectral'], domains: ['domain:manufacturing-control'],
    descriptionEn: 'Camera-based grading and sorting lines for fruit, nuts and olives, combining colour, NIR and hyperspectral cameras.' }),
  org('b-bildwerk', 'Bildwerk Robotics GmbH', { type: 'sme', country: 'DE', region: 'DE30', roles: ['system_integrator', 'rnd'],
    technologies: ['tech:imaging.3d'],
    descriptionEn: 'Vision-guided robotics: 3D bin picking with structured-light sensors and AI-based part recognition for automotive suppliers.' }),
  org('b-pharmaseal', 'PharmaSeal Packaging Ltd', { type: 'large_company', country: 'IE', region: 'IE06', roles: ['end_user'], domains: ['domain:health', 'domain:manufacturing-control'],
    descriptionEn: 'Pharmaceutical blister and vial packaging plants; looking to upgrade in-line inspection (cap closure, fill level, label verification) with camera systems.' }),
  org('b-ctvm', 'Centre Technique Vision & Mesure', { type: 'technology_centre', country: 'FR', region: 'FRE1', roles: ['service_provider', 'rnd'],
    descriptionFr: 'Centre de ressources technologiques en vision industrielle et métrologie optique : études de faisabilité, bancs de mesure 3D et formation des PME.' }),

  // Food sorting and hyperspectral
  org('b-fruits-comtat', 'Fruits du Comtat', { type: 'large_company', country: 'FR', region: 'FRL0', roles: ['end_user'],
    descriptionFr: 'Groupement de producteurs de fruits ; équipe ses lignes de calibrage de caméras et cherche des solutions d’imagerie spectrale pour détecter les défauts internes et le taux de sucre.' }),
  org('b-spectrafood', 'SpectraFood Analytics Oy', { type: 'sme', country: 'FI', region: 'FI1C', roles: ['component_supplier', 'rnd'],
    technologies: ['tech:spectroscopy.nir', 'tech:imaging.hyperspectral'],
    descriptionEn: 'NIR and hyperspectral sensors for food quality: fat, moisture and foreign-body detection on conveyor belts.' }),

  // Fibre sensing
  org('b-pipeline-das', 'Baltic Pipeline Monitoring AS', { type: 'sme', country: 'EE', region: 'EE00', roles: ['service_provider', 'system_integrator'], keywords: ['DAS'],
    descriptionEn: 'Distributed acoustic sensing over existing telecom fibre to detect leaks, intrusions and third-party digging along pipelines and borders.' }),
  org('b-fibrosense', 'FibroSense SAS', { type: 'sme', country: 'FR', region: 'FRK2', roles: ['component_supplier'],
    descriptionEn: 'Optical interrogators for FBG sensors and Brillouin distributed sensing.',
    descriptionFr: 'Interrogateurs optiques pour capteurs à réseaux de Bragg et mesure répartie Brillouin : température et déformation des câbles électriques et des ouvrages d’art.' }),
  org('b-rhone-barrages', 'Rhône Barrages Ingénierie', { type: 'large_company', country: 'FR', region: 'FRK2', roles: ['end_user'],
    descriptionFr: 'Exploitant et ingénierie d’ouvrages hydrauliques : auscultation des barrages et des digues, recherche de solutions de surveillance continue par fibre optique.' }),

  // Medical imaging, hospitals, medical lasers
  org('b-chu-atlantique', 'CHU Atlantique', { type: 'other', country: 'FR', region: 'FRG0', roles: ['end_user'], domains: ['domain:health'],
    descriptionFr: 'Centre hospitalier universitaire : services d’ophtalmologie et de dermatologie ouverts aux essais cliniques de dispositifs d’imagerie optique (tomographie par cohérence optique, imagerie de fluorescence).' }),
  org('b-retinalux', 'RetinaLux Medical GmbH', { type: 'sme', country: 'DE', region: 'DE21', roles: ['component_supplier', 'rnd'],
    technologies: ['tech:biophotonics.oct'],
    descriptionEn: 'Handheld retinal imaging and OCT angiography devices for screening diabetic retinopathy in primary care.' }),
  org('b-dermaoptics', 'DermaOptics Milano S.r.l.', { type: 'sme', country: 'IT', region: 'ITC4', roles: ['component_supplier'],
    technologies: ['tech:biophotonics.medical-lasers', 'tech:biophotonics.phototherapy'],
    descriptionEn: 'Dermatology and aesthetic laser platforms (Q-switched Nd:YAG, diode hair removal) and LED phototherapy.' }),
  org('b-leuven-hospital', 'Leuven Academic Hospital', { type: 'other', country: 'BE', region: 'BE24', roles: ['end_user'],
    descriptionEn: 'Academic hospital with a surgical innovation unit testing fluorescence-guided surgery, endoscopic imaging and digital pathology; runs clinical studies with medtech companies.' }),
  org('b-microscan', 'MicroScan Biosystems S.L.', { type: 'sme', country: 'ES', region: 'ES30', roles: ['component_supplier', 'rnd'],
    descriptionEn: 'Light-sheet and confocal microscopy modules for organoid imaging, and digital pathology slide scanners.' }),
  org('b-optoacoustic', 'Optoacoustic Imaging Ltd', { type: 'sme', country: 'IE', region: 'IE05', roles: ['rnd', 'component_supplier'],
    descriptionEn: 'Photoacoustic imaging systems for preclinical research and breast cancer detection.' }),

  // Gas sensing
  org('b-methanox', 'Méthanox', { type: 'sme', country: 'FR', region: 'FRI1', roles: ['component_supplier'],
    descriptionFr: 'Capteurs de méthane et de CO2 par spectroscopie laser à diodes accordables pour les réseaux de gaz, les méthaniseurs et les élevages.' }),
  org('b-qcl-sense', 'QCL Sense AG', { type: 'sme', country: 'CH', region: 'CH04', roles: ['component_supplier', 'rnd'],
    technologies: ['tech:lasers.qcl'],
    descriptionEn: 'Quantum cascade laser-based analysers for trace gases (NH3, N2O, CH4) in industrial stacks and environmental monitoring.' }),
  org('b-airwatch', 'AirWatch Polska sp. z o.o.', { type: 'sme', country: 'PL', region: 'PL21', roles: ['service_provider'],
    technologies: ['tech:optical-sensors.environmental'],
    descriptionEn: 'Air quality monitoring networks for cities with low-cost optical particle counters and NDIR CO2 sensors.' }),

  // Laser welding and batteries
  org('b-weldlight', 'WeldLight Systems GmbH', { type: 'sme', country: 'DE', region: 'DE11', roles: ['system_integrator'],
    descriptionEn: 'Remote laser welding cells with scanner optics and seam tracking for battery trays, busbars and hairpin stators.' }),
  org('b-soudure-ouest', 'Soudure Laser de l’Ouest', { type: 'sme', country: 'FR', region: 'FRG0', roles: ['service_provider'],
    descriptionFr: 'Sous-traitance en soudage laser et brasage laser de pièces inox et aluminium, découpe laser de tubes.' }),
  org('b-voltcell', 'VoltCell Batteries AB', { type: 'large_company', country: 'SE', region: 'SE33', roles: ['end_user'],
    descriptionEn: 'Battery cell and pack manufacturer scaling gigafactory lines; needs laser welding of tabs and busbars, laser cleaning and in-line inspection of welds.' }),

  // Additive manufacturing
  org('b-impression-metal', 'Impression Métal 3D', { type: 'sme', country: 'FR', region: 'FRK2', roles: ['service_provider'],
    descriptionFr: 'Impression 3D métal par fusion laser sur lit de poudre (titane, Inconel, aluminium) pour l’aéronautique et le médical, avec post-traitements.' }),
  org('b-ded-iberia', 'DED Iberia S.L.', { type: 'sme', country: 'ES', region: 'ES21', roles: ['system_integrator', 'service_provider'],
    technologies: ['tech:laser-processing.additive.lmd', 'tech:laser-processing.cladding'],
    descriptionEn: 'Directed energy deposition and wire-laser cladding cells for the repair of moulds, turbine blades and large parts.' }),
  org('b-aero-mro', 'Lusitania Aero MRO', { type: 'large_company', country: 'PT', region: 'PT17', roles: ['end_user'],
    descriptionEn: 'Aircraft engine maintenance, repair and overhaul shop seeking qualified additive repair (blown-powder deposition) and NDT for blades.' }),
  org('b-valencia-laser', 'Centro Tecnológico Láser de Valencia', { type: 'technology_centre', country: 'ES', region: 'ES52', roles: ['rnd', 'service_provider'],
    descriptionEn: 'Technology centre for laser surface engineering: laser cladding, hardening, texturing and cleaning, with a demonstration lab for SMEs.' }),

  // Coatings and precision optics
  org('b-hellas-thin-films', 'Hellas Thin Films S.A.', { type: 'sme', country: 'GR', region: 'EL30', roles: ['component_supplier'],
    descriptionEn: 'Ion-beam sputtered dielectric mirrors, bandpass and notch filters for lasers, Raman instruments and astronomy.' }),
  org('b-optique-jura', 'Optique de Précision du Jura', { type: 'sme', country: 'FR', region: 'FRC2', roles: ['component_supplier'],
    descriptionFr: 'Usinage et polissage de lentilles asphériques et d’optiques freeform, de verres et de cristaux, pour l’instrumentation et le spatial.' }),
  org('b-lensworks', 'Lensworks Design B.V.', { type: 'sme', country: 'NL', region: 'NL41', roles: ['service_provider'],
    descriptionEn: 'Optical engineering consultancy: lens design, tolerancing, stray-light analysis and opto-mechanical design for OEMs.' }),

  // Integrated photonics and datacom
  org('b-nordic-pic', 'Nordic PIC Foundry AB', { type: 'sme', country: 'SE', region: 'SE11', roles: ['service_provider', 'component_supplier'],
    technologies: ['tech:integrated-photonics.silicon-nitride', 'tech:integrated-photonics.silicon'],
    descriptionEn: 'Multi-project wafer runs in silicon nitride and silicon-on-insulator photonic integrated circuits, with a PDK and design support.' }),
  org('b-puce-lumiere', 'Puce & Lumière', { type: 'sme', country: 'FR', region: 'FRK2', roles: ['component_supplier', 'rnd'],
    descriptionFr: 'Conception de circuits photoniques intégrés sur silicium pour les capteurs et les communications : modulateurs, multiplexeurs, couplage fibre-puce.' }),
  org('b-datacentre-optics', 'Liffey DataCentre Optics Ltd', { type: 'sme', country: 'IE', region: 'IE06', roles: ['component_supplier'],
    descriptionEn: '400G and 800G pluggable optical transceivers and co-packaged optics engines for hyperscale data centres.' }),

  // Quantum
  org('b-pqs-saclay', 'Photonique Quantique Saclay', { type: 'research_organisation', country: 'FR', region: 'FR10', roles: ['rnd'],
    descriptionFr: 'Laboratoire de recherche en optique quantique : sources de photons intriqués, détecteurs supraconducteurs à nanofils (SNSPD) et réseaux de distribution quantique de clés.' }),
  org('b-qsafe', 'QSafe Networks GmbH', { type: 'sme', country: 'AT', region: 'AT13', roles: ['component_supplier'],
    descriptionEn: 'Quantum-safe encryption for metro networks: QKD appliances and post-quantum key management for banks and governments.' }),
  org('b-coldatom', 'ColdAtom Instruments Ltd', { type: 'sme', country: 'GB', region: null, roles: ['component_supplier', 'rnd'],
    technologies: ['tech:quantum.sensing'],
    descriptionEn: 'Portable quantum gravimeters and atom-interferometry sensors for civil engineering surveys and navigation.' }),

  // Lighting
  org('b-westland-grow', 'Westland Grow Lights B.V.', { type: 'sme', country: 'NL', region: 'NL33', roles: ['component_supplier'],
    descriptionEn: 'LED grow lights with dynamic spectrum control for greenhouses and vertical farms.' }),
  org('b-metropole-eclairage', 'Métropole Rhodanienne – Service Éclairage', { type: 'public_authority', country: 'FR', region: 'FRK2', roles: ['end_user'],
    descriptionFr: 'Service d’éclairage public de la métropole : renouvellement du parc en LED, éclairage intelligent piloté et réduction de la pollution lumineuse.' }),
  org('b-elbflorenz-oled', 'Elbflorenz OLED GmbH', { type: 'sme', country: 'DE', region: 'DED2', roles: ['component_supplier', 'rnd'],
    descriptionEn: 'Flexible OLED lighting panels and organic photodetectors produced roll-to-roll.' }),

  // Photovoltaics
  org('b-perovskia', 'Perovskia Solar SA', { type: 'sme', country: 'CH', region: 'CH02', roles: ['component_supplier', 'rnd'],
    descriptionEn: 'Printed perovskite solar cells for indoor IoT power and building-integrated modules.' }),
  org('b-facade-solaire', 'Façades Solaires d’Occitanie', { type: 'sme', country: 'FR', region: 'FRJ2', roles: ['system_integrator'],
    descriptionFr: 'Conception et pose de façades et toitures photovoltaïques intégrées au bâti, ombrières et agrivoltaïsme.' }),
  org('b-tandem-lab', 'Institut für Tandem-Solarzellen', { type: 'research_organisation', country: 'DE', region: 'DE30', roles: ['rnd'],
    descriptionEn: 'Research on perovskite–silicon tandem cells, heterojunction processes and light management with nanophotonic textures.' }),

  // Space
  org('b-orbit-optics', 'Orbit Optics S.p.A.', { type: 'large_company', country: 'IT', region: 'ITI4', roles: ['system_integrator', 'component_supplier'],
    technologies: ['tech:space-optics.earth-observation'],
    descriptionEn: 'Space telescopes and Earth-observation optical payloads for small satellites; alignment and thermal-vacuum testing.' }),
  org('b-adaptica', 'Adaptica Wavefront S.r.l.', { type: 'sme', country: 'IT', region: 'ITH3', roles: ['component_supplier'],
    descriptionEn: 'Deformable mirrors and Shack-Hartmann wavefront sensors for astronomy, microscopy and laser beam correction.' }),
  org('b-toulouse-test', 'Centre d’Essais Spatiaux de Toulouse', { type: 'technology_centre', country: 'FR', region: 'FRJ2', roles: ['service_provider'],
    descriptionFr: 'Centre d’essais spatiaux : qualification d’instruments optiques en vide thermique, vibration et radiation pour les charges utiles de satellites.' }),
  org('b-laserlink', 'LaserLink Space Oy', { type: 'sme', country: 'FI', region: 'FI1B', roles: ['component_supplier'], clusters: ['photonics-finland'],
    descriptionEn: 'Laser communication terminals for small satellites and optical ground stations for high-throughput downlinks.' }),

  // Investors and public bodies
  org('b-photon-ventures', 'Photon Ventures', { type: 'investor', country: 'DE', region: 'DE21', roles: [],
    descriptionEn: 'Venture capital fund investing in deep-tech photonics and quantum start-ups from seed to Series B across Europe.' }),
  org('b-fonds-bretagne', 'Fonds Régional Innovation Bretagne', { type: 'investor', country: 'FR', region: 'FRH0', roles: [],
    descriptionFr: 'Fonds de capital-risque régional : investit dans les start-up bretonnes du numérique, de la photonique et des technologies de la mer.' }),
  org('b-agenzia-piemonte', 'Agenzia Piemonte Innovazione', { type: 'public_authority', country: 'IT', region: 'ITC1', roles: ['service_provider'],
    descriptionEn: 'Regional innovation agency of Piemonte managing S3 calls and supporting SMEs in mechatronics and advanced manufacturing.' }),

  // Universities and technology centres
  org('b-saale-uni', 'Saale University – Institute of Applied Optics', { type: 'university', country: 'DE', region: 'DEG0', roles: ['rnd'],
    descriptionEn: 'University institute for applied optics: fibre lasers, optical design, micro-optics fabrication and a clean room open to SMEs.' }),
  org('b-politecnico', 'Politecnico di Lombardia – Photonics Lab', { type: 'university', country: 'IT', region: 'ITC4', roles: ['rnd'],
    descriptionEn: 'University photonics lab on ultrafast laser micromachining of glass, femtosecond laser writing of waveguides and integrated optofluidics.' }),
  org('b-uni-garonne', 'Université de Garonne – Laboratoire de Photonique', { type: 'university', country: 'FR', region: 'FRJ2', roles: ['rnd'],
    descriptionFr: 'Recherche en lidar atmosphérique, télédétection et spectroscopie laser des gaz ; plateformes ouvertes aux industriels.' }),

  // Infrared and non-destructive testing
  org('b-thermoscan', 'ThermoScan NDT ApS', { type: 'sme', country: 'DK', region: 'DK01', roles: ['service_provider'],
    descriptionEn: 'Active thermography and shearography inspection services for wind turbine blades and composite aircraft parts.' }),
  org('b-ir-detect', 'Infrarouge Détection Systèmes', { type: 'sme', country: 'FR', region: 'FRK2', roles: ['component_supplier'],
    descriptionFr: 'Caméras thermiques non refroidies et caméras SWIR pour la surveillance industrielle, la détection de fuites et la sécurité incendie.' }),

  // Spectroscopy for recycling and process analysis
  org('b-recyclens', 'RecycLens GmbH', { type: 'sme', country: 'AT', region: 'AT31', roles: ['system_integrator'],
    descriptionEn: 'Sensor-based sorting of plastics and black scrap using NIR, hyperspectral imaging and laser-induced breakdown spectroscopy on high-speed belts.' }),
  org('b-ramanova', 'Ramanova Instruments S.L.', { type: 'sme', country: 'ES', region: 'ES51', roles: ['component_supplier'],
    descriptionEn: 'Handheld and process Raman spectrometers for pharmaceutical raw-material identification and polymer analysis.' }),
  org('b-tri-littoral', 'Syndicat de Tri du Littoral', { type: 'public_authority', country: 'FR', region: 'FRL0', roles: ['end_user'],
    descriptionFr: 'Syndicat intercommunal de traitement des déchets : modernise ses centres de tri et cherche des technologies de tri optique des plastiques et des métaux.' }),
  org('b-plasma-analytique', 'Plasma Analytique', { type: 'sme', country: 'FR', region: 'FRF3', roles: ['component_supplier'],
    descriptionFr: 'Analyseurs LIBS en ligne pour la métallurgie : spectrométrie d’émission sur plasma induit par laser pour le tri des alliages et le contrôle des coulées.' }),

  // AR
  org('b-lumiere-augmentee', 'Lumière Augmentée', { type: 'sme', country: 'FR', region: 'FRK2', roles: ['component_supplier', 'rnd'],
    descriptionFr: 'Guides d’onde holographiques et micro-écrans pour lunettes de réalité augmentée et affichage tête haute.' }),

  // Look-alikes: the words match, the need does not
  org('b-nuits-laser', 'Nuits Laser Événements', { type: 'sme', country: 'FR', region: 'FRL0', roles: ['service_provider'],
    descriptionFr: 'Spectacles laser et mapping vidéo pour les festivals, les parcs d’attractions et les événements d’entreprise.' }),
  org('b-clinique-esthetique', 'Clinique Esthétique Laser Lyon', { type: 'other', country: 'FR', region: 'FRK2', roles: ['end_user'],
    descriptionFr: 'Centre de médecine esthétique : épilation laser, détatouage et traitement des rides par laser.' }),
  org('b-printwell', 'Printwell Toner Supplies Ltd', { type: 'sme', country: 'GB', region: null, roles: ['component_supplier'],
    descriptionEn: 'Remanufactured laser printer toner cartridges and office printing supplies.' }),
  org('b-tolerie-normande', 'Tôlerie Normande', { type: 'sme', country: 'FR', region: 'FRD2', roles: ['service_provider'],
    descriptionFr: 'Tôlerie fine : poinçonnage, pliage, découpe laser CO2 et soudure MIG/TIG de pièces en acier.' }),
  org('b-operateur-fibre', 'Opérateur Fibre Armor', { type: 'large_company', country: 'FR', region: 'FRH0', roles: ['end_user'],
    descriptionFr: 'Opérateur de réseaux FTTH : déploiement de la fibre optique jusqu’à l’abonné en Bretagne.' }),
];

export const benchOrganisations: readonly MatchOrganisation[] = [...fromDemo, ...written];

// prettier-ignore
export const benchQueries: readonly BenchQuery[] = [
  { id: 'q01', lang: 'en', tags: ['synonym', 'cross_language'], text: 'femtosecond laser micromachining of glass',
    judgments: { pulsalis: 3, bials: 3, 'b-femtolab-vilnius': 3, 'b-atelier-impulsions': 3, 'b-politecnico': 3, isarlicht: 2, 'b-mikrotakt': 2,
      'b-lombardia-microlaser': 2, ctla: 2, 'orvalis-lasers': 1, 'gintaras-photonics': 1, lla: 1 } },
  { id: 'q02', lang: 'en', tags: ['synonym'], text: 'ultrafast laser sources for OEM integration',
    judgments: { 'orvalis-lasers': 3, 'gintaras-photonics': 3, lile: 1, 'b-mikrotakt': 1, isarlicht: 1, lla: 1 } },
  { id: 'q03', lang: 'fr', tags: ['cross_language', 'jargon'], text: 'micro-usinage laser femtoseconde pour dispositifs médicaux',
    judgments: { pulsalis: 3, 'b-lombardia-microlaser': 3, 'b-atelier-impulsions': 3, 'b-femtolab-vilnius': 2, bials: 2, isarlicht: 2,
      'b-politecnico': 2, ctla: 2, 'b-mikrotakt': 1, 'orvalis-lasers': 1, 'gintaras-photonics': 1 } },
  { id: 'q04', lang: 'en', tags: [], text: 'lidar for autonomous vehicles',
    judgments: { portevue: 3, 'b-photonpath': 3, 'kempen-pic': 1, 'tammerkoski-diodes': 1, 'aokiba-photonics': 1, autonovia: 1, schurwald: 1,
      'laurentian-lidar': 1, 'b-scanmap': 1, 'b-rail-telemetrie': 1, 'b-ventoscope': 1 } },
  { id: 'q05', lang: 'fr', tags: ['synonym', 'cross_language'], text: 'télémétrie laser et scanners laser pour l’inspection d’infrastructures',
    judgments: { 'b-rail-telemetrie': 3, 'b-scanmap': 3, 'laurentian-lidar': 2, portevue: 2, 'douro-sensing': 1, 'b-photonpath': 1 } },
  { id: 'q06', lang: 'en', tags: ['cross_language'], text: 'machine vision for quality inspection on production lines',
    judgments: { 'calanque-vision': 3, 'brianza-vision': 3, 'b-visio-controle': 3, 'b-aoi-systems': 3, 'b-bildwerk': 2, 'b-castilla-vision': 2,
      'b-ctvm': 2, 'nemunas-laser': 1, 'b-pharmaseal': 1, 'sabauda-componenti': 1, autonovia: 1, 'cooperative-arguenon': 1, 'b-spectrafood': 1 } },
  { id: 'q07', lang: 'fr', tags: ['cross_language', 'synonym'], text: 'solutions de vision artificielle pour trier des fruits',
    judgments: { 'b-castilla-vision': 3, 'b-spectrafood': 2, 'calanque-vision': 2, 'cooperative-arguenon': 1, 'b-fruits-comtat': 1,
      'revontuli-spectral': 1, 'brianza-vision': 1, 'b-recyclens': 1, 'b-visio-controle': 1 } },
  { id: 'q08', lang: 'en', tags: [], text: 'hyperspectral imaging',
    judgments: { 'revontuli-spectral': 3, 'b-spectrafood': 3, 'b-castilla-vision': 2, 'calanque-vision': 2, 'pyrene-satellites': 2, 'b-recyclens': 2,
      'phocea-spectro': 1, 'cooperative-arguenon': 1, 'b-fruits-comtat': 1 } },
  { id: 'q09', lang: 'en', tags: ['cross_language', 'jargon'], text: 'distributed fibre optic sensing for pipelines and structural health monitoring',
    judgments: { 'b-pipeline-das': 3, 'douro-sensing': 3, 'b-fibrosense': 3, 'armor-capteurs': 3, 'mazovia-fibre': 2, 'photonics-bretagne': 1,
      'b-rhone-barrages': 1, kerlumen: 1 } },
  { id: 'q10', lang: 'fr', tags: ['cross_language'], text: 'capteurs à fibre optique pour la surveillance des barrages',
    judgments: { 'douro-sensing': 3, 'b-fibrosense': 3, 'armor-capteurs': 3, 'b-pipeline-das': 2, 'mazovia-fibre': 2, 'b-rhone-barrages': 1,
      'photonics-bretagne': 1 } },
  { id: 'q11', lang: 'en', tags: [], text: 'optical coherence tomography devices',
    judgments: { 'llum-biophotonics': 3, 'b-retinalux': 3, 'saltsjo-hospital': 1, 'clinique-sainte-aurele': 1, 'b-chu-atlantique': 1 } },
  { id: 'q12', lang: 'fr', tags: ['cross_language'], text: 'hôpital partenaire pour des essais cliniques en imagerie optique',
    judgments: { 'b-chu-atlantique': 3, 'saltsjo-hospital': 3, 'clinique-sainte-aurele': 3, 'b-leuven-hospital': 3, 'pharo-medical': 1 } },
  { id: 'q13', lang: 'en', tags: ['cross_language', 'jargon'], text: 'gas leak detection with laser spectroscopy',
    judgments: { 'oresund-gas': 3, 'b-methanox': 3, 'b-qcl-sense': 3, 'b-uni-garonne': 2, 'b-ir-detect': 1, 'b-airwatch': 1 } },
  { id: 'q14', lang: 'en', tags: ['cross_language'], text: 'methane sensors for biogas plants',
    judgments: { 'oresund-gas': 3, 'b-methanox': 3, 'b-qcl-sense': 2, 'b-airwatch': 1 } },
  { id: 'q15', lang: 'en', tags: [], text: 'laser welding of battery modules',
    judgments: { 'b-weldlight': 3, 'laserzentrum-rheinland': 3, ctla: 2, 'b-soudure-ouest': 2, 'officine-laser-canavese': 1, schurwald: 1,
      'b-voltcell': 1, isarlicht: 1 } },
  { id: 'q16', lang: 'fr', tags: ['cross_language'], text: 'sous-traitance en soudage laser',
    judgments: { 'b-soudure-ouest': 3, 'officine-laser-canavese': 3, ctla: 2, 'b-weldlight': 1, 'laserzentrum-rheinland': 1, 'b-tolerie-normande': 1 } },
  { id: 'q17', lang: 'en', tags: ['synonym', 'cross_language'], text: 'metal additive manufacturing service with laser powder bed fusion',
    judgments: { 'torino-additiva': 3, 'b-impression-metal': 3, ctla: 2, 'laserzentrum-rheinland': 2, 'b-ded-iberia': 1, 'alpha-rlh': 1 } },
  { id: 'q18', lang: 'fr', tags: ['cross_language', 'synonym'], text: 'réparation de pièces par dépôt de métal laser',
    judgments: { 'b-ded-iberia': 3, 'torino-additiva': 2, ctla: 2, 'b-valencia-laser': 2, 'garonne-aero': 1, 'b-aero-mro': 1, 'alpha-rlh': 1 } },
  { id: 'q19', lang: 'en', tags: ['cross_language'], text: 'optical thin-film coatings for laser mirrors',
    judgments: { 'neris-optics': 3, 'b-hellas-thin-films': 3, 'alpes-couches-minces': 3, 'jizera-optics': 2, saalebogen: 2, 'b-optique-jura': 1,
      'pyrene-satellites': 1 } },
  { id: 'q20', lang: 'en', tags: ['cross_language'], text: 'freeform and aspheric optics manufacturing',
    judgments: { saalebogen: 3, 'b-optique-jura': 3, 'jizera-optics': 2, 'neris-optics': 1, 'b-lensworks': 1, 'tanque-verde-optics': 1 } },
  { id: 'q21', lang: 'en', tags: ['cross_language'], text: 'silicon photonics foundry and PIC design',
    judgments: { 'b-nordic-pic': 3, 'kempen-pic': 3, 'b-puce-lumiere': 3, 'dijle-photonics': 2, 'tregor-transceivers': 1, 'b-datacentre-optics': 1 } },
  { id: 'q22', lang: 'en', tags: ['cross_language'], text: 'quantum key distribution',
    judgments: { intriquee: 3, 'b-qsafe': 3, 'b-pqs-saclay': 2, 'aokiba-photonics': 1 } },
  { id: 'q23', lang: 'fr', tags: ['cross_language'], text: 'détecteurs de photons uniques et sources de photons intriqués',
    judgments: { 'b-pqs-saclay': 3, intriquee: 2, 'aokiba-photonics': 2, 'b-photonpath': 1 } },
  { id: 'q24', lang: 'en', tags: ['cross_language'], text: 'LED grow lights for vertical farming',
    judgments: { 'b-westland-grow': 3, luminesud: 2, 'cooperative-arguenon': 1 } },
  { id: 'q25', lang: 'fr', tags: [], text: 'éclairage public intelligent à LED',
    judgments: { luminesud: 3, 'b-metropole-eclairage': 1, optitec: 1 } },
  { id: 'q26', lang: 'en', tags: [], text: 'perovskite solar cells',
    judgments: { 'b-perovskia': 3, 'odra-photonic-materials': 3, 'b-tandem-lab': 3, 'b-facade-solaire': 1 } },
  { id: 'q27', lang: 'fr', tags: ['synonym', 'cross_language'], text: 'photovoltaïque intégré au bâtiment',
    judgments: { 'b-facade-solaire': 3, 'b-perovskia': 2, 'odra-photonic-materials': 1 } },
  { id: 'q28', lang: 'en', tags: ['cross_language'], text: 'Earth observation optical payloads for small satellites',
    judgments: { 'b-orbit-optics': 3, 'pyrene-satellites': 3, 'revontuli-spectral': 2, losp: 2, 'b-toulouse-test': 2, 'tanque-verde-optics': 1,
      saalebogen: 1, 'b-laserlink': 1, 'alpes-couches-minces': 1 } },
  { id: 'q29', lang: 'en', tags: [], text: 'adaptive optics and wavefront sensors',
    judgments: { 'b-adaptica': 3, losp: 3 } },
  { id: 'q30', lang: 'en', tags: ['cross_language', 'synonym'], text: 'infrared thermography for non-destructive testing of composites',
    judgments: { 'ardennes-thermographie': 3, 'b-thermoscan': 3, 'garonne-aero': 1, 'esterel-optronique': 1, 'b-ir-detect': 1 } },
  { id: 'q31', lang: 'en', tags: ['cross_language'], text: 'sorting plastics for recycling with spectroscopy',
    judgments: { 'b-recyclens': 3, 'phocea-spectro': 3, 'b-tri-littoral': 1, 'b-ramanova': 1, 'b-plasma-analytique': 1, 'revontuli-spectral': 1,
      optitec: 1 } },
  { id: 'q32', lang: 'fr', tags: ['synonym'], text: 'analyseurs LIBS pour la métallurgie',
    judgments: { 'b-plasma-analytique': 3, 'phocea-spectro': 2, 'b-recyclens': 2 } },
  { id: 'q33', lang: 'en', tags: ['cross_language'], text: 'laser communication terminals for satellites',
    judgments: { 'b-laserlink': 3, 'pyrene-satellites': 2, intriquee: 1 } },
  { id: 'q34', lang: 'en', tags: ['cross_language'], text: 'augmented reality waveguides and microdisplays',
    judgments: { 'pielinen-optics': 3, 'b-lumiere-augmentee': 3, 'gyeryong-microdisplays': 3, autonovia: 1 } },
  { id: 'q35', lang: 'en', tags: ['constraint', 'synonym'], text: 'femtosecond laser micromachining', constraints: { types: ['sme'], countries: ['FR'] },
    judgments: { pulsalis: 3, 'b-atelier-impulsions': 3, 'orvalis-lasers': 1 } },
  { id: 'q36', lang: 'en', tags: ['constraint'], text: 'machine vision integrator', constraints: { countries: ['IT'] },
    judgments: { 'brianza-vision': 3, 'sabauda-componenti': 1 } },
  { id: 'q37', lang: 'en', tags: ['constraint'], text: 'research partner in laser materials processing',
    constraints: { types: ['research_organisation', 'university'] },
    judgments: { bials: 3, 'b-politecnico': 3, lile: 1, usoa: 1, 'b-saale-uni': 1 } },
  { id: 'q38', lang: 'en', tags: ['constraint'], text: 'laser processing and additive manufacturing', constraints: { regions: ['ITC1'] },
    judgments: { 'torino-additiva': 3, 'officine-laser-canavese': 3, mesap: 2, 'sabauda-componenti': 1, 'b-agenzia-piemonte': 1 } },
  { id: 'q39', lang: 'fr', tags: ['constraint', 'cross_language'], text: 'fournisseur de caméras infrarouges', constraints: { countries: ['FR'] },
    judgments: { 'esterel-optronique': 3, 'b-ir-detect': 3, 'calanque-vision': 1 } },
  { id: 'q40', lang: 'en', tags: ['constraint'], text: 'OCT imaging', constraints: { types: ['sme'] },
    judgments: { 'llum-biophotonics': 3, 'b-retinalux': 3 } },
  { id: 'q41', lang: 'en', tags: ['cross_language'], text: 'investor for photonics start-ups',
    judgments: { 'fonds-lumiere-atlantique': 3, 'b-photon-ventures': 3, 'b-fonds-bretagne': 2 } },
  { id: 'q42', lang: 'fr', tags: ['cross_language'], text: 'centre technologique en procédés laser',
    judgments: { ctla: 3, 'laserzentrum-rheinland': 3, 'b-valencia-laser': 3, 'b-ctvm': 1 } },
  { id: 'q43', lang: 'en', tags: [], text: 'Raman spectrometers',
    judgments: { 'b-ramanova': 3, 'phocea-spectro': 3, 'b-hellas-thin-films': 1 } },
  { id: 'q44', lang: 'fr', tags: ['constraint'], text: 'fibres optiques spéciales', constraints: { regions: ['FRH0'] },
    judgments: { kerlumen: 3, ibtl: 2, 'photonics-bretagne': 2, 'armor-capteurs': 1 } },
  // Full partner requests and needs, written the way members post them (several sentences, the
  // request's own framing words). Judged from the profiles above before the engine was run on them.
  { id: 'r01', lang: 'en', tags: ['request', 'constraint'], constraints: { types: ['cluster_organisation'] },
    text: 'Strategic cluster partnership for smart manufacturing: we are looking for photonics clusters across Europe that represent laser-processing companies and manufacturing end users, to join a European Strategic Cluster Partnership for Smart Specialisation Investment on laser additive manufacturing and laser surface treatment.',
    judgments: { 'alpha-rlh': 3, mesap: 3, lla: 2, 'photonics-finland': 2, optitec: 2, 'photonics-bretagne': 1 } },
  { id: 'r02', lang: 'fr', tags: ['request', 'cross_language'],
    text: 'Équipementier automobile, nous cherchons un partenaire pour contrôler en ligne la qualité des soudures laser sur nos barquettes de batteries : détection des porosités et des défauts de cordon, idéalement par caméra ou capteur optique intégré à la cellule de soudage, pour un pilote en 2027.',
    judgments: { 'b-weldlight': 3, 'laserzentrum-rheinland': 3, ctla: 2, 'calanque-vision': 2, 'b-visio-controle': 1, 'b-ctvm': 1, 'b-soudure-ouest': 1,
      'b-aoi-systems': 1, 'brianza-vision': 1 } },
  { id: 'r03', lang: 'en', tags: ['request', 'constraint'], constraints: { types: ['sme'] },
    text: 'Our university hospital wants to run a clinical study of new handheld devices for the early detection of diabetic retinopathy and skin cancer. We look for medtech SMEs with optical coherence tomography or other optical imaging devices that are ready for clinical validation.',
    judgments: { 'b-retinalux': 3, 'llum-biophotonics': 3, 'b-optoacoustic': 1, 'b-microscan': 1, 'b-dermaoptics': 1 } },
  { id: 'r04', lang: 'fr', tags: ['request', 'cross_language'],
    text: 'Consortium Horizon Europe sur la surveillance des infrastructures : nous recherchons des partenaires maîtrisant les capteurs à fibre optique (réseaux de Bragg, mesure répartie) et des gestionnaires d’ouvrages (barrages, ponts, voies ferrées) prêts à accueillir des démonstrateurs.',
    judgments: { 'armor-capteurs': 3, 'douro-sensing': 3, 'b-fibrosense': 3, 'mazovia-fibre': 3, 'b-rhone-barrages': 3, 'b-pipeline-das': 2,
      'b-rail-telemetrie': 1, 'photonics-bretagne': 1, kerlumen: 1 } },
  { id: 'r06', lang: 'fr', tags: ['request', 'cross_language'],
    text: 'Coopérative fruitière, nous voulons équiper nos lignes de calibrage d’un tri optique capable de détecter les défauts internes et de mesurer le taux de sucre des fruits ; nous cherchons un intégrateur ou un fabricant de caméras proche infrarouge ou hyperspectrales.',
    judgments: { 'b-castilla-vision': 3, 'b-spectrafood': 3, 'revontuli-spectral': 2, 'calanque-vision': 2, 'phocea-spectro': 1, 'b-recyclens': 1,
      'cooperative-arguenon': 1, 'b-fruits-comtat': 1, 'brianza-vision': 1 } },
  { id: 'r07', lang: 'en', tags: ['request'],
    text: 'Start-up developing micro-LED microdisplays for augmented-reality glasses seeks seed and Series A investors specialised in photonics and deep tech, and an industrial partner for waveguide combiners.',
    judgments: { 'b-photon-ventures': 3, 'pielinen-optics': 3, 'b-lumiere-augmentee': 3, 'fonds-lumiere-atlantique': 2, 'b-fonds-bretagne': 1,
      'gyeryong-microdisplays': 1 } },
  { id: 'r08', lang: 'fr', tags: ['request', 'cross_language', 'synonym'],
    text: 'Nous cherchons un laboratoire ou un centre technologique pour développer un procédé de texturation de surface par laser femtoseconde sur des implants en titane afin d’améliorer l’ostéointégration ; un sous-traitant capable de produire des séries pilotes serait un plus.',
    judgments: { pulsalis: 3, bials: 3, ctla: 3, 'b-valencia-laser': 2, 'b-politecnico': 2, 'b-atelier-impulsions': 2, 'b-lombardia-microlaser': 2,
      isarlicht: 1, 'b-femtolab-vilnius': 1, lile: 1, 'laserzentrum-rheinland': 1 } },
  { id: 'r10', lang: 'en', tags: ['request', 'jargon'],
    text: 'Semiconductor equipment maker needs sub-nanometre position measurement for a new lithography wafer stage: interferometric displacement sensors, and support with the optical design of the measurement head.',
    judgments: { 'delfland-metrology': 3, ipoa: 2, losp: 1, 'b-lensworks': 1, saalebogen: 1, 'tanque-verde-optics': 1 } },
  { id: 'r11', lang: 'fr', tags: ['request', 'cross_language'],
    text: 'Métropole souhaitant remplacer son éclairage public par des luminaires LED intelligents et réduire la pollution lumineuse ; nous recherchons des fabricants et des intégrateurs européens pour un marché public innovant.',
    judgments: { luminesud: 3, 'b-metropole-eclairage': 1, 'murtal-lichttechnik': 1, 'b-westland-grow': 1, optitec: 1 } },
  { id: 'r12', lang: 'en', tags: ['request', 'constraint', 'cross_language'], constraints: { countries: ['FR'] },
    text: 'Looking for a French subcontractor for laser cutting and laser welding of stainless steel and aluminium parts in small series.',
    judgments: { 'b-soudure-ouest': 3, 'b-tolerie-normande': 2, ctla: 1, 'alpha-rlh': 1 } },
  { id: 'r13', lang: 'fr', tags: ['request', 'cross_language'],
    text: 'Projet de réseau de communication quantique métropolitain : nous cherchons des fabricants de systèmes de distribution quantique de clés et de détecteurs de photons uniques, ainsi qu’un opérateur de fibre pour un démonstrateur.',
    judgments: { intriquee: 3, 'b-qsafe': 3, 'b-pqs-saclay': 3, 'b-operateur-fibre': 2, 'aokiba-photonics': 1, ipoa: 1 } },
  { id: 'r14', lang: 'en', tags: ['request', 'cross_language'],
    text: 'Wind turbine manufacturer looking for non-destructive inspection of composite blades — thermography or shearography services — and for fibre Bragg grating sensors to monitor the blades in operation.',
    judgments: { 'b-thermoscan': 3, 'ardennes-thermographie': 3, 'armor-capteurs': 2, 'mazovia-fibre': 1, 'douro-sensing': 1, 'b-fibrosense': 1 } },
  { id: 'r15', lang: 'fr', tags: ['request', 'constraint', 'cross_language'], constraints: { types: ['research_organisation', 'university'] },
    text: 'Nous cherchons un partenaire de recherche académique en lidar atmosphérique et en spectroscopie laser pour un projet de mesure des émissions de méthane.',
    judgments: { 'b-uni-garonne': 3, ipoa: 1 } },
];
