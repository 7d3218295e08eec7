/** "Photonics Bretagne (PB)" → "photonics-bretagne-pb"; accents folded so URLs stay ASCII. */
export function slugify(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return base || 'organisation';
}
