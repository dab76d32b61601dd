import { LEAD_STEPS, leadStepIndex } from '../lead-status-steps';

describe('the lead status steps', () => {
  it('puts each status on its own step, in order', () => {
    expect(LEAD_STEPS.map(leadStepIndex)).toEqual([0, 1, 2, 3]);
  });

  it('shows a disqualified lead stopped on the first step', () => {
    expect(leadStepIndex('disqualified')).toBe(0);
  });
});
