import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { customFieldKeyOfReference } from '@kehu/domain';
import type { AuthContext } from '../authz/auth-context';
import { NotFoundError, ValidationError } from '../common/errors/app-error';
import { definedFields } from '../common/http/defined-fields';
import type { Page } from '../common/pagination/keyset';
import { AuditedWrites, type AuditedTarget } from '../database/audited-writes.repository';
import {
  type CreateWebFormRequest,
  FORM_FIELD_NAME,
  type ListWebFormsQuery,
  type UpdateWebFormRequest,
  WEB_FORM_LEAD_FIELDS,
  type WebFormResponse,
} from './dto/web-form.dto';
import { CustomFieldsService } from '../custom-fields/custom-fields.service';
import { embedSnippet } from './embed-snippet';
import { WebForm } from './entities/web-form.entity';
import { WebFormsRepository } from './web-forms.repository';

const TARGET: AuditedTarget<WebForm> = {
  entity: WebForm,
  auditName: 'web-form',
  fields: ['name', 'allowedOrigins', 'fieldMapping', 'honeypotField', 'campaign', 'active'],
};

export function submitPathOf(form: WebForm): string {
  return `/api/v1/public/forms/${form.publicKey}/submissions`;
}

function assertValidMapping(
  mapping: Record<string, unknown> | undefined,
  honeypotField: string | undefined,
): void {
  if (mapping === undefined) return;
  const errors: string[] = [];
  const entries = Object.entries(mapping);
  if (entries.length === 0 || entries.length > 20) errors.push('must map 1 to 20 form fields');
  for (const [field, leadField] of entries) {
    if (!FORM_FIELD_NAME.test(field)) errors.push(`"${field}" is not a valid form field name`);
    if (
      !(WEB_FORM_LEAD_FIELDS as readonly unknown[]).includes(leadField) &&
      customFieldKeyOfReference(leadField) === null
    )
      errors.push(
        `"${field}" must map to one of ${WEB_FORM_LEAD_FIELDS.join(', ')} or cf.<lead custom field key>`,
      );
  }
  if (!entries.some(([, leadField]) => leadField === 'name'))
    errors.push('one form field must fill the lead’s name');
  if (honeypotField !== undefined && honeypotField in mapping)
    errors.push('the honeypot field cannot be a mapped field');
  if (errors.length > 0)
    throw new ValidationError(errors.map((message) => ({ field: 'fieldMapping', message })));
}

/** Admin-defined lead capture forms (web forms), with the snippet to embed them. */
@Injectable()
export class WebFormsService {
  constructor(
    private readonly forms: WebFormsRepository,
    private readonly writes: AuditedWrites,
    private readonly customFields: CustomFieldsService,
  ) {}

  /** The custom fields a mapping fills must be live lead fields. */
  private async assertCustomFieldsExist(mapping: Record<string, unknown>): Promise<void> {
    const keys = Object.values(mapping).flatMap((target) =>
      typeof target === 'string' ? (customFieldKeyOfReference(target) ?? []) : [],
    );
    if (keys.length === 0) return;
    const live = new Set(
      (await this.customFields.liveDefinitions('lead')).map((field) => field.key),
    );
    const unknown = keys.filter((key) => !live.has(key));
    if (unknown.length > 0)
      throw new ValidationError(
        unknown.map((key) => ({
          field: 'fieldMapping',
          message: `cf.${key} is not a custom field of leads`,
        })),
      );
  }

  async list(query: ListWebFormsQuery, baseUrl: string): Promise<Page<WebFormResponse>> {
    const page = await this.forms.list(query);
    return {
      items: await this.presentAll(page.items, baseUrl),
      nextCursor: page.nextCursor,
    };
  }

  async get(id: string, baseUrl: string): Promise<WebFormResponse> {
    const [presented] = await this.presentAll([await this.find(id)], baseUrl);
    return presented;
  }

  async create(auth: AuthContext, request: CreateWebFormRequest, baseUrl: string) {
    // The DTO inherits @IsOptional from the editable fields, so check the required ones here.
    if (typeof request.name !== 'string' || request.name.trim() === '')
      throw ValidationError.field('name', 'is required');
    if (request.fieldMapping === undefined)
      throw ValidationError.field('fieldMapping', 'is required');
    assertValidMapping(request.fieldMapping, request.honeypotField ?? 'website');
    await this.assertCustomFieldsExist(request.fieldMapping);
    const form = await this.writes.create(auth, TARGET, {
      ...definedFields(request),
      name: request.name.trim(),
      publicKey: randomBytes(18).toString('base64url'),
    });
    const [presented] = await this.presentAll([form], baseUrl);
    return presented;
  }

  async update(
    auth: AuthContext,
    id: string,
    ifMatch: number | undefined,
    request: UpdateWebFormRequest,
    baseUrl: string,
  ): Promise<WebFormResponse> {
    const current = await this.find(id);
    assertValidMapping(
      request.fieldMapping ?? current.fieldMapping,
      request.honeypotField ?? current.honeypotField,
    );
    if (request.fieldMapping) await this.assertCustomFieldsExist(request.fieldMapping);
    await this.writes.update(auth, TARGET, current, ifMatch, definedFields(request));
    return this.get(id, baseUrl);
  }

  async remove(auth: AuthContext, id: string, ifMatch: number | undefined): Promise<void> {
    await this.writes.softDelete(auth, TARGET, await this.find(id), ifMatch);
  }

  async restore(auth: AuthContext, id: string, baseUrl: string): Promise<WebFormResponse> {
    const current = await this.find(id, { withDeleted: true });
    if (current.deletedAt !== null) await this.writes.restore(auth, TARGET, current);
    return this.get(id, baseUrl);
  }

  private async find(id: string, options: { withDeleted?: boolean } = {}): Promise<WebForm> {
    const form = await this.forms.find(id, options);
    if (!form) throw new NotFoundError('The web form');
    return form;
  }

  /** The forms as answered, their snippets labelling custom field inputs by the fields' labels. */
  private async presentAll(forms: readonly WebForm[], baseUrl: string): Promise<WebFormResponse[]> {
    const labels = new Map(
      (await this.customFields.liveDefinitions('lead')).map((field) => [
        `cf.${field.key}`,
        field.labelEn && field.labelEn !== field.labelZh
          ? `${field.labelEn} / ${field.labelZh}`
          : field.labelZh,
      ]),
    );
    return forms.map((form) => this.present(form, baseUrl, labels));
  }

  private present(
    form: WebForm,
    baseUrl: string,
    customFieldLabels: ReadonlyMap<string, string>,
  ): WebFormResponse {
    return {
      id: form.id,
      name: form.name,
      publicKey: form.publicKey,
      allowedOrigins: form.allowedOrigins,
      fieldMapping: form.fieldMapping,
      honeypotField: form.honeypotField,
      campaign: form.campaign,
      active: form.active,
      submitPath: submitPathOf(form),
      embedSnippet: embedSnippet(form, `${baseUrl}${submitPathOf(form)}`, customFieldLabels),
      version: form.version,
      createdAt: form.createdAt.toISOString(),
      updatedAt: form.updatedAt.toISOString(),
    };
  }
}
