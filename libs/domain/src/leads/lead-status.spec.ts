import { canChangeLeadStatus, LEAD_STATUSES, nextLeadStatuses } from './lead-status';

describe('lead status changes', () => {
  it('moves a new lead forward through contacted and qualified', () => {
    expect(canChangeLeadStatus('new', 'contacted')).toBe(true);
    expect(canChangeLeadStatus('contacted', 'qualified')).toBe(true);
  });

  it('reaches converted only through conversion, and never leaves it', () => {
    for (const status of LEAD_STATUSES) {
      if (status !== 'converted') expect(canChangeLeadStatus(status, 'converted')).toBe(false);
    }
    expect(nextLeadStatuses('converted')).toEqual([]);
  });

  it('reopens a disqualified lead as new only', () => {
    expect(nextLeadStatuses('disqualified')).toEqual(['new']);
    expect(canChangeLeadStatus('disqualified', 'qualified')).toBe(false);
  });

  it('allows keeping the same status', () => {
    expect(canChangeLeadStatus('qualified', 'qualified')).toBe(true);
  });
});
