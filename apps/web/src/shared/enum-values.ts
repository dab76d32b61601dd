/**
 * Every value of a union, in display order. The compiler refuses a list that misses a
 * value the API added, so no select in the console silently lacks an option.
 */
export function allOf<T extends string>() {
  return <const Values extends readonly T[]>(
    values: Values & ([T] extends [Values[number]] ? unknown : never),
  ): readonly T[] => values;
}

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
