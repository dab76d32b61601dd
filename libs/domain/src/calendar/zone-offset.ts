const formatters = new Map<string, Intl.DateTimeFormat>();
/** Offsets from UTC by zone and half hour: zones change offset on (half-)hour marks only. */
const offsets = new Map<string, number>();
const HALF_HOUR = 1_800_000;

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

/**
 * How far a zone's wall clock is ahead of UTC at an instant (epoch milliseconds), in
 * milliseconds: +8 h in China. Cached per half hour, so exporting a million rows asks
 * Intl only once per zone and half hour.
 */
export function zoneOffsetAt(instant: number, timeZone: string): number {
  // Half-hour buckets, so zones that change offset at :30 are still exact.
  const bucket = Math.floor(instant / HALF_HOUR);
  const key = `${timeZone}|${bucket}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const start = bucket * HALF_HOUR;
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
