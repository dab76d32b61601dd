/** The two kinds of customer a relationship can join. */
export const PARTY_KINDS = ['company', 'person'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

/** The kind a relationship type accepts at one end: a company, a person, or either. */
export const PARTY_KIND_CONSTRAINTS = ['company', 'person', 'any'] as const;
export type PartyKindConstraint = (typeof PARTY_KIND_CONSTRAINTS)[number];

/** What a relationship type says about its edges, as the validation rules need it. */
export interface RelationshipTypeShape {
  fromKind: PartyKindConstraint;
  toKind: PartyKindConstraint;
  /** The same relationship read both ways (family): (a, b) and (b, a) are one edge. */
  symmetric: boolean;
  hasPercentage: boolean;
  hasTitle: boolean;
  hasPeriod: boolean;
}

export interface RuleViolation {
  field: string;
  message: string;
}

export function kindFits(constraint: PartyKindConstraint, kind: PartyKind): boolean {
  return constraint === 'any' || constraint === kind;
}

/**
 * A symmetric type has no direction, so both of its ends must accept the same kinds;
 * otherwise (a, b) and (b, a) could not both be the same edge.
 */
export function relationshipTypeViolations(type: RelationshipTypeShape): RuleViolation[] {
  if (type.symmetric && type.fromKind !== type.toKind) {
    return [
      {
        field: 'toKind',
        message: 'toKind must equal fromKind for a symmetric type',
      },
    ];
  }
  return [];
}
