import type { LeadStatus } from './lead-types';

/** The steps a lead goes through, in order; disqualified leaves the path. */
export const LEAD_STEPS = ['new', 'contacted', 'qualified', 'converted'] as const;

/** The index of the step shown as current; a disqualified lead shows the first step failed. */
export function leadStepIndex(status: LeadStatus): number {
  return status === 'disqualified' ? 0 : LEAD_STEPS.indexOf(status);
}
