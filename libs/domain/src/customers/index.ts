export { toHalfWidth } from './to-half-width';
export { normalizeEmail } from './normalize-email';
export {
  classifyPhone,
  inferPhoneType,
  normalizePhone,
  parsePhone,
  type ClassifiedPhone,
  type InferredPhoneType,
  type ParsedPhone,
} from './normalize-phone';
export { normalizeTaxId } from './normalize-tax-id';
export {
  companyNameParts,
  normalizeCompanyName,
  normalizePersonName,
  type CompanyNameParts,
} from './normalize-name';
export { toSimplified } from './to-simplified';
export { normalizeAddress } from './normalize-address';
export { similarityOfTrigrams, trigramSimilarity, trigramsOf } from './trigram-similarity';
export {
  DEFAULT_DUPLICATE_RULES,
  DEFAULT_FUZZY_THRESHOLDS,
  DUPLICATE_FIELDS,
  DUPLICATE_MODES,
  isDuplicateField,
  isFuzzyDuplicateField,
  validateDuplicateRules,
  type DuplicateField,
  type DuplicateMode,
  type DuplicateRule,
  type DuplicateRuleInput,
  type ExactDuplicateField,
  type FuzzyDuplicateField,
} from './duplicate-rules';
export {
  rankDuplicateMatches,
  scoreDuplicate,
  withoutNamesakes,
  type CustomerKeys,
  type CustomerKind,
  type DuplicateMatch,
} from './duplicate-score';
export { customerKeys, type CustomerKeySource, type CustomerKeysOptions } from './customer-keys';
export {
  CUSTOM_FIELD_DUPLICATE_TYPES,
  customFieldDuplicateKey,
  customFieldDuplicateKeys,
  matchCustomFieldDuplicates,
  validateCustomFieldDuplicateRules,
  type CustomFieldDuplicateRule,
  type CustomFieldDuplicateRuleInput,
} from './custom-field-duplicates';
export * from './merge-fields';
export {
  COMPANY_ONLY_FIELDS,
  CUSTOMER_AUDITED_FIELDS,
  CUSTOMER_EXPORTABLE_FIELDS,
  CUSTOMER_FIELDS,
  CUSTOMER_FINANCIAL_FIELDS,
  CUSTOMER_MERGEABLE_FIELDS,
  fieldsForeignTo,
  PERSON_ONLY_FIELDS,
  type CustomerField,
  type CustomerFieldSpec,
} from './customer-fields';
