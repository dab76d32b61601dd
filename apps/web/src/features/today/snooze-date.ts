import dayjs, { type Dayjs } from 'dayjs';

/** How far "snooze" moves a follow-up: to tomorrow, to a week from today, or to a chosen day. */
export type SnoozeChoice =
  { kind: 'tomorrow' } | { kind: 'nextWeek' } | { kind: 'date'; date: string };

/** The day (`YYYY-MM-DD`, local) the item moves to. */
export function snoozeDay(choice: SnoozeChoice, now: Dayjs = dayjs()): string {
  if (choice.kind === 'date') return choice.date;
  const days = choice.kind === 'tomorrow' ? 1 : 7;
  return now.startOf('day').add(days, 'day').format('YYYY-MM-DD');
}

/**
 * A timestamp moved to another day, keeping its local time of day (a call planned at
 * 10:00 stays at 10:00); without a time it lands at the start of the working day, 09:00.
 */
export function moveToDay(timestamp: string | null, day: string): string {
  const target = dayjs(day);
  const time = timestamp ? dayjs(timestamp) : target.hour(9);
  return target.hour(time.hour()).minute(time.minute()).second(0).millisecond(0).toISOString();
}

/** A second timestamp (a reminder) shifted by as much as the first moved; null stays null. */
export function shiftAlong(
  timestamp: string | null,
  from: string | null,
  to: string,
): string | null {
  if (!timestamp || !from) return timestamp;
  return dayjs(timestamp)
    .add(dayjs(to).diff(dayjs(from)), 'millisecond')
    .toISOString();
}
