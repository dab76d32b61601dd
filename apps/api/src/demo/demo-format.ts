/** A date as the `YYYY-MM-DD` of its UTC day. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A number as digits, zero-padded to `width`. */
export function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
