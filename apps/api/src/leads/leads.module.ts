import { Module } from '@nestjs/common';
import { ExportModule } from '../common/export/export.module';
import { CustomersModule } from '../customers/customers.module';
import { CustomFieldsModule } from '../custom-fields/custom-fields.module';
import { SettingsRepository } from '../settings/settings.repository';
import { LeadAssignmentService } from './lead-assignment.service';
import { LeadContactMatches } from './lead-contact-matches';
import { LeadContactMatchesRepository } from './lead-contact-matches.repository';
import { LeadConversionCandidatesRepository } from './lead-conversion-candidates.repository';
import { LeadConversionCandidatesService } from './lead-conversion-candidates.service';
import { LeadConversionService } from './lead-conversion.service';
import { LEAD_CONVERTED_HANDLERS } from './lead-converted.hook';
import { LeadExportController, LeadExportTarget } from './lead-export.target';
import { LeadFollowUpReminders } from './lead-follow-up-reminders';
import { LeadSettingsController } from './lead-settings.controller';
import { LeadSettingsService } from './lead-settings.service';
import { LeadTimelineController, LeadTimelineSubject } from './lead-timeline.subject';
import { LeadsController } from './leads.controller';
import { LeadsRepository } from './leads.repository';
import { LeadsService } from './leads.service';

@Module({
  imports: [CustomersModule, CustomFieldsModule, ExportModule],
  controllers: [
    LeadExportController,
    LeadsController,
    LeadTimelineController,
    LeadSettingsController,
  ],
  providers: [
    LeadAssignmentService,
    LeadContactMatches,
    LeadContactMatchesRepository,
    LeadConversionCandidatesRepository,
    LeadConversionCandidatesService,
    LeadConversionService,
    LeadExportTarget,
    // The pipeline module will contribute its "open an opportunity" handler here.
    { provide: LEAD_CONVERTED_HANDLERS, useValue: [] },
    LeadFollowUpReminders,
    LeadSettingsService,
    LeadTimelineSubject,
    LeadsRepository,
    LeadsService,
    SettingsRepository,
  ],
  // Other modules go through the services.
  exports: [LeadAssignmentService, LeadContactMatches, LeadSettingsService, LeadsService],
})
export class LeadsModule {}
