import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { CustomFieldValuesInput } from '../../custom-fields/dto/custom-field.dto';
import { LeadResponse } from './lead.dto';

/** What the conversion request adds to the customer it creates. */
export class ConvertedCustomerFields {
  @CustomFieldValuesInput()
  customFields?: Record<string, unknown> | null;
}

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

  @ApiPropertyOptional({
    type: ConvertedCustomerFields,
    description:
      "For the customer the lead becomes (the company when the lead has one): custom field values beside those carried over. The lead's custom field values carry over to the customer's fields with the same key where the value converts to that field's type (as a type change converts it); values given here replace carried ones; the customer fields' defaults fill in the rest. A required customer field left without a value is a 400 naming it. Checked as on POST /customers (unknown or hidden fields 400, read-only ones 403). Ignored when linking to an existing customer.",
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConvertedCustomerFields)
  customer?: ConvertedCustomerFields;
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
