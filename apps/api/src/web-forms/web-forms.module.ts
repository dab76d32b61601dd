import { Module } from '@nestjs/common';
import { CustomFieldsModule } from '../custom-fields/custom-fields.module';
import { LeadsModule } from '../leads/leads.module';
import { WebFormSubmissionsController } from './web-form-submissions.controller';
import { WebFormSubmissionsService } from './web-form-submissions.service';
import { WebFormsController } from './web-forms.controller';
import { WebFormsRepository } from './web-forms.repository';
import { WebFormsService } from './web-forms.service';

@Module({
  imports: [CustomFieldsModule, LeadsModule],
  controllers: [WebFormsController, WebFormSubmissionsController],
  providers: [WebFormSubmissionsService, WebFormsRepository, WebFormsService],
})
export class WebFormsModule {}
