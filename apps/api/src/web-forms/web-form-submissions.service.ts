import { Inject, Injectable } from '@nestjs/common';
import {
  type CustomFieldValue,
  customFieldKeyOfReference,
  normalizeEmail,
  parseCustomFieldCell,
  validateCustomFieldValues,
} from '@kehu/domain';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import {
  ForbiddenError,
  NotFoundError,
  RateLimitedError,
  ValidationError,
} from '../common/errors/app-error';
import { RateLimitRepository } from '../common/rate-limit/rate-limit.repository';
import { CustomFieldsService } from '../custom-fields/custom-fields.service';
import { LeadsService } from '../leads/leads.service';
import type { WebFormLeadField } from './dto/web-form.dto';
import type { WebForm } from './entities/web-form.entity';
import { WebFormsRepository } from './web-forms.repository';

/** The longest text a form field filling a custom field takes (a text's own limit applies after). */
const MAX_CUSTOM_VALUE_LENGTH = 10_000;

const MAX_VALUE_LENGTH: Record<WebFormLeadField, number> = {
  name: 200,
  company: 200,
  title: 120,
  phone: 40,
  email: 254,
  region: 80,
  productInterest: 120,
  notes: 2000,
};

export interface Submission {
  key: string;
  origin: string | undefined;
  address: string;
  body: unknown;
}

/**
 * Public web-form submissions (no login): only from the form's allowed origins, never
 * with the honeypot filled, at most N per client address per window (counted in
 * PostgreSQL, shared by all processes), and only the mapped fields, each size-limited.
 * A valid submission becomes a lead assigned by the rules.
 */
@Injectable()
export class WebFormSubmissionsService {
  constructor(
    private readonly forms: WebFormsRepository,
    private readonly leads: LeadsService,
    private readonly buckets: RateLimitRepository,
    private readonly customFields: CustomFieldsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The form behind a key, if this origin may post it (for CORS preflight too). */
  async formForOrigin(key: string, origin: string | undefined): Promise<WebForm> {
    const form = await this.forms.findActiveByKey(key);
    if (!form) throw new NotFoundError('The form');
    if (origin === undefined || !form.allowedOrigins.includes(origin)) {
      throw new ForbiddenError('This form does not accept submissions from this site.');
    }
    return form;
  }

  async submit(submission: Submission): Promise<void> {
    const form = await this.formForOrigin(submission.key, submission.origin);
    const bucket = await this.buckets.hit(
      `web-form:${submission.address}`,
      this.config.webFormWindowSeconds,
    );
    if (bucket.hits > this.config.webFormMaxSubmissionsPerAddress) {
      const seconds = Math.max(1, Math.ceil((bucket.resetAt.getTime() - Date.now()) / 1000));
      throw new RateLimitedError(seconds, 'Too many submissions. Try again later.');
    }
    const { values, custom } = this.readValues(form, submission.body);
    const customFieldValues = await this.customFieldValues(form, custom);
    await this.leads.capture({
      customFieldValues,
      name: values.name ?? '',
      company: values.company,
      title: values.title,
      region: values.region,
      productInterest: values.productInterest,
      notes: values.notes,
      phones: values.phone ? [{ type: 'mobile', value: values.phone, primary: true }] : undefined,
      emails: values.email ? [{ type: 'work', value: values.email, primary: true }] : undefined,
      campaign: form.campaign ?? undefined,
      source: 'web-form',
      webFormId: form.id,
    });
  }

  /**
   * A submission's lead custom field values: each form field's text read for its field's
   * type by the domain's parseCustomFieldCell (as an import reads a cell), then the
   * domain's one validation of a new lead's values (defaults, required fields). A wrong
   * value is a 400 naming the form field.
   */
  private async customFieldValues(
    form: WebForm,
    custom: Record<string, { field: string; text: string }>,
  ): Promise<Record<string, CustomFieldValue>> {
    const live = await this.customFields.liveDefinitions('lead');
    const given: Record<string, unknown> = {};
    const errors: Array<{ field: string; message: string }> = [];
    for (const [key, { field, text }] of Object.entries(custom)) {
      const definition = live.find((candidate) => candidate.key === key);
      if (!definition) {
        errors.push({ field, message: `${field} is not a field of this form` });
        continue;
      }
      const parsed = parseCustomFieldCell(definition, text);
      if (!parsed.ok) errors.push({ field, message: `${field} ${parsed.reason}` });
      else if (parsed.value !== undefined) given[key] = parsed.value;
    }
    if (errors.length > 0) throw new ValidationError(errors);
    const checked = validateCustomFieldValues(live, given, { mode: 'create' });
    if (checked.problems.length > 0) {
      const formField = (key: string) =>
        Object.entries(form.fieldMapping).find(([, target]) => target === `cf.${key}`)?.[0];
      throw new ValidationError(
        checked.problems.map((problem) => {
          const field = formField(problem.key);
          return field
            ? { field, message: problem.message.replace(`customFields.${problem.key}`, field) }
            : { field: `customFields.${problem.key}`, message: problem.message };
        }),
      );
    }
    const stored: Record<string, CustomFieldValue> = {};
    for (const [key, value] of Object.entries(checked.values))
      if (value !== null) stored[key] = value;
    return stored;
  }

  /** The mapped lead fields of a submission (custom fields apart, by key); anything else is a 400. */
  private readValues(
    form: WebForm,
    body: unknown,
  ): {
    values: Partial<Record<WebFormLeadField, string>>;
    custom: Record<string, { field: string; text: string }>;
  } {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw ValidationError.field('body', 'must be form fields (JSON object or URL-encoded)');
    }
    const values: Partial<Record<WebFormLeadField, string>> = {};
    const custom: Record<string, { field: string; text: string }> = {};
    const errors: Array<{ field: string; message: string }> = [];
    for (const [field, raw] of Object.entries(body as Record<string, unknown>)) {
      if (field === form.honeypotField) {
        if (raw !== '' && raw !== undefined)
          throw new ValidationError([], 'The submission was refused.');
        continue;
      }
      const leadField = form.fieldMapping[field] as WebFormLeadField | undefined;
      if (leadField === undefined) {
        errors.push({ field, message: `${field} is not a field of this form` });
        continue;
      }
      if (typeof raw !== 'string') {
        errors.push({ field, message: `${field} must be text` });
        continue;
      }
      const value = raw.trim();
      const customKey = customFieldKeyOfReference(leadField);
      if (customKey !== null) {
        if (value.length > MAX_CUSTOM_VALUE_LENGTH)
          errors.push({ field, message: `${field} is longer than ${MAX_CUSTOM_VALUE_LENGTH}` });
        else if (value !== '') custom[customKey] = { field, text: value };
        continue;
      }
      if (value.length > MAX_VALUE_LENGTH[leadField]) {
        errors.push({ field, message: `${field} is longer than ${MAX_VALUE_LENGTH[leadField]}` });
        continue;
      }
      if (value !== '') values[leadField] = value;
    }
    if (!values.name) errors.push({ field: 'name', message: 'a name is required' });
    if (values.email !== undefined && normalizeEmail(values.email) === null)
      errors.push({ field: 'email', message: 'email is not an e-mail address' });
    if (values.phone !== undefined && !/^[+\d][\d\s()-]{4,39}$/.test(values.phone))
      errors.push({ field: 'phone', message: 'phone is not a phone number' });
    if (errors.length > 0) throw new ValidationError(errors);
    return { values, custom };
  }
}
