import { Module } from '@nestjs/common';
import { TasksModule } from '../tasks/tasks.module';
import { TodayController } from './today.controller';
import { TodayRepository } from './today.repository';
import { TodayService } from './today.service';

@Module({
  imports: [TasksModule],
  controllers: [TodayController],
  providers: [TodayRepository, TodayService],
})
export class MeModule {}
