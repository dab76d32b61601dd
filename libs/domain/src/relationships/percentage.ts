const PERCENTAGE = /^(\d{1,3})(?:\.(\d{1,2}))?$/;

/** The whole share, 100 %, in hundredths of a percent. */
export const WHOLE_SHARE_HUNDREDTHS = 10_000;

/**
 * A percentage as a decimal string ("51", "12.5", "33.33") in hundredths of a
 * percent, so that sums are exact; null when it is not such a string.
 */
export function percentageInHundredths(value: string): number | null {
  const match = PERCENTAGE.exec(value);
  if (!match) return null;
  const [, whole, fraction = ''] = match;
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/**
 * Whether shares held in one company add up to more than the whole of it. The
 * percentages are decimal strings, summed exactly (0.1 + 0.2 is 0.3 here).
 */
export function sharesExceedWhole(percentages: readonly string[]): boolean {
  let total = 0;
  for (const percentage of percentages) {
    const hundredths = percentageInHundredths(percentage);
    if (hundredths === null) throw new RangeError(`"${percentage}" is not a percentage`);
    total += hundredths;
  }
  return total > WHOLE_SHARE_HUNDREDTHS;
}
