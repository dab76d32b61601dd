/**
 * The fields a request actually gave. DTO instances define every declared property
 * (as undefined when absent), so `Object.keys` alone would report them all.
 */
export function definedFields<T extends object>(request: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(request).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}
