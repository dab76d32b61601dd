import { presenterOf } from '../authz/record-access';
import { type TaskResponse, toTaskResponse } from './dto/task.dto';
import type { Task } from './entities/task.entity';

/** A task as the caller may see it: fields they may not read are left out. */
export const presentTask = presenterOf<Task, TaskResponse>('Task', toTaskResponse);
