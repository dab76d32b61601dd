import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsDateString,
  IsOptional,
  IsString,
  MaxLength,
  Validate,
  ValidatorConstraint,
} from 'class-validator';
import type { ValidatorConstraintInterface } from 'class-validator';
import { NamedRef } from '../../customers/dto/customer.dto';
import { LeadResponse } from '../../leads/dto/lead.dto';
import { TaskResponse } from '../../tasks/dto/task.dto';

@ValidatorConstraint({ name: 'timeZone' })
class IsTimeZone implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (typeof value !== 'string') return false;
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      return true;
    } catch {
      return false;
    }
  }

  defaultMessage(): string {
    return 'timezone must be an IANA time zone such as Asia/Shanghai';
  }
}

export class TodayQuery {
  @ApiPropertyOptional({
    example: 'Asia/Shanghai',
    default: 'UTC',
    description: 'The caller’s time zone: “today” ends at its midnight.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @Validate(IsTimeZone)
  timezone?: string;
}

export class SnoozeCustomerFollowUpRequest extends TodayQuery {
  @ApiProperty({
    format: 'date',
    example: '2026-12-08',
    description: 'The day the follow-up moves to; after today.',
  })
  @IsDateString({ strict: true })
  day!: string;
}

export class TodayCustomer {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'C-000123' }) number!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'date' }) nextFollowUpOn!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastInteractionAt!:
    string | null;
  @ApiProperty({ type: NamedRef, nullable: true }) owner!: NamedRef | null;
  @ApiProperty({ description: 'The follow-up date is before today.' }) overdue!: boolean;
}

export class TodayCounts {
  @ApiProperty() overdueTasks!: number;
  @ApiProperty() dueTodayTasks!: number;
  @ApiProperty() leads!: number;
  @ApiProperty() customers!: number;
}

/** 今日需跟进: the caller's work list, each group oldest first (most overdue on top). */
export class TodayResponse {
  @ApiProperty({ format: 'date', description: 'Today in the requested time zone.' }) date!: string;
  @ApiProperty({ format: 'date-time', description: 'The end of today (exclusive).' })
  endOfDay!: string;
  @ApiProperty({ type: [TaskResponse], description: 'Open tasks due before now.' })
  overdueTasks!: Partial<TaskResponse>[];
  @ApiProperty({ type: [TaskResponse], description: 'Open tasks due from now until midnight.' })
  dueTodayTasks!: Partial<TaskResponse>[];
  @ApiProperty({ type: [LeadResponse], description: 'Open leads whose follow-up is due today.' })
  leads!: Partial<LeadResponse>[];
  @ApiProperty({
    type: [TodayCustomer],
    description:
      'Customers of the caller’s with a follow-up due today, except those whose due follow-up is already listed as one of the caller’s tasks.',
  })
  customers!: TodayCustomer[];
  @ApiProperty({ type: TodayCounts, description: 'Group sizes (each list shows at most 100).' })
  counts!: TodayCounts;
}
