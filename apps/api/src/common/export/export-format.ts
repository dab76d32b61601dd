/** East Asian wide and fullwidth characters take two columns in a spreadsheet cell. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u;

/** The width of a text in character columns, CJK and fullwidth characters counted double. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += WIDE.test(character) ? 2 : 1;
  return width;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Offsets from UTC by zone and UTC hour: zones change offset on (half-)hour marks only. */
const offsets = new Map<string, number>();
const HOUR = 3_600_000;

function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, found);
  }
  return found;
}

function offsetAt(instant: number, timeZone: string): number {
  // Half-hour buckets, so zones that change offset at :30 are still exact.
  const bucket = Math.floor(instant / (HOUR / 2));
  const key = `${timeZone}|${bucket}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const start = bucket * (HOUR / 2);
    const parts = Object.fromEntries(
      formatter(timeZone)
        .formatToParts(new Date(start))
        .map((part) => [part.type, part.value]),
    );
    const local = Date.UTC(
      Number(parts.year),
      Number(parts.month) - 1,
      Number(parts.day),
      Number(parts.hour),
      Number(parts.minute),
      Number(parts.second),
    );
    offset = local - start;
    if (offsets.size > 10_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

/**
 * The instant as the wall-clock time of a zone, held in a Date's UTC fields: what a
 * spreadsheet date cell stores (it has no zone), and what `wallClockText` prints.
 */
export function toWallClock(instant: Date, timeZone: string): Date {
  const time = instant.getTime();
  // Whole seconds: a spreadsheet shows none finer, and CSV prints none.
  return new Date(Math.floor((time + offsetAt(time, timeZone)) / 1000) * 1000);
}

/** `YYYY-MM-DD HH:mm:ss` of a wall-clock time from `toWallClock`. */
export function wallClockText(wallClock: Date): string {
  return wallClock.toISOString().slice(0, 19).replace('T', ' ');
}
