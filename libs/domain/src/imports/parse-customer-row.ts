import { normalizeEmail } from '../customers/normalize-email';
import { enumCellReader } from './enum-labels';
import { cellReader, ownerEmailCell, phoneCells } from './row-cells';
import type { CustomerImportField } from './customer-import-fields';

/** Kinds, tiers and roles by code, by their zh-CN or English label, or by these synonyms. */
const readKind = enumCellReader('customerKind', ['company', 'person'] as const, {
  公司: 'company',
  单位: 'company',
  organisation: 'company',
  organization: 'company',
  individual: 'person',
  自然人: 'person',
});
const readTier = enumCellReader(
  'customerTier',
  ['potential', 'intent', 'deal', 'loyal', 'churned'] as const,
  {
    潜在客户: 'potential',
    意向客户: 'intent',
    成交客户: 'deal',
    忠诚客户: 'loyal',
    流失客户: 'churned',
  },
);
const readRole = enumCellReader(
  'customerRole',
  ['customer', 'debtor', 'supplier', 'partner', 'competitor'] as const,
  { 经销商: 'partner' },
);
const GENDERS: Record<string, string> = {
  female: 'female',
  f: 'female',
  女: 'female',
  male: 'male',
  m: 'male',
  男: 'male',
};
const LIMITS: Partial<Record<CustomerImportField, number>> = {
  name: 200,
  industry: 80,
  region: 80,
  source: 40,
  website: 300,
  taxId: 40,
  occupation: 120,
  notes: 10_000,
  province: 60,
  city: 60,
  district: 60,
  address: 200,
  postalCode: 20,
  wechat: 100,
  qq: 100,
  owner: 320,
};

export interface ImportRowError {
  column: CustomerImportField;
  reason: string;
}

/** A customer draft from one spreadsheet row, in the shape the create API takes. */
export interface ImportedCustomer {
  kind: 'company' | 'person';
  name: string;
  tier?: string;
  roles?: string[];
  phones: Array<{ type: string; value: string; primary: boolean }>;
  emails: Array<{ type: string; value: string; primary: boolean }>;
  addresses: Array<{
    type: string;
    province?: string;
    city?: string;
    district?: string;
    street?: string;
    postalCode?: string;
    primary: boolean;
  }>;
  imHandles: Array<{ type: string; value: string }>;
  industry?: string;
  region?: string;
  source?: string;
  website?: string;
  taxId?: string;
  gender?: string;
  birthDate?: string;
  occupation?: string;
  notes?: string;
}

function lookup(table: Record<string, string>, value: string): string | undefined {
  return table[value.trim().toLowerCase()] ?? table[value.trim()];
}

/**
 * Turns one mapped row into a customer draft, or says which cells are wrong and why.
 * Empty cells are simply absent; the kind defaults to company. A phone must be a valid
 * number and is typed by it (`mobile` or `work`); `phoneKeys` are the phones' keys.
 * `ownerEmail` is the owner column's email, normalized, beside the draft (an owner is
 * not a customer field); absent, the customer is the importer's.
 */
export function parseCustomerRow(
  cells: Partial<Record<CustomerImportField, string>>,
):
  | { customer: ImportedCustomer; phoneKeys: string[]; ownerEmail?: string; errors: [] }
  | { customer: null; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const value = cellReader(cells, LIMITS, errors);

  const kindText = value('kind');
  const kind = kindText === undefined ? 'company' : readKind(kindText);
  if (kind === undefined)
    errors.push({ column: 'kind', reason: `"${kindText}" is neither company nor person` });
  const name = value('name');
  if (name === undefined && !errors.some((error) => error.column === 'name')) {
    errors.push({ column: 'name', reason: 'is required' });
  }
  const tierText = value('tier');
  const tier = tierText === undefined ? undefined : readTier(tierText);
  if (tierText !== undefined && tier === undefined)
    errors.push({ column: 'tier', reason: `"${tierText}" is not a tier` });
  const roleTexts = value('roles')
    ?.split(/[;,，；、|]/)
    .map((role) => role.trim())
    .filter(Boolean);
  const roles = roleTexts?.map((role) => readRole(role));
  if (roles?.some((role) => role === undefined))
    errors.push({ column: 'roles', reason: `"${value('roles')}" has an unknown role` });

  const { phones, keys: phoneKeys } = phoneCells(value, ['phone', 'mobile'], errors);
  const emailText = value('email');
  if (emailText !== undefined && normalizeEmail(emailText) === null) {
    errors.push({ column: 'email', reason: `"${emailText}" is not an email address` });
  }
  const gender = value('gender');
  const genderValue = gender === undefined ? undefined : lookup(GENDERS, gender);
  if (gender !== undefined && genderValue === undefined)
    errors.push({ column: 'gender', reason: `"${gender}" is not a gender` });
  const birthDate = value('birthDate');
  if (birthDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) {
    errors.push({ column: 'birthDate', reason: `"${birthDate}" is not a date (YYYY-MM-DD)` });
  }
  const website = value('website');
  if (website !== undefined && !/^https?:\/\/\S+$/i.test(website)) {
    errors.push({
      column: 'website',
      reason: `"${website}" is not a web address (http:// or https://)`,
    });
  }
  if (kind === 'company' && (genderValue || birthDate)) {
    errors.push({
      column: genderValue ? 'gender' : 'birthDate',
      reason: 'applies to persons only',
    });
  }
  if (kind === 'person' && value('taxId') !== undefined)
    errors.push({ column: 'taxId', reason: 'applies to companies only' });
  const ownerEmail = ownerEmailCell(value, 'owner', errors);

  if (errors.length > 0 || kind === undefined || name === undefined || ownerEmail === null)
    return { customer: null, errors };
  const street = value('address');
  const addressParts = {
    province: value('province'),
    city: value('city'),
    district: value('district'),
    street,
    postalCode: value('postalCode'),
  };
  const hasAddress = Object.values(addressParts).some((part) => part !== undefined);
  const imHandles = (['wechat', 'qq'] as const).flatMap((type) => {
    const handle = value(type);
    return handle === undefined ? [] : [{ type, value: handle }];
  });
  return {
    customer: {
      kind,
      name,
      tier,
      roles: roles as string[] | undefined,
      phones,
      emails: emailText === undefined ? [] : [{ type: 'work', value: emailText, primary: true }],
      addresses: hasAddress
        ? [{ type: kind === 'company' ? 'office' : 'home', ...addressParts, primary: true }]
        : [],
      imHandles,
      industry: value('industry'),
      region: value('region'),
      source: value('source'),
      website,
      taxId: value('taxId'),
      gender: genderValue,
      birthDate,
      occupation: value('occupation'),
      notes: value('notes'),
    },
    phoneKeys,
    ...(ownerEmail === undefined ? {} : { ownerEmail }),
    errors: [],
  };
}
