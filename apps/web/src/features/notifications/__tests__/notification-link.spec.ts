import { notificationTarget } from '../notification-link';

describe('notificationTarget', () => {
  it('opens a customer or a lead page directly', () => {
    expect(notificationTarget({ subjectType: 'customer', subjectId: 'c1' })).toEqual({
      kind: 'path',
      path: '/customers/c1',
    });
    expect(notificationTarget({ subjectType: 'lead', subjectId: 'l1' })).toEqual({
      kind: 'path',
      path: '/leads/l1',
    });
  });

  it('looks a task up first, and goes nowhere without a record', () => {
    expect(notificationTarget({ subjectType: 'task', subjectId: 't1' })).toEqual({
      kind: 'task',
      taskId: 't1',
    });
    expect(notificationTarget({ subjectType: null, subjectId: null })).toEqual({ kind: 'none' });
  });
});
