import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { LeadResponse } from './lead.dto';

export class ConvertLeadRequest {
  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'Link the lead to this existing customer (e.g. one the duplicate check found) instead of creating one.',
  })
  @IsOptional()
  @IsUUID()
  customerId?: string;

  @ApiPropertyOptional({
    description: 'Create new customers although similar ones exist (warn rules only).',
  })
  @IsOptional()
  @IsBoolean()
  acknowledgeDuplicates?: boolean;
}

export class ConvertLeadResponse {
  @ApiProperty({ type: LeadResponse, description: 'The lead, now converted.' })
  lead!: Partial<LeadResponse>;
  @ApiProperty({ format: 'uuid', description: 'The company or person the lead became.' })
  customerId!: string;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'For a lead with a company: the person, a contact of that company.',
  })
  contactPersonId!: string | null;
  @ApiProperty({ description: 'Whether a new customer was created (false: linked).' })
  created!: boolean;
}
