import { Module } from '@nestjs/common';
import { CustomersModule } from '../customers/customers.module';
import { LeadsModule } from '../leads/leads.module';
import { CustomerFollowUpsRepository } from './customer-follow-ups.repository';
import { TaskReminders } from './task-reminders';
import { TasksController } from './tasks.controller';
import { TasksRepository } from './tasks.repository';
import { TasksService } from './tasks.service';

@Module({
  imports: [CustomersModule, LeadsModule],
  controllers: [TasksController],
  providers: [CustomerFollowUpsRepository, TaskReminders, TasksRepository, TasksService],
  exports: [TasksRepository],
})
export class TasksModule {}
