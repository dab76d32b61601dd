import { Inject, Module } from '@nestjs/common';
import { CustomersModule } from '../customers/customers.module';
import {
  INTERACTION_LOGGED_HANDLERS,
  type InteractionLoggedHandler,
} from '../customers/interaction-logged.hook';
import { LeadsModule } from '../leads/leads.module';
import { CustomerFollowUpsRepository } from './customer-follow-ups.repository';
import { InteractionFollowUpTask } from './interaction-follow-up-task';
import { TaskReminders } from './task-reminders';
import { TasksController } from './tasks.controller';
import { TasksRepository } from './tasks.repository';
import { TasksService } from './tasks.service';

@Module({
  imports: [CustomersModule, LeadsModule],
  controllers: [TasksController],
  providers: [
    CustomerFollowUpsRepository,
    InteractionFollowUpTask,
    TaskReminders,
    TasksRepository,
    TasksService,
  ],
  exports: [TasksService],
})
export class TasksModule {
  /** A customer's interaction logged with a next follow-up day creates its task. */
  constructor(
    @Inject(INTERACTION_LOGGED_HANDLERS) handlers: InteractionLoggedHandler[],
    followUpTask: InteractionFollowUpTask,
  ) {
    handlers.push(followUpTask);
  }
}
