import { isTaskOverdue } from '../task-overdue';

describe('an overdue task', () => {
  const now = new Date('2030-05-01T08:00:00.000Z');

  it('is open or in progress with its due time past', () => {
    expect(isTaskOverdue({ status: 'open', dueAt: '2030-05-01T07:59:00.000Z' }, now)).toBe(true);
    expect(isTaskOverdue({ status: 'in-progress', dueAt: '2030-04-01T00:00:00.000Z' }, now)).toBe(
      true,
    );
  });

  it('is not one due later, undated, done or cancelled', () => {
    expect(isTaskOverdue({ status: 'open', dueAt: '2030-05-01T08:01:00.000Z' }, now)).toBe(false);
    expect(isTaskOverdue({ status: 'open', dueAt: null }, now)).toBe(false);
    expect(isTaskOverdue({ status: 'done', dueAt: '2030-04-01T00:00:00.000Z' }, now)).toBe(false);
    expect(isTaskOverdue({ status: 'cancelled', dueAt: '2030-04-01T00:00:00.000Z' }, now)).toBe(
      false,
    );
  });
});
