export {
  kindFits,
  PARTY_KIND_CONSTRAINTS,
  PARTY_KINDS,
  relationshipTypeViolations,
  type PartyKind,
  type PartyKindConstraint,
  type RelationshipTypeShape,
  type RuleViolation,
} from './relationship-type';
export { relationshipViolations, type RelationshipDraft } from './relationship-violations';
export { percentageInHundredths, sharesExceedWhole, WHOLE_SHARE_HUNDREDTHS } from './percentage';
export { storedEndpoints } from './edge-endpoints';
