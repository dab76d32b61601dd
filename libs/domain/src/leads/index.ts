export * from './lead-status';
export * from './lead-assignment';
export * from './lead-score';
export * from './lead-conversion-rule';
export {
  LEAD_AUDITED_FIELDS,
  LEAD_EXPORTABLE_FIELDS,
  LEAD_FIELDS,
  type LeadField,
  type LeadFieldSpec,
} from './lead-fields';
