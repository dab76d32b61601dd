import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsOptional,
  IsUUID,
} from 'class-validator';

export class TransferCustomerRequest {
  @ApiProperty({ format: 'uuid', description: 'The new owner.' })
  @IsUUID()
  ownerId!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Default: the new owner’s first team.' })
  @IsOptional()
  @IsUUID()
  teamId?: string;
}

/** Hand customers over in bulk: listed ones, or every one a (leaving) owner has. */
export class BulkTransferRequest extends TransferCustomerRequest {
  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 1000 })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  customerIds?: string[];

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Every customer this user owns (that you may reassign).',
  })
  @IsOptional()
  @IsUUID()
  fromOwnerId?: string;
}

export class BulkTransferResponse {
  @ApiProperty({ description: 'How many customers changed owner.' }) transferred!: number;
}
