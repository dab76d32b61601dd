import dayjs from 'dayjs';
import { moveToDay, shiftAlong, snoozeDay } from '../snooze-date';

describe('snoozeDay', () => {
  const now = dayjs('2026-03-10T22:45:00');

  it('moves to tomorrow and to a week from today, by the local calendar', () => {
    expect(snoozeDay({ kind: 'tomorrow' }, now)).toBe('2026-03-11');
    expect(snoozeDay({ kind: 'nextWeek' }, now)).toBe('2026-03-17');
  });

  it('crosses month and year ends', () => {
    expect(snoozeDay({ kind: 'tomorrow' }, dayjs('2026-12-31T09:00:00'))).toBe('2027-01-01');
    expect(snoozeDay({ kind: 'nextWeek' }, dayjs('2026-02-25T09:00:00'))).toBe('2026-03-04');
  });

  it('takes a picked day as it is', () => {
    expect(snoozeDay({ kind: 'date', date: '2026-04-01' }, now)).toBe('2026-04-01');
  });
});

describe('moveToDay', () => {
  it('keeps the local time of day', () => {
    const moved = dayjs(moveToDay(dayjs('2026-03-10T14:30:00').toISOString(), '2026-03-12'));
    expect(moved.format('YYYY-MM-DD HH:mm')).toBe('2026-03-12 14:30');
  });

  it('uses 09:00 when there was no time', () => {
    expect(dayjs(moveToDay(null, '2026-03-12')).format('YYYY-MM-DD HH:mm')).toBe(
      '2026-03-12 09:00',
    );
  });
});

describe('shiftAlong', () => {
  it('moves a reminder by as much as the due time moved', () => {
    const from = '2026-03-10T10:00:00.000Z';
    const to = '2026-03-13T10:00:00.000Z';
    expect(shiftAlong('2026-03-10T09:30:00.000Z', from, to)).toBe('2026-03-13T09:30:00.000Z');
  });

  it('leaves a missing reminder missing', () => {
    expect(shiftAlong(null, '2026-03-10T10:00:00Z', '2026-03-11T10:00:00Z')).toBeNull();
  });
});
