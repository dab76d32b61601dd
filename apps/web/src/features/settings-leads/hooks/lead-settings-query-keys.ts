export const leadSettingsQueryKeys = {
  assignmentRules: ['settings', 'lead-assignment-rules'] as const,
  scoring: ['settings', 'lead-scoring'] as const,
  webForms: ['settings', 'web-forms'] as const,
};
