/** Sections of the ECCP-style navigation that are announced but not built yet. */
export const COMING_SOON_SECTIONS = ['funding', 'expertise', 'news'] as const;
export type ComingSoonSection = (typeof COMING_SOON_SECTIONS)[number];

/** Route `handle` telling the coming-soon page which section it stands in for. */
export interface ComingSoonHandle {
  comingSoon: ComingSoonSection;
}

export function isComingSoonHandle(handle: unknown): handle is ComingSoonHandle {
  return typeof handle === 'object' && handle !== null && 'comingSoon' in handle;
}
