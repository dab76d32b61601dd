import { Module } from '@nestjs/common';
import { CustomFieldsModule } from '../custom-fields/custom-fields.module';
import { DefaultLayoutsController, MyLayoutsController } from './page-layouts.controller';
import { PageLayoutsRepository } from './page-layouts.repository';
import { PageLayoutsService } from './page-layouts.service';

/** Personal page layouts and the role defaults behind them. */
@Module({
  imports: [CustomFieldsModule],
  controllers: [MyLayoutsController, DefaultLayoutsController],
  providers: [PageLayoutsRepository, PageLayoutsService],
})
export class PageLayoutsModule {}
