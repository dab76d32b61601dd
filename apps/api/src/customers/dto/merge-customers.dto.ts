import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsOptional, IsUUID } from 'class-validator';

export class MergeCustomersRequest {
  @ApiProperty({
    format: 'uuid',
    description: 'The duplicate to merge into this customer; it is soft-deleted.',
  })
  @IsUUID()
  sourceId!: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string', enum: ['target', 'source'] },
    example: { name: 'source', industry: 'target', 'cf.store_count': 'source' },
    description:
      'Per field, whose value to keep. Without a choice, lists (phones, emails, addresses, IM handles, roles) are joined and other fields keep the survivor’s value unless it is empty. A custom field is chosen as `cf.<key>`, likewise kept from the survivor unless it has none; only fields the caller sees (another is refused as unknown) and may change (403) can be chosen, and the merged values are checked as an update’s are.',
  })
  @IsOptional()
  @IsObject()
  fields?: Record<string, string>;
}
