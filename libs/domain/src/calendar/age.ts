/**
 * Completed years between a birth date and a day, both `YYYY-MM-DD`. A 29 February
 * birthday counts as passed on 1 March in common years. Null for a birth date after the day.
 */
export function ageOn(birthDate: string, day: string): number | null {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  if ([by, bm, bd, y, m, d].some((part) => !Number.isInteger(part))) return null;
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age--;
  return age < 0 ? null : age;
}
