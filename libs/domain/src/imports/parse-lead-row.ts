import { normalizeEmail } from '../customers/normalize-email';
import { normalizePhone } from '../customers/normalize-phone';
import { enumCellReader } from './enum-labels';
import { cellReader, ownerEmailCell, phoneCells } from './row-cells';
import { LEAD_SOURCES, type LeadSource } from '../leads/lead-status';
import type { LeadImportField } from './lead-import-fields';

/** Sources by code, by their zh-CN or English label, or by these synonyms people write. */
const readSource = enumCellReader('leadSource', LEAD_SOURCES, {
  web: 'web-form',
  website: 'web-form',
  网站: 'web-form',
  网页表单: 'web-form',
  官网: 'web-form',
  社交: 'social',
  微信: 'social',
  来电: 'phone',
  'e-mail': 'email',
  活动: 'event',
  展会: 'event',
  会议: 'event',
  渠道: 'dealer',
  渠道商: 'dealer',
  其它: 'other',
});

const LIMITS: Partial<Record<LeadImportField, number>> = {
  name: 200,
  company: 200,
  title: 120,
  phone: 60,
  mobile: 60,
  email: 320,
  region: 80,
  productInterest: 120,
  campaign: 120,
  notes: 10_000,
  owner: 320,
};

export interface LeadImportRowError {
  column: LeadImportField;
  reason: string;
}

/** A lead draft from one spreadsheet row, in the shape the create API takes. */
export interface ImportedLead {
  name: string;
  company?: string;
  title?: string;
  phones: Array<{ type: 'work' | 'mobile'; value: string; primary: boolean }>;
  emails: Array<{ type: 'work'; value: string; primary: boolean }>;
  region?: string;
  productInterest?: string;
  /** `import` unless the sheet names another channel. */
  source: LeadSource;
  campaign?: string;
  notes?: string;
  /** The owner's email (normalized); absent means the assignment rules choose. */
  ownerEmail?: string;
}

/**
 * Turns one mapped row into a lead draft, or says which cells are wrong and why.
 * Empty cells are simply absent; the source defaults to `import`. A phone must be a
 * valid number and is typed by it (`mobile` or `work`); `phoneKeys` are its keys.
 */
export function parseLeadRow(
  cells: Partial<Record<LeadImportField, string>>,
):
  | { lead: ImportedLead; phoneKeys: string[]; errors: [] }
  | { lead: null; errors: LeadImportRowError[] } {
  const errors: LeadImportRowError[] = [];
  const value = cellReader(cells, LIMITS, errors);

  const name = value('name');
  if (name === undefined && !errors.some((error) => error.column === 'name'))
    errors.push({ column: 'name', reason: 'is required' });
  const { phones, keys: phoneKeys } = phoneCells(value, ['phone', 'mobile'], errors);
  const email = value('email');
  if (email !== undefined && normalizeEmail(email) === null)
    errors.push({ column: 'email', reason: `"${email}" is not an email address` });
  const sourceText = value('source');
  const source = sourceText === undefined ? 'import' : readSource(sourceText);
  if (source === undefined)
    errors.push({ column: 'source', reason: `"${sourceText}" is not a lead source` });
  const ownerEmail = ownerEmailCell(value, 'owner', errors);

  if (errors.length > 0 || name === undefined || source === undefined || ownerEmail === null)
    return { lead: null, errors };
  return {
    lead: {
      name,
      company: value('company'),
      title: value('title'),
      phones,
      emails: email === undefined ? [] : [{ type: 'work', value: email, primary: true }],
      region: value('region'),
      productInterest: value('productInterest'),
      source,
      campaign: value('campaign'),
      notes: value('notes'),
      ownerEmail,
    },
    phoneKeys,
    errors: [],
  };
}

/**
 * The keys a lead is matched on against live leads: its phones and emails, normalized
 * exactly as customers' are, each prefixed with its kind (`phone:+86…`, `email:…`).
 * `phoneKeys`, when given, are its phones' keys already computed ({@link parseLeadRow}).
 */
export function leadContactKeys(
  lead: {
    phones: ReadonlyArray<{ value: string }>;
    emails: ReadonlyArray<{ value: string }>;
  },
  phoneKeys?: readonly string[],
): string[] {
  const keys = new Set<string>();
  for (const key of phoneKeys ?? lead.phones.map((phone) => normalizePhone(phone.value))) {
    if (key !== null) keys.add(`phone:${key}`);
  }
  for (const email of lead.emails) {
    const key = normalizeEmail(email.value);
    if (key !== null) keys.add(`email:${key}`);
  }
  return [...keys];
}
