import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsOptional,
  IsUUID,
} from 'class-validator';

export const MAX_BULK_CUSTOMERS = 1000;
const MAX_TAGS_PER_REQUEST = 100;

export class ReplaceCustomerTagsRequest {
  @ApiProperty({
    type: String,
    format: 'uuid',
    isArray: true,
    maxItems: MAX_TAGS_PER_REQUEST,
    description: 'The customer’s tags from now on (live tags); [] removes them all.',
  })
  @IsArray()
  @ArrayMaxSize(MAX_TAGS_PER_REQUEST)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  tagIds!: string[];
}

export class BulkTagCustomersRequest {
  @ApiProperty({
    type: String,
    format: 'uuid',
    isArray: true,
    minItems: 1,
    maxItems: MAX_BULK_CUSTOMERS,
    description:
      'The caller must be allowed to update every one of them; otherwise 403 and nothing changes.',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BULK_CUSTOMERS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  customerIds!: string[];

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    isArray: true,
    maxItems: MAX_TAGS_PER_REQUEST,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_TAGS_PER_REQUEST)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  addTagIds?: string[];

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    isArray: true,
    maxItems: MAX_TAGS_PER_REQUEST,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_TAGS_PER_REQUEST)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  removeTagIds?: string[];
}

export class BulkTagCustomersResponse {
  @ApiProperty({ description: 'Customers whose tags changed.' }) changed!: number;
  @ApiProperty({ description: 'Tags put on customers that did not have them.' }) added!: number;
  @ApiProperty({ description: 'Tags taken off customers that had them.' }) removed!: number;
}
