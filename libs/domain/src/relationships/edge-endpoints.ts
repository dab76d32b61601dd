/**
 * The ends an edge is stored with. A symmetric relationship (family) has no
 * direction, so it is kept with the smaller id first: (a, b) and (b, a) become the
 * same row, and one unique index refuses the second.
 */
export function storedEndpoints(
  symmetric: boolean,
  fromId: string,
  toId: string,
): { fromId: string; toId: string } {
  if (symmetric && toId < fromId) return { fromId: toId, toId: fromId };
  return { fromId, toId };
}
