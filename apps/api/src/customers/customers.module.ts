import { Module } from '@nestjs/common';
import { CustomFieldsModule } from '../custom-fields/custom-fields.module';
import { ExportModule } from '../common/export/export.module';
import { SettingsRepository } from '../settings/settings.repository';
import { CustomerBatchUpdates } from './customer-batch-updates';
import { CustomerExportController, CustomerExportTarget } from './customer-export.target';
import { CustomerTimelineController, CustomerTimelineSubject } from './customer-timeline.subject';
import { CustomerWriter } from './customer-writer';
import { CustomerTransferService } from './customer-transfer.service';
import { CustomersController } from './customers.controller';
import { CustomersRepository } from './customers.repository';
import { CustomersService } from './customers.service';
import { DuplicateRulesController } from './duplicate-rules.controller';
import { DuplicateCandidatesRepository } from './duplicates/duplicate-candidates.repository';
import { DuplicateCheckService } from './duplicates/duplicate-check.service';
import { DuplicateRulesService } from './duplicates/duplicate-rules.service';
import { INTERACTION_LOGGED_HANDLERS } from './interaction-logged.hook';
import { CustomerMergeSteps } from './merge/customer-merge-steps';
import { CustomerMergeService } from './merge/customer-merge.service';
import { OwnersRepository } from './owners.repository';

@Module({
  imports: [CustomFieldsModule, ExportModule],
  controllers: [
    CustomerExportController,
    CustomersController,
    CustomerTimelineController,
    DuplicateRulesController,
  ],
  providers: [
    CustomerBatchUpdates,
    CustomerExportTarget,
    CustomerMergeService,
    CustomerMergeSteps,
    CustomersRepository,
    CustomersService,
    CustomerTimelineSubject,
    CustomerTransferService,
    CustomerWriter,
    DuplicateCandidatesRepository,
    DuplicateCheckService,
    DuplicateRulesService,
    { provide: INTERACTION_LOGGED_HANDLERS, useValue: [] },
    OwnersRepository,
    SettingsRepository,
  ],
  // Other modules go through the services. The one repository exported, OwnersRepository,
  // is the ownership rule of every owned record (an active owner and a team of theirs), for
  // customers, leads and their imports alike: a narrow query that validates, not a table of
  // this module.
  exports: [
    CustomerBatchUpdates,
    CustomerMergeSteps,
    CustomersService,
    CustomerWriter,
    DuplicateCheckService,
    DuplicateRulesService,
    INTERACTION_LOGGED_HANDLERS,
    OwnersRepository,
  ],
})
export class CustomersModule {}
