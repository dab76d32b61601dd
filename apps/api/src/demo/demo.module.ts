import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { CustomersModule } from '../customers/customers.module';
import { DemoCustomerSeeder } from './demo-customer-seeder';
import { DemoDataRepository } from './demo-data.repository';
import { DemoSeeder } from './demo-seeder';

@Module({
  imports: [UsersModule, CustomersModule],
  providers: [DemoSeeder, DemoCustomerSeeder, DemoDataRepository],
  exports: [DemoSeeder],
})
export class DemoModule {}
