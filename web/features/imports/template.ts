import { IMPORT_FIELDS } from '../../../contracts/imports';

/** Two example rows showing each column's format: lists separated by ";", codes or names of terms. */
const EXAMPLES: Record<(typeof IMPORT_FIELDS)[number], [string, string]> = {
  external_id: ['ACME-001', 'ACME-002'],
  name: ['Example Photonics', 'Laboratoire Exemple'],
  type: ['sme', 'research_organisation'],
  country: ['FR', 'IT'],
  region: ['FRI1', 'ITC1'],
  city: ['Bordeaux', 'Torino'],
  website: ['https://example-photonics.eu', 'https://labo-exemple.it'],
  description: ['Femtosecond laser micromachining for medical devices.', 'Research on integrated photonics.'],
  description_fr: [
    'Micro-usinage laser femtoseconde pour dispositifs médicaux.',
    'Recherche en photonique intégrée.',
  ],
  technologies: ['femtosecond laser; fibre laser', 'integrated photonics'],
  domains: ['health', 'telecommunications'],
  s3_areas: ['', ''],
  roles: ['component_supplier; service_provider', 'rnd'],
  keywords: ['micromachining; medical', 'silicon photonics'],
  clusters: ['ALPHA-RLH', 'MESAP'],
  listing_consent: ['yes', 'no'],
};

function csvCell(value: string): string {
  return /[",;\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The CSV the import expects: the columns (and the optional ones) with two example rows. */
export function templateCsv(): string {
  const rows = [
    IMPORT_FIELDS.map(String),
    ...[0, 1].map((i) => IMPORT_FIELDS.map((f) => EXAMPLES[f][i as 0 | 1])),
  ];
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export function templateHref(): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(templateCsv())}`;
}
