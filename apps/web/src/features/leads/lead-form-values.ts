import type { CustomFieldFormValues } from '../../shared/custom-fields/custom-field-types';
import type { CreateLeadRequest, LeadResponse, LeadSource, UpdateLeadRequest } from './lead-types';

/** The create/edit drawer as antd holds it: one phone and one email, dates as text. */
export interface LeadFormValues {
  name: string;
  company?: string;
  title?: string;
  phone?: string;
  email?: string;
  region?: string;
  productInterest?: string;
  source?: LeadSource;
  campaign?: string;
  /** `YYYY-MM-DD`, local. */
  nextFollowUpOn?: string;
  notes?: string;
  ownerId?: string;
  /** The custom fields' inputs by key (see shared/custom-fields). */
  customFields?: CustomFieldFormValues;
}

export const LEAD_FORM_FIELDS = [
  'name',
  'company',
  'title',
  'phone',
  'email',
  'region',
  'productInterest',
  'source',
  'campaign',
  'nextFollowUpOn',
  'notes',
  'ownerId',
  'customFields',
] as const satisfies readonly (keyof LeadFormValues)[];

const trimmed = (value: string | undefined): string | undefined => value?.trim() || undefined;

/** 09:00 local time on the chosen day: when a follow-up reminder is useful. */
function followUpInstant(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year ?? 0, (month ?? 1) - 1, date ?? 1, 9).toISOString();
}

function localDay(instant: string): string {
  const at = new Date(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

export function toLeadFormValues(lead: LeadResponse | null): Partial<LeadFormValues> {
  if (!lead) return { source: 'phone' };
  return {
    name: lead.name,
    company: lead.company ?? undefined,
    title: lead.title ?? undefined,
    phone: lead.phones[0]?.value,
    email: lead.emails[0]?.value,
    region: lead.region ?? undefined,
    productInterest: lead.productInterest ?? undefined,
    source: lead.source,
    campaign: lead.campaign ?? undefined,
    nextFollowUpOn: lead.nextFollowUpAt ? localDay(lead.nextFollowUpAt) : undefined,
    notes: lead.notes ?? undefined,
    ownerId: lead.owner?.id,
  };
}

/** The body of POST /leads: trimmed, empty parts left out. */
export function toCreateLeadRequest(values: LeadFormValues): CreateLeadRequest {
  const phone = trimmed(values.phone);
  const email = trimmed(values.email);
  const request: CreateLeadRequest = {
    name: values.name.trim(),
    ...(phone ? { phones: [{ type: 'mobile', value: phone, primary: true }] } : {}),
    ...(email ? { emails: [{ type: 'work', value: email, primary: true }] } : {}),
    ...(values.source ? { source: values.source } : {}),
    ...(values.ownerId ? { ownerId: values.ownerId } : {}),
    ...(values.nextFollowUpOn ? { nextFollowUpAt: followUpInstant(values.nextFollowUpOn) } : {}),
  };
  for (const key of [
    'company',
    'title',
    'region',
    'productInterest',
    'campaign',
    'notes',
  ] as const) {
    const value = trimmed(values[key]);
    if (value) request[key] = value;
  }
  return request;
}

/**
 * The body of PATCH /leads/:id: only what changed from the lead. Emptied text fields are
 * sent as empty strings, so the API clears them; the owner changes through reassignment.
 */
export function toUpdateLeadRequest(lead: LeadResponse, values: LeadFormValues): UpdateLeadRequest {
  const before = toLeadFormValues(lead);
  const next = toCreateLeadRequest(values);
  const body: UpdateLeadRequest = {};
  if (next.name !== lead.name) body.name = next.name;
  for (const key of [
    'company',
    'title',
    'region',
    'productInterest',
    'campaign',
    'notes',
  ] as const) {
    if ((trimmed(values[key]) ?? '') !== (before[key] ?? '')) body[key] = next[key] ?? '';
  }
  if ((trimmed(values.phone) ?? '') !== (before.phone ?? '')) body.phones = next.phones ?? [];
  if ((trimmed(values.email) ?? '') !== (before.email ?? '')) body.emails = next.emails ?? [];
  if ((values.nextFollowUpOn ?? '') !== (before.nextFollowUpOn ?? '')) {
    body.nextFollowUpAt = next.nextFollowUpAt ?? null;
  }
  return body;
}
