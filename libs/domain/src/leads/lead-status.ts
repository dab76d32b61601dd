/** Qualification statuses of a lead (product.md §2). */
export const LEAD_STATUSES = [
  'new',
  'contacted',
  'qualified',
  'converted',
  'disqualified',
] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

/** Statuses in which a lead is still being worked (counted as an owner's open leads). */
export const OPEN_LEAD_STATUSES: readonly LeadStatus[] = ['new', 'contacted', 'qualified'];

/** Where a lead came from. */
export const LEAD_SOURCES = [
  'web-form',
  'social',
  'phone',
  'email',
  'event',
  'dealer',
  'import',
  'api',
  'other',
] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];

/**
 * The status changes a person may make. `converted` is reached only by converting the
 * lead into a customer, and it is final; a disqualified lead can be reopened as new.
 */
const NEXT_STATUSES: Record<LeadStatus, readonly LeadStatus[]> = {
  new: ['contacted', 'qualified', 'disqualified'],
  contacted: ['qualified', 'disqualified'],
  qualified: ['contacted', 'disqualified'],
  disqualified: ['new'],
  converted: [],
};

export function canChangeLeadStatus(from: LeadStatus, to: LeadStatus): boolean {
  return from === to || NEXT_STATUSES[from].includes(to);
}

export function nextLeadStatuses(from: LeadStatus): readonly LeadStatus[] {
  return NEXT_STATUSES[from];
}

export function isOpenLeadStatus(status: LeadStatus): boolean {
  return OPEN_LEAD_STATUSES.includes(status);
}
