import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CustomFieldsModule } from '../custom-fields/custom-fields.module';
import { CustomersModule } from '../customers/customers.module';
import { LeadsModule } from '../leads/leads.module';
import { CustomFieldColumns } from './custom-field-columns';
import { ImportProcessor } from './import.processor';
import { ImportRunner } from './import-runner';
import { IMPORT_TARGET_HANDLERS } from './import-target';
import { ImportsController } from './imports.controller';
import { ImportsRepository } from './imports.repository';
import { ImportsService } from './imports.service';
import { CustomerImportTarget } from './targets/customer-import.target';
import { ImportedCreationsLog } from './targets/imported-creations.log';
import { ImportedCustomersWriter } from './targets/imported-customers.writer';
import { ImportedLeadsWriter } from './targets/imported-leads.writer';
import { ImportedUpdatesLog } from './targets/imported-updates.log';
import { LeadImportTarget } from './targets/lead-import.target';
import { OwnerEmailsRepository } from './owner-emails.repository';
import { UploadStore } from './upload-store';

@Module({
  imports: [AuthModule, CustomersModule, CustomFieldsModule, LeadsModule],
  controllers: [ImportsController],
  providers: [
    CustomerImportTarget,
    ImportedCreationsLog,
    ImportedCustomersWriter,
    ImportedLeadsWriter,
    ImportedUpdatesLog,
    ImportProcessor,
    ImportRunner,
    ImportsRepository,
    ImportsService,
    LeadImportTarget,
    OwnerEmailsRepository,
    CustomFieldColumns,
    UploadStore,
    {
      provide: IMPORT_TARGET_HANDLERS,
      useFactory: (customers: CustomerImportTarget, leads: LeadImportTarget) => [customers, leads],
      inject: [CustomerImportTarget, LeadImportTarget],
    },
  ],
})
export class ImportsModule {}
