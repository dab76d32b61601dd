import { ApiPropertyOptional } from '@nestjs/swagger';
import { LEAD_SOURCES, LEAD_STATUSES, type LeadSource, type LeadStatus } from '@kehu/domain';
import {
  IsBoolean,
  IsDateString,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { BooleanQuery } from '../../common/http/boolean-query';
import { ListQueryDto } from '../../common/http/list-query.dto';

export const LEAD_SORTS = ['createdAt', 'updatedAt', 'name', 'number', 'score'].flatMap((field) => [
  field,
  `-${field}`,
]);

/** Filters on indexed columns; `q` searches name, company, number, phones and emails. */
export class ListLeadsQuery extends ListQueryDto {
  @ApiPropertyOptional({ enum: LEAD_STATUSES })
  @IsOptional()
  @IsIn(LEAD_STATUSES)
  status?: LeadStatus;
  @ApiPropertyOptional({ enum: LEAD_SOURCES })
  @IsOptional()
  @IsIn(LEAD_SOURCES)
  source?: LeadSource;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() ownerId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() teamId?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(80) region?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(120) productInterest?: string;

  @ApiPropertyOptional({
    type: Boolean,
    description: 'Only leads nobody owns (the fallback queue).',
  })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  unassigned?: boolean;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'Leads whose next follow-up is due by then (overdue included).',
  })
  @IsOptional()
  @IsDateString()
  followUpDueBy?: string;

  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsDateString() createdFrom?: string;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsDateString() createdTo?: string;

  @ApiPropertyOptional({ enum: LEAD_SORTS, default: '-createdAt' })
  @IsOptional()
  @IsIn(LEAD_SORTS)
  sort?: string;
}
