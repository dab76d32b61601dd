import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CustomFieldDefinitionEntity } from '../custom-fields/entities/custom-field-definition.entity';

/** What the served OpenAPI document reads of the custom field definitions. */
export class OpenApiCustomFieldsRepository {
  private constructor(private readonly dataSource: () => DataSource) {}

  /** Reads through the application's data source once it is up. */
  static of(app: INestApplication): OpenApiCustomFieldsRepository {
    return new OpenApiCustomFieldsRepository(() => app.get(DataSource));
  }

  /** Changes whenever a definition is added, changed, deleted or restored. */
  async fingerprint(): Promise<string> {
    const [row] = await this.dataSource().query<Array<Record<string, string>>>(
      `SELECT count(*) AS rows, coalesce(sum(version), 0) AS versions,
              count(deleted_at) AS deleted, coalesce(max(updated_at)::text, '') AS changed
         FROM custom_field_definitions`,
    );
    return [row.rows, row.versions, row.deleted, row.changed].join('|');
  }

  /** Every live definition, in form order. */
  liveDefinitions(): Promise<CustomFieldDefinitionEntity[]> {
    return this.dataSource()
      .getRepository(CustomFieldDefinitionEntity)
      .find({ order: { position: 'ASC', id: 'ASC' } });
  }
}
