import { zoneOffsetAt } from '@kehu/domain';

/** East Asian wide and fullwidth characters take two columns in a spreadsheet cell. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u;

/** The width of a text in character columns, CJK and fullwidth characters counted double. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += WIDE.test(character) ? 2 : 1;
  return width;
}

/**
 * The instant as the wall-clock time of a zone, held in a Date's UTC fields: what a
 * spreadsheet date cell stores (it has no zone), and what `wallClockText` prints.
 */
export function toWallClock(instant: Date, timeZone: string): Date {
  const time = instant.getTime();
  // Whole seconds: a spreadsheet shows none finer, and CSV prints none.
  return new Date(Math.floor((time + zoneOffsetAt(time, timeZone)) / 1000) * 1000);
}

/** `YYYY-MM-DD HH:mm:ss` of a wall-clock time from `toWallClock`. */
export function wallClockText(wallClock: Date): string {
  return wallClock.toISOString().slice(0, 19).replace('T', ' ');
}
