/** The list with item i changed by the patch: a programme item's speakers, an event's questions. */
export const patchAt = <T>(list: readonly T[], i: number, patch: Partial<T>): T[] =>
  list.map((item, j) => (j === i ? { ...item, ...patch } : item));

/** The list without item i. */
export const removeAt = <T>(list: readonly T[], i: number): T[] => list.filter((_, j) => j !== i);
