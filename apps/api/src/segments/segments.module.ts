import { Module } from '@nestjs/common';
import { CustomersModule } from '../customers/customers.module';
import { CustomFieldsModule } from '../custom-fields/custom-fields.module';
import { SegmentsController } from './segments.controller';
import { SegmentsRepository } from './segments.repository';
import { SegmentsService } from './segments.service';

/** Saved customer segments: static member lists and dynamic saved filters. */
@Module({
  imports: [CustomersModule, CustomFieldsModule],
  controllers: [SegmentsController],
  providers: [SegmentsRepository, SegmentsService],
})
export class SegmentsModule {}
