import { allOf } from '../../shared/enum-values';
import type {
  AddressType,
  CompanySize,
  CustomerKind,
  CustomerRole,
  CustomerTier,
  DuplicateMatchField,
  EmailType,
  Gender,
  ImType,
  MaritalStatus,
  PhoneType,
} from './customer-types';

export const CUSTOMER_KINDS = allOf<CustomerKind>()(['company', 'person']);
export const CUSTOMER_TIERS = allOf<CustomerTier>()([
  'potential',
  'intent',
  'deal',
  'loyal',
  'churned',
]);
export const CUSTOMER_ROLES = allOf<CustomerRole>()([
  'customer',
  'debtor',
  'supplier',
  'partner',
  'competitor',
]);
export const PHONE_TYPES = allOf<PhoneType>()(['mobile', 'work', 'home', 'fax', 'other']);
export const EMAIL_TYPES = allOf<EmailType>()(['work', 'personal', 'other']);
export const ADDRESS_TYPES = allOf<AddressType>()([
  'office',
  'billing',
  'shipping',
  'home',
  'other',
]);
export const IM_TYPES = allOf<ImType>()(['wechat', 'qq', 'dingtalk', 'whatsapp', 'other']);
export const COMPANY_SIZES = allOf<CompanySize>()(['1-9', '10-49', '50-199', '200-999', '1000+']);
export const GENDERS = allOf<Gender>()(['female', 'male', 'other']);
export const MARITAL_STATUSES = allOf<MaritalStatus>()([
  'single',
  'married',
  'divorced',
  'widowed',
  'other',
]);
export const DUPLICATE_MATCH_FIELDS = allOf<DuplicateMatchField>()([
  'phone',
  'email',
  'taxId',
  'name',
  'address',
]);

/** Lifecycle colours: cold to warm, churned in grey. */
export const TIER_COLORS: Record<CustomerTier, string> = {
  potential: 'cyan',
  intent: 'blue',
  deal: 'green',
  loyal: 'gold',
  churned: 'default',
};
