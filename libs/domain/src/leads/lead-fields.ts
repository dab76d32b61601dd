/**
 * The lead field catalogue: the fields of a lead a person sees, with what the API needs to
 * know about them. The write, import, audit and export paths read it, so a new field is
 * added here once.
 */
export interface LeadFieldSpec {
  /** Logged, old and new value, by the audit trail on every write. */
  audited: boolean;
  /**
   * Written by the lead export (as one or more columns, in the catalogue's order, between
   * the number and the dates); the owner and team by name.
   */
  exportable: boolean;
}

const field = (flags: Partial<LeadFieldSpec> = {}): LeadFieldSpec => ({
  audited: true,
  exportable: false,
  ...flags,
});

/** In the order the lead export writes its fields' columns. */
export const LEAD_FIELDS = {
  name: field({ exportable: true }),
  company: field({ exportable: true }),
  title: field({ exportable: true }),
  phones: field({ exportable: true }),
  emails: field({ exportable: true }),
  region: field({ exportable: true }),
  productInterest: field({ exportable: true }),
  source: field({ exportable: true }),
  campaign: field({ exportable: true }),
  status: field({ exportable: true }),
  disqualifiedReason: field(),
  /** Derived from the lead's data and activity, never written by a person. */
  score: field({ exportable: true }),
  nextFollowUpAt: field({ exportable: true }),
  ownerId: field({ exportable: true }),
  teamId: field({ exportable: true }),
  notes: field({ exportable: true }),
  dealerOrgId: field(),
  sharedWithTeam: field(),
  /** Admin-defined fields' values by key (see custom-fields). */
  customFields: field(),
} as const satisfies Record<string, LeadFieldSpec>;

export type LeadField = keyof typeof LEAD_FIELDS;

function fieldsWhere(test: (spec: LeadFieldSpec) => boolean): LeadField[] {
  return (Object.keys(LEAD_FIELDS) as LeadField[]).filter((name) => test(LEAD_FIELDS[name]));
}

/** Fields every lead write logs in its audit entry. */
export const LEAD_AUDITED_FIELDS = fieldsWhere((spec) => spec.audited);
/** The fields the lead export writes, in its column order (besides number and dates). */
export const LEAD_EXPORTABLE_FIELDS = fieldsWhere((spec) => spec.exportable);
