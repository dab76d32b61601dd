import { Module } from '@nestjs/common';
import { CustomFieldsModule } from '../../custom-fields/custom-fields.module';
import { ExportCustomFieldColumns } from './custom-field-columns';
import { ExportLanguageRepository } from './export-language.repository';
import { ExportService } from './export.service';
import { UserEmailsRepository } from './user-emails.repository';

/**
 * The one export service, for any module with an export target. Its repository is
 * exported too: it reads the console language a user saved, which texts written for them
 * outside an export (a follow-up task's title) follow as well: a narrow read, not a table.
 */
@Module({
  imports: [CustomFieldsModule],
  providers: [
    ExportLanguageRepository,
    UserEmailsRepository,
    ExportCustomFieldColumns,
    ExportService,
  ],
  exports: [ExportLanguageRepository, ExportService],
})
export class ExportModule {}
