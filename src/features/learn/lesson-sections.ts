/** The lesson's sections in the seed article's order: their anchors (`/learn#generation`) never change. */
export const LESSON_SECTIONS = [
  { id: 'what-is-a-secret-key', title: 'What a secret key is' },
  { id: 'why-it-matters', title: 'Why it matters' },
  { id: 'generation', title: 'Generation' },
  { id: 'storage', title: 'Storage' },
  { id: 'usage', title: 'Usage' },
  { id: 'rotation', title: 'Rotation' },
  { id: 'pitfalls', title: 'Pitfalls' },
] as const;

export type SectionId = (typeof LESSON_SECTIONS)[number]['id'];

/** The section a location hash (`#generation`) names, if any. */
export function sectionForHash(hash: string): SectionId | null {
  let id: string;
  try {
    id = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return null; // a malformed escape names no section
  }
  return LESSON_SECTIONS.find((section) => section.id === id)?.id ?? null;
}
