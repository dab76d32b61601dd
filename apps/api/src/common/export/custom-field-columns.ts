import { Injectable } from '@nestjs/common';
import { type CustomFieldValue, customFieldVisibleTo, formatCustomFieldCell } from '@kehu/domain';
import type { AuthContext } from '../../authz/auth-context';
import { CustomFieldsService } from '../../custom-fields/custom-fields.service';
import type { ExportLocale, ExportColumn } from './spreadsheet-export';
import { UserEmailsRepository } from './user-emails.repository';

/** Where an export's rows carry their records' custom field values. */
export interface ExportedCustomFields<Row> {
  recordType: 'customer' | 'lead';
  /** The record's stored values; only the fields the caller sees become columns. */
  valuesOf(row: Row): Readonly<Record<string, CustomFieldValue>> | undefined;
}

/**
 * An export's custom field columns: one per live field the caller sees, in the fields'
 * order, headed by its label in the export's language (key `cf.<key>`, which the import
 * maps back by that label). Values are written as formatCustomFieldCell shows them
 * (option labels, 是/否 or Yes/No, users' e-mail addresses, dates as YYYY-MM-DD), so an
 * exported file re-imports unchanged.
 */
@Injectable()
export class ExportCustomFieldColumns {
  constructor(
    private readonly customFields: CustomFieldsService,
    private readonly users: UserEmailsRepository,
  ) {}

  async columns<Row>(
    auth: AuthContext,
    source: ExportedCustomFields<Row>,
    locale: ExportLocale,
  ): Promise<{ columns: Array<ExportColumn<Row>>; headers: Record<string, string> }> {
    const fields = (await this.customFields.liveDefinitions(source.recordType)).filter((field) =>
      customFieldVisibleTo(field, auth.principal.roles),
    );
    const emails = fields.some((field) => field.type === 'user')
      ? await this.users.all()
      : new Map<string, string>();
    const format = {
      language: locale.language,
      timeZone: locale.timeZone,
      userEmail: (id: string) => emails.get(id),
    };
    return {
      columns: fields.map((field) => ({
        field: 'customFields',
        header: `cf.${field.key}`,
        value: (row: Row) =>
          formatCustomFieldCell(field, source.valuesOf(row)?.[field.key], format),
      })),
      headers: Object.fromEntries(
        fields.map((field) => [
          `cf.${field.key}`,
          locale.language === 'zh-CN' ? field.labelZh : field.labelEn,
        ]),
      ),
    };
  }
}
