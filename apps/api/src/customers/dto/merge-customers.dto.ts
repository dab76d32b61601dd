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
    example: { name: 'source', industry: 'target' },
    description:
      'Per field, whose value to keep. Without a choice, lists (phones, emails, addresses, IM handles, roles) are joined and other fields keep the survivor’s value unless it is empty.',
  })
  @IsOptional()
  @IsObject()
  fields?: Record<string, string>;
}
