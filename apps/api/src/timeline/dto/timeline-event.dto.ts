import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDateString,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';
import { ListQueryDto } from '../../common/http/list-query.dto';
import {
  INTERACTION_KINDS,
  type InteractionKind,
  SYSTEM_EVENT_KINDS,
  type TimelineEvent,
  type TimelineEventKind,
} from '../entities/timeline-event.entity';

const ALL_KINDS = [...INTERACTION_KINDS, ...SYSTEM_EVENT_KINDS];

export class TimelineEventResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ALL_KINDS }) kind!: TimelineEventKind;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ enum: ['user', 'apiKey', 'system'] }) actorType!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorId!: string | null;
  @ApiProperty() summary!: string;
  @ApiProperty({ type: Object, additionalProperties: true }) details!: Record<string, unknown>;
}

export class TimelineListResponse {
  @ApiProperty({ type: [TimelineEventResponse] }) items!: TimelineEventResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class ListTimelineQuery extends ListQueryDto {
  @ApiPropertyOptional({ enum: ALL_KINDS, isArray: true, description: 'Only these kinds.' })
  @IsOptional()
  @Type(() => String)
  @IsIn(ALL_KINDS, { each: true })
  kind?: TimelineEventKind | TimelineEventKind[];
}

export class LogInteractionRequest {
  @ApiProperty({ enum: INTERACTION_KINDS })
  @IsIn(INTERACTION_KINDS)
  kind!: InteractionKind;

  @ApiPropertyOptional({ format: 'date-time', description: 'When it happened (default: now).' })
  @IsOptional()
  @IsDateString({ strict: true })
  occurredAt?: string;

  @ApiProperty({ example: '电话沟通报价，客户希望下周看样品' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  summary!: string;

  @ApiPropertyOptional({ type: [String], example: ['李明', '王总'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(120, { each: true })
  participants?: string[];

  @ApiPropertyOptional({ example: 'Sample visit agreed' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  outcome?: string;

  @ApiPropertyOptional({
    format: 'date',
    description:
      'The next follow-up day. On a customer: a follow-up task due that day for the caller, which the customer’s next follow-up then follows. On a lead: the lead’s next follow-up.',
  })
  @IsOptional()
  @IsDateString({ strict: true })
  nextFollowUpOn?: string;
}

export function toTimelineEventResponse(event: TimelineEvent): TimelineEventResponse {
  return {
    id: event.id,
    kind: event.kind,
    occurredAt: event.occurredAt.toISOString(),
    actorType: event.actorType,
    actorId: event.actorId,
    summary: event.summary,
    details: event.details,
  };
}
