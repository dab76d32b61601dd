import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { CUSTOMER_KINDS, type CustomerKind } from '../entities/customer.entity';
import { AddressDto, DraftPhoneDto, EmailDto } from './contact-point.dto';
import { NamedRef } from './customer.dto';
import { OptionalList } from '../../common/http/optional-list.decorator';
import { OptionalText } from '../../common/http/text-fields.decorator';
import { CustomFieldValuesInput } from '../../custom-fields/dto/custom-field.dto';

export const DUPLICATE_FIELDS = ['phone', 'email', 'taxId', 'name', 'address'] as const;

/**
 * A possible duplicate. It may be a customer the caller cannot read (撞单: a colleague
 * or a dealer already has it), so it shows only number, name and owner.
 */
export class DuplicateCandidate {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'C-000123' }) number!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: NamedRef, nullable: true }) owner!: NamedRef | null;
  @ApiProperty({ enum: DUPLICATE_FIELDS, isArray: true }) matchedOn!: string[];
  @ApiProperty({
    type: [String],
    description:
      'Keys of the custom fields whose duplicate rule matched (those the caller sees; a match on a field hidden from the caller counts without being named).',
  })
  matchedCustomFields!: string[];
  @ApiProperty({ minimum: 0, maximum: 1 }) score!: number;
  @ApiProperty({ description: 'A blocking rule matched: the record cannot be saved.' })
  blocking!: boolean;
  @ApiProperty({ description: 'Whether the caller may open this customer.' }) readable!: boolean;
}

export class DuplicateCheckResponse {
  @ApiProperty({ type: [DuplicateCandidate] }) duplicates!: DuplicateCandidate[];
}

/** A draft customer, as the form holds it while the user types. */
export class DuplicateCheckRequest {
  @ApiProperty({ enum: CUSTOMER_KINDS }) @IsIn(CUSTOMER_KINDS) kind!: CustomerKind;
  @OptionalText(200) name?: string;
  @OptionalText(40) taxId?: string;

  @OptionalList(DraftPhoneDto)
  phones?: DraftPhoneDto[];

  @OptionalList(EmailDto)
  emails?: EmailDto[];

  @OptionalList(AddressDto)
  addresses?: AddressDto[];

  @CustomFieldValuesInput()
  customFields?: Record<string, unknown>;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'When editing: the customer itself, not a duplicate.',
  })
  @IsOptional()
  @IsUUID()
  excludeId?: string;
}
