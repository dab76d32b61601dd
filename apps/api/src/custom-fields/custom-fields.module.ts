import { Module } from '@nestjs/common';
import { CustomFieldIndexes } from './custom-field-indexes';
import { CustomFieldIndexesRepository } from './custom-field-indexes.repository';
import { CustomFieldQueries } from './custom-field-queries';
import { CustomFieldValuesRepository } from './custom-field-values.repository';
import { CustomFieldsController } from './custom-fields.controller';
import { CustomFieldsRepository } from './custom-fields.repository';
import { CustomFieldsService } from './custom-fields.service';

/** Admin-defined custom fields of customers, contacts, leads and later modules' records. */
@Module({
  controllers: [CustomFieldsController],
  providers: [
    CustomFieldsRepository,
    CustomFieldValuesRepository,
    CustomFieldsService,
    CustomFieldIndexes,
    CustomFieldIndexesRepository,
    CustomFieldQueries,
  ],
  exports: [CustomFieldsService, CustomFieldQueries],
})
export class CustomFieldsModule {}
