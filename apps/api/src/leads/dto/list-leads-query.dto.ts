import { ApiPropertyOptional } from '@nestjs/swagger';
import { LEAD_SOURCES, LEAD_STATUSES, type LeadSource, type LeadStatus } from '@kehu/domain';
import { IsBoolean, IsOptional } from 'class-validator';
import { BooleanQuery } from '../../common/http/boolean-query';
import { ListQueryDto } from '../../common/http/list-query.dto';
import {
  OptionalDateTime,
  OptionalOneOf,
  OptionalUuid,
} from '../../common/http/optional-fields.decorator';
import { OptionalText } from '../../common/http/text-fields.decorator';
import { CustomFieldParams, OptionalListSort } from '../../custom-fields/custom-field-params';

export const LEAD_SORTS = ['createdAt', 'updatedAt', 'name', 'number', 'score'].flatMap((field) => [
  field,
  `-${field}`,
]);

/** Filters on indexed columns; `q` searches name, company, number, phones and emails. */
export class ListLeadsQuery extends ListQueryDto {
  @OptionalOneOf(LEAD_STATUSES)
  status?: LeadStatus;
  @OptionalOneOf(LEAD_SOURCES)
  source?: LeadSource;
  @OptionalUuid() ownerId?: string;
  @OptionalUuid() teamId?: string;
  @OptionalText(80) region?: string;
  @OptionalText(120) productInterest?: string;

  @ApiPropertyOptional({
    type: Boolean,
    description: 'Only leads nobody owns (the fallback queue).',
  })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  unassigned?: boolean;

  @OptionalDateTime({
    description: 'Leads whose next follow-up is due by then (overdue included).',
  })
  followUpDueBy?: string;

  @OptionalDateTime() createdFrom?: string;
  @OptionalDateTime() createdTo?: string;

  @CustomFieldParams('leads')
  cf?: Record<string, string | string[]>;

  @OptionalListSort(LEAD_SORTS, '-createdAt')
  sort?: string;
}
