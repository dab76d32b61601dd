import dayjs from 'dayjs';
import { toLogInteractionRequest } from '../interaction-request';

describe('logging an interaction', () => {
  it('sends the summary trimmed and leaves out what was not filled in', () => {
    expect(
      toLogInteractionRequest({
        kind: 'call',
        summary: '  电话沟通报价 ',
        participants: [' ', '王总 '],
        outcome: '  ',
      }),
    ).toEqual({ kind: 'call', summary: '电话沟通报价', participants: ['王总'] });
  });

  it('sends the time it happened and the next follow-up day', () => {
    const occurredAt = dayjs('2026-03-02T09:30:00.000Z');
    expect(
      toLogInteractionRequest({
        kind: 'visit',
        summary: 'Factory visit',
        occurredAt,
        outcome: 'Sample order agreed',
        nextFollowUpOn: '2026-03-09',
      }),
    ).toEqual({
      kind: 'visit',
      summary: 'Factory visit',
      occurredAt: '2026-03-02T09:30:00.000Z',
      outcome: 'Sample order agreed',
      nextFollowUpOn: '2026-03-09',
    });
  });
});
