/** "Name (Organisation)", or the name alone for someone without an organisation. */
export const personName = (p: { displayName: string; organisation: { name: string } | null }) =>
  p.organisation ? `${p.displayName} (${p.organisation.name})` : p.displayName;
