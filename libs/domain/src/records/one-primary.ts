/**
 * Phones, emails and addresses have exactly one primary entry when there are any:
 * the first one marked primary, or else the first one.
 */
export function withOnePrimary<T extends { primary?: boolean }>(
  entries: readonly T[],
): Array<T & { primary: boolean }> {
  const chosen = Math.max(
    0,
    entries.findIndex((entry) => entry.primary === true),
  );
  return entries.map((entry, index) => ({ ...entry, primary: index === chosen }));
}

/** The primary entry among phones, emails or addresses: the first marked primary, else the first. */
export function primaryEntry<T extends { primary?: boolean }>(
  entries: readonly T[] | null | undefined,
): T | undefined {
  return entries?.find((entry) => entry.primary === true) ?? entries?.[0];
}
