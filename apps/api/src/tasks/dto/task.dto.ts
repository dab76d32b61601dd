import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { TASK_PRIORITIES, TASK_STATUSES, type TaskPriority, type TaskStatus } from '@kehu/domain';
import {
  IsDateString,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { BooleanQuery } from '../../common/http/boolean-query';
import { ListQueryDto } from '../../common/http/list-query.dto';
import { NamedRef } from '../../customers/dto/customer.dto';
import type { Task } from '../entities/task.entity';
import { IsBoolean } from 'class-validator';
import {
  OptionalDateTime,
  OptionalOneOf,
  OptionalUuid,
} from '../../common/http/optional-fields.decorator';
import { OptionalText } from '../../common/http/text-fields.decorator';

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

  @OptionalText(5000) description?: string;

  @OptionalUuid({ description: 'Default: the caller.' })
  assigneeId?: string;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  @IsOptional()
  @NullableDate()
  @IsDateString({ strict: true })
  dueAt?: string | null;

  @OptionalOneOf(TASK_PRIORITIES, { default: 'normal' })
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

  @OptionalUuid({ description: 'Exactly one of customerId and leadId.' })
  customerId?: string;

  @OptionalUuid({ description: 'Exactly one of customerId and leadId.' })
  leadId?: string;
}

/** What a task's create and update share: all but the record it is for, each optional. */
export class TaskFieldsRequest extends PartialType(
  OmitType(CreateTaskRequest, ['customerId', 'leadId'] as const),
) {}

export class UpdateTaskRequest extends TaskFieldsRequest {
  @OptionalOneOf(TASK_STATUSES)
  status?: TaskStatus;
}

export const TASK_SORTS = ['dueAt', '-dueAt', 'createdAt', '-createdAt', 'updatedAt', '-updatedAt'];

export class ListTasksQuery extends ListQueryDto {
  @OptionalOneOf(TASK_STATUSES)
  status?: TaskStatus;
  @OptionalOneOf(TASK_PRIORITIES)
  priority?: TaskPriority;
  @OptionalUuid() assigneeId?: string;
  @OptionalUuid() customerId?: string;
  @OptionalUuid() leadId?: string;

  @ApiPropertyOptional({ type: Boolean, description: 'Only open and in-progress tasks.' })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  open?: boolean;

  @OptionalDateTime({ description: 'Due before this time.' })
  dueBefore?: string;

  @OptionalDateTime({ description: 'Due at or after this time.' })
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
