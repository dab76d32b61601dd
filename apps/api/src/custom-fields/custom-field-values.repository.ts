import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  canConvert,
  type CustomFieldRecordType,
  type CustomFieldRules,
  type CustomFieldType,
  type CustomFieldValue,
} from '@kehu/domain';
import type { DataSource } from 'typeorm';
import type { CustomFieldDefinitionEntity } from './entities/custom-field-definition.entity';

/**
 * The tables whose rows hold custom field values, in a `custom_fields` jsonb object, by
 * record type. A record type without a table here has no stored values yet.
 */
export const CUSTOM_FIELD_VALUE_TABLES: Partial<Record<CustomFieldRecordType, string>> = {
  customer: 'customers',
  contact: 'contacts',
  lead: 'leads',
};

/** The stored custom field values, as the definitions' rules need to read them. */
@Injectable()
export class CustomFieldValuesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * How many records (deleted ones too: their values come back on restore) hold a value
   * of the field that would not survive a change to `type`. Reads each distinct value
   * once.
   */
  async countUnconvertible(
    definition: Pick<CustomFieldDefinitionEntity, 'recordType' | 'key' | 'type'>,
    type: CustomFieldType,
    target: Partial<Pick<CustomFieldRules, 'options' | 'min' | 'max'>>,
  ): Promise<number> {
    const table = CUSTOM_FIELD_VALUE_TABLES[definition.recordType];
    if (table === undefined) return 0;
    // The table name is a constant of the code; the key is a bound parameter.
    const rows: Array<{ value: CustomFieldValue; records: string }> = await this.dataSource.query(
      `SELECT custom_fields -> $1 AS value, count(*) AS records FROM ${table}
        WHERE custom_fields ? $1 AND custom_fields -> $1 <> 'null'::jsonb GROUP BY 1`,
      [definition.key],
    );
    return rows
      .filter((row) => !canConvert(definition.type, type, row.value, target))
      .reduce((sum, row) => sum + Number(row.records), 0);
  }
}
