import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { TASK_PRIORITIES, TASK_STATUSES, type TaskPriority, type TaskStatus } from '@kehu/domain';
import {
  IsDateString,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { BooleanQuery } from '../../common/http/boolean-query';
import { ListQueryDto } from '../../common/http/list-query.dto';
import { NamedRef } from '../../customers/dto/customer.dto';
import type { Task } from '../entities/task.entity';
import { IsBoolean } from 'class-validator';

export const TASK_PARENT_TYPES = ['customer', 'lead'] as const;

export class TaskParentRef {
  @ApiProperty({ enum: TASK_PARENT_TYPES }) type!: (typeof TASK_PARENT_TYPES)[number];
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class TaskResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) customerId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) leadId!: string | null;
  @ApiProperty({ type: TaskParentRef, nullable: true, description: 'The record it is about.' })
  parent!: TaskParentRef | null;
  @ApiProperty({ type: NamedRef, nullable: true }) assignee!: NamedRef | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) dueAt!: string | null;
  @ApiProperty({ enum: TASK_PRIORITIES }) priority!: TaskPriority;
  @ApiProperty({ enum: TASK_STATUSES }) status!: TaskStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) reminderAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When it fired.' })
  remindedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class TaskListResponse {
  @ApiProperty({ type: [TaskResponse] }) items!: TaskResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

const NullableDate = () => ValidateIf((_: unknown, value: unknown) => value !== null);

export class CreateTaskRequest {
  @ApiProperty({ example: '回电确认报价' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) description?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Default: the caller.' })
  @IsOptional()
  @IsUUID()
  assigneeId?: string;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  @IsOptional()
  @NullableDate()
  @IsDateString({ strict: true })
  dueAt?: string | null;

  @ApiPropertyOptional({ enum: TASK_PRIORITIES, default: 'normal' })
  @IsOptional()
  @IsIn(TASK_PRIORITIES)
  priority?: TaskPriority;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'The assignee is notified then (in-app, and by e-mail when SMTP is set).',
  })
  @IsOptional()
  @NullableDate()
  @IsDateString({ strict: true })
  reminderAt?: string | null;

  @ApiPropertyOptional({ format: 'uuid', description: 'Exactly one of customerId and leadId.' })
  @IsOptional()
  @IsUUID()
  customerId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Exactly one of customerId and leadId.' })
  @IsOptional()
  @IsUUID()
  leadId?: string;
}

/** What a task's create and update share: all but the record it is for, each optional. */
export class TaskFieldsRequest extends PartialType(
  OmitType(CreateTaskRequest, ['customerId', 'leadId'] as const),
) {}

export class UpdateTaskRequest extends TaskFieldsRequest {
  @ApiPropertyOptional({ enum: TASK_STATUSES })
  @IsOptional()
  @IsIn(TASK_STATUSES)
  status?: TaskStatus;
}

export const TASK_SORTS = ['dueAt', '-dueAt', 'createdAt', '-createdAt', 'updatedAt', '-updatedAt'];

export class ListTasksQuery extends ListQueryDto {
  @ApiPropertyOptional({ enum: TASK_STATUSES })
  @IsOptional()
  @IsIn(TASK_STATUSES)
  status?: TaskStatus;
  @ApiPropertyOptional({ enum: TASK_PRIORITIES })
  @IsOptional()
  @IsIn(TASK_PRIORITIES)
  priority?: TaskPriority;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() assigneeId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() customerId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() leadId?: string;

  @ApiPropertyOptional({ type: Boolean, description: 'Only open and in-progress tasks.' })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  open?: boolean;

  @ApiPropertyOptional({ format: 'date-time', description: 'Due before this time.' })
  @IsOptional()
  @IsDateString()
  dueBefore?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Due at or after this time.' })
  @IsOptional()
  @IsDateString()
  dueAfter?: string;

  @ApiPropertyOptional({
    enum: TASK_SORTS,
    default: '-createdAt',
    description: '`dueAt`: soonest first, tasks without a due time last.',
  })
  @IsOptional()
  @IsIn(TASK_SORTS)
  sort?: string;
}

function parentOf(task: Task): TaskParentRef | null {
  if (task.customer) return { type: 'customer', id: task.customer.id, name: task.customer.name };
  if (task.lead) return { type: 'lead', id: task.lead.id, name: task.lead.name };
  return null;
}

/** Assignee and parent must be loaded (their names are shown). */
export function toTaskResponse(task: Task): TaskResponse {
  return {
    id: task.id,
    title: task.title,
    description: task.description,
    customerId: task.customerId,
    leadId: task.leadId,
    parent: parentOf(task),
    assignee: task.assignee ? { id: task.assignee.id, name: task.assignee.name } : null,
    dueAt: task.dueAt?.toISOString() ?? null,
    priority: task.priority,
    status: task.status,
    reminderAt: task.reminderAt?.toISOString() ?? null,
    remindedAt: task.remindedAt?.toISOString() ?? null,
    completedAt: task.completedAt?.toISOString() ?? null,
    version: task.version,
    createdAt: task.createdAt.toISOString(),
    updatedAt: task.updatedAt.toISOString(),
  };
}
