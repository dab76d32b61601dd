import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { CustomersModule } from '../customers/customers.module';
import { CustomFieldsModule } from '../custom-fields/custom-fields.module';
import { DemoCustomerSeeder } from './demo-customer-seeder';
import { DemoDataRepository } from './demo-data.repository';
import { DemoLeadSeeder } from './demo-leads';
import { SettingsRepository } from '../settings/settings.repository';
import { DemoSeeder } from './demo-seeder';

@Module({
  imports: [UsersModule, CustomersModule, CustomFieldsModule],
  providers: [
    DemoSeeder,
    DemoCustomerSeeder,
    DemoDataRepository,
    DemoLeadSeeder,
    SettingsRepository,
  ],
  exports: [DemoSeeder],
})
export class DemoModule {}
