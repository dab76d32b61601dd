import dayjs from 'dayjs';
import { dueBefore, taskListCodec, toTaskListQuery } from '../task-list-filters';

describe('task list filters', () => {
  const now = dayjs('2026-03-11T15:00:00'); // a Wednesday

  it('turns "not done" into the open flag and leaves empty filters out', () => {
    expect(toTaskListQuery({ status: 'open-any', q: '  ' }, now)).toEqual({ open: true });
    expect(toTaskListQuery({ status: 'done', priority: 'high' }, now)).toEqual({
      status: 'done',
      priority: 'high',
    });
  });

  it('bounds the due time: now, the end of today, the end of the week (Sunday)', () => {
    expect(dueBefore('overdue', now)).toBe(now.toISOString());
    expect(dayjs(dueBefore('today', now)).format('YYYY-MM-DD HH:mm')).toBe('2026-03-12 00:00');
    expect(dayjs(dueBefore('thisWeek', now)).format('YYYY-MM-DD HH:mm')).toBe('2026-03-16 00:00');
    const sunday = dayjs('2026-03-15T10:00:00');
    expect(dayjs(dueBefore('thisWeek', sunday)).format('YYYY-MM-DD')).toBe('2026-03-16');
  });

  it('filters by the linked record', () => {
    expect(toTaskListQuery({ leadId: 'l1' }, now)).toEqual({ leadId: 'l1' });
  });

  it('keeps the filters in the address: "not done" by default, every task when cleared', () => {
    const parse = (search: string) => taskListCodec.parse(new URLSearchParams(search));
    expect(parse('')).toEqual({ status: 'open-any' });
    expect(taskListCodec.toParams({ status: 'open-any' }).toString()).toBe('');
    expect(taskListCodec.toParams({ status: undefined }).toString()).toBe('status=');
    expect(toTaskListQuery(parse('status='), now)).toEqual({});
    const state = parse('status=done&due=today&priority=high&leadId=l1&due=overdue&colour=red');
    expect(state).toEqual({ status: 'done', due: 'today', priority: 'high', leadId: 'l1' });
    expect(taskListCodec.parse(taskListCodec.toParams(state))).toEqual(state);
    expect(taskListCodec.activeFilterCount(state)).toBe(4);
  });
});
