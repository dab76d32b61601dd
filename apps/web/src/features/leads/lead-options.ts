import type { LeadSort, LeadStatus } from './lead-types';

export { LEAD_SOURCES, LEAD_STATUSES } from '@kehu/domain';

export const LEAD_SORTS = [
  '-createdAt',
  'createdAt',
  '-updatedAt',
  'updatedAt',
  'name',
  '-name',
  '-number',
  'number',
  '-score',
  'score',
] as const satisfies readonly LeadSort[];

export const LEAD_STATUS_COLORS: Record<LeadStatus, string> = {
  new: 'blue',
  contacted: 'cyan',
  qualified: 'green',
  converted: 'purple',
  disqualified: 'default',
};
