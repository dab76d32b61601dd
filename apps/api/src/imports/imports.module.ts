import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CustomersModule } from '../customers/customers.module';
import { CustomerImportProcessor } from './customer-import.processor';
import { ImportedCustomersWriter } from './imported-customers.writer';
import { ImportRunner } from './import-runner';
import { ImportsController } from './imports.controller';
import { ImportsRepository } from './imports.repository';
import { ImportsService } from './imports.service';
import { UploadStore } from './upload-store';

@Module({
  imports: [AuthModule, CustomersModule],
  controllers: [ImportsController],
  providers: [
    CustomerImportProcessor,
    ImportedCustomersWriter,
    ImportRunner,
    ImportsRepository,
    ImportsService,
    UploadStore,
  ],
})
export class ImportsModule {}
