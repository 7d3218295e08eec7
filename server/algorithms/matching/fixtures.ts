/**
 * Test data for the matching tests: an excerpt of the real taxonomy (labels and synonyms copied from
 * server/db/seed/data) and a few organisations. Kept here because algorithms may not import the seed
 * loader, which reads files.
 */
import type { TaxonomyTermInput } from './taxonomy';
import type { MatchOrganisation } from './types';

const term = (
  code: string,
  kind: TaxonomyTermInput['kind'],
  parentCode: string | null,
  [labelEn, labelFr]: [string, string],
  synonymsEn: string[],
  synonymsFr: string[],
): TaxonomyTermInput => ({ code, kind, parentCode, labelEn, labelFr, synonymsEn, synonymsFr });

// prettier-ignore
export const TAXONOMY: readonly TaxonomyTermInput[] = [
  term('tech:lasers', 'technology', null, ['Lasers and laser sources', 'Lasers et sources laser'],
    ['laser', 'laser source', 'coherent light source'], ['laser', 'source laser', 'source de lumière cohérente']),
  term('tech:lasers.ultrafast', 'technology', 'tech:lasers', ['Ultrafast / femtosecond lasers', 'Lasers ultrabrefs / femtosecondes'],
    ['femtosecond laser', 'picosecond laser', 'ultrashort pulse laser', 'USP laser', 'ultrafast laser'],
    ['laser femtoseconde', 'laser picoseconde', 'laser ultracourt', 'laser à impulsions ultracourtes', 'laser ultrabref']),
  term('tech:lasers.fibre', 'technology', 'tech:lasers', ['Fibre lasers and amplifiers', 'Lasers et amplificateurs à fibre'],
    ['fiber laser', 'fibre laser', 'fibre amplifier', 'fiber amplifier', 'EDFA'], ['laser à fibre', 'laser fibré', 'amplificateur à fibre']),
  term('tech:laser-processing', 'technology', null, ['Laser materials processing', 'Procédés laser et traitement des matériaux'],
    ['laser processing', 'laser manufacturing', 'industrial laser applications', 'laser machining'],
    ['procédés laser', 'usinage laser', 'fabrication laser', 'applications industrielles du laser']),
  term('tech:laser-processing.micromachining', 'technology', 'tech:laser-processing', ['Laser micromachining', 'Micro-usinage laser'],
    ['laser micro-machining', 'micromachining', 'laser ablation', 'micro-structuring', 'femtosecond machining'],
    ['micro-usinage', 'microusinage laser', 'ablation laser', 'microstructuration laser', 'usinage femtoseconde']),
  term('tech:laser-processing.welding', 'technology', 'tech:laser-processing', ['Laser welding', 'Soudage laser'],
    ['laser beam welding', 'laser welding', 'remote laser welding', 'laser brazing'],
    ['soudage par faisceau laser', 'soudure laser', 'soudage laser à distance', 'brasage laser']),
  term('tech:lidar', 'technology', null, ['Lidar and laser ranging', 'Lidar et télémétrie laser'],
    ['LiDAR', 'LIDAR', 'laser radar', 'laser ranging', 'laser rangefinder', 'laser scanning'],
    ['lidar', 'télémétrie laser', 'télémètre laser', 'radar laser', 'scanner laser']),
  term('tech:lidar.automotive', 'technology', 'tech:lidar', ['Automotive lidar', 'Lidar automobile'],
    ['automotive lidar', 'solid-state lidar', 'FMCW lidar', 'ADAS lidar', 'lidar for autonomous vehicles'],
    ['lidar automobile', 'lidar à l’état solide', 'lidar FMCW', 'lidar pour véhicules autonomes']),
  term('tech:imaging', 'technology', null, ['Imaging and machine vision', 'Imagerie et vision industrielle'],
    ['imaging', 'camera systems', 'vision systems'], ['imagerie', 'caméras', 'systèmes de vision']),
  term('tech:imaging.machine-vision', 'technology', 'tech:imaging', ['Machine vision', 'Vision industrielle'],
    ['machine vision', 'computer vision', 'automated optical inspection', 'AOI', 'visual inspection'],
    ['vision industrielle', 'vision artificielle', 'vision par ordinateur', 'contrôle par vision']),
  term('tech:imaging.infrared', 'technology', 'tech:imaging', ['Infrared and thermal imaging', 'Imagerie infrarouge et thermique'],
    ['thermal imaging', 'thermography', 'infrared camera'], ['imagerie thermique', 'thermographie', 'caméra infrarouge']),
  term('domain:health', 'application_domain', null, ['Health and life sciences', 'Santé et sciences du vivant'],
    ['health', 'healthcare', 'life sciences', 'medical', 'medtech'], ['santé', 'sciences du vivant', 'médical', 'technologies médicales']),
  term('domain:manufacturing-control', 'application_domain', null, ['Manufacturing and control', 'Manufacturing et contrôle'],
    ['manufacturing', 'industrial production', 'quality control'], ['production industrielle', 'fabrication', 'contrôle qualité']),
  term('s3:photonics', 's3_area', null, ['Photonics', 'Photonique'], ['photonics', 'optoelectronics'], ['photonique', 'optoélectronique']),
];

const base = (
  id: string,
  name: string,
  fields: Omit<MatchOrganisation, 'id' | 'name'>,
): MatchOrganisation => ({ id, name, ...fields });

// prettier-ignore
export const ORGANISATIONS: readonly MatchOrganisation[] = [
  base('femto-fr', 'Atelier Femto', { type: 'sme', country: 'FR', region: 'FRI1', roles: ['service_provider'], clusters: ['cluster-aq'],
    descriptionFr: 'Micro-usinage laser femtoseconde du verre et des métaux pour les dispositifs médicaux.' }),
  base('femto-lt', 'Baltic Femto UAB', { type: 'sme', country: 'LT', region: 'LT01', roles: ['component_supplier', 'rnd'],
    technologies: ['tech:lasers.ultrafast', 'tech:laser-processing.micromachining'], domains: ['domain:manufacturing-control'],
    descriptionEn: 'Femtosecond laser micromachining workstations.' }),
  base('fibre-lasers', 'Fibre Sources GmbH', { type: 'large_company', country: 'DE', region: 'DE21', roles: ['component_supplier'],
    technologies: ['tech:lasers.fibre'], descriptionEn: 'Industrial fibre lasers for cutting.' }),
  base('laser-centre', 'Laser Process Centre', { type: 'technology_centre', country: 'FR', region: 'FRI1', roles: ['rnd', 'service_provider'],
    technologies: ['tech:laser-processing'], s3Areas: ['s3:photonics'], descriptionEn: 'Process development for industrial laser applications.' }),
  base('lidar-en', 'RangeSense Ltd', { type: 'sme', country: 'IE', region: 'IE06', roles: ['component_supplier'],
    descriptionEn: 'LiDAR sensors for autonomous vehicles.' }),
  base('vision-fr', 'Vision Contrôle', { type: 'sme', country: 'FR', region: 'FRL0', roles: ['system_integrator'],
    descriptionFr: 'Intégrateur de vision industrielle pour le contrôle qualité.' }),
  base('hospital', 'Saint-Luc Hospital', { type: 'other', country: 'BE', region: 'BE10', roles: ['end_user'],
    technologies: ['tech:imaging.infrared'], domains: ['domain:health'], clusters: ['cluster-aq'],
    descriptionEn: 'University hospital testing thermal imaging for fever screening.' }),
  base('uni', 'Université Photonique', { type: 'university', country: 'FR', region: 'FRI1', roles: ['rnd'],
    descriptionFr: 'Recherche sur les lasers ultrabrefs.' }),
  base('cluster-aq', 'Aquitaine Photonics Cluster', { type: 'cluster_organisation', country: 'FR', region: 'FRI1', roles: ['service_provider'],
    descriptionEn: 'Photonics cluster of the region.' }),
];
