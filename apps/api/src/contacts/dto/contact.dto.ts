import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import type { CustomFieldValue } from '@kehu/domain';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateNested,
  IsObject,
} from 'class-validator';
import { EmailDto, PhoneDto, PhoneInputDto } from '../../customers/dto/contact-point.dto';
import { formatCustomerNumber } from '../../customers/dto/customer.dto';
import type { Customer } from '../../customers/entities/customer.entity';
import { ListQueryDto } from '../../common/http/list-query.dto';
import { OptionalLongText } from '../../common/http/text-fields.decorator';
import type { Contact } from '../entities/contact.entity';
import { OptionalList } from '../../common/http/optional-list.decorator';
import { OptionalNotNull } from '../../common/http/optional-not-null.decorator';
import {
  CustomFieldValuesInput,
  CustomFieldValuesOutput,
} from '../../custom-fields/dto/custom-field.dto';

/** A new person, created as a customer (duplicate check included) and made the contact. */
export class NewContactPersonRequest {
  @ApiProperty({ example: '李明' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @OptionalList(PhoneInputDto)
  phones?: PhoneInputDto[];

  @OptionalList(EmailDto)
  emails?: EmailDto[];
}

/** Title, department and notes are cleared with null; `primary` refuses it. */
export class ContactDetailsRequest {
  @ApiPropertyOptional({ type: String, nullable: true, example: '采购经理' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  title?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '采购部' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  department?: string | null;

  @ApiPropertyOptional({
    description:
      'Make this the company’s primary contact (the previous one stops being primary). A company’s first contact is primary.',
  })
  @OptionalNotNull()
  @IsBoolean()
  primary?: boolean;

  @OptionalLongText()
  notes?: string | null;

  @CustomFieldValuesInput()
  customFields?: Record<string, unknown>;
}

export class CreateContactRequest extends ContactDetailsRequest {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'An existing person the caller may read. Give this or `person`.',
  })
  @IsOptional()
  @IsUUID()
  personId?: string;

  @ApiPropertyOptional({
    type: NewContactPersonRequest,
    description:
      'A new person customer, created first with the duplicate check (409 with the duplicates). Give this or `personId`.',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => NewContactPersonRequest)
  person?: NewContactPersonRequest;
}

export class UpdateContactRequest extends ContactDetailsRequest {}

export class ListContactsQuery extends PickType(ListQueryDto, ['limit', 'cursor']) {}

/**
 * The company or the person of a contact. One the caller may not read shows only its
 * id and `readable: false`.
 */
export class ContactPartyResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() readable!: boolean;
  @ApiPropertyOptional({ example: 'C-000123' }) number?: string;
  @ApiPropertyOptional() name?: string;
  @ApiPropertyOptional({ type: [PhoneDto] }) phones?: PhoneDto[];
  @ApiPropertyOptional({ type: [EmailDto] }) emails?: EmailDto[];
}

export class ContactResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: ContactPartyResponse }) company!: ContactPartyResponse;
  @ApiProperty({ type: ContactPartyResponse }) person!: ContactPartyResponse;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ type: String, nullable: true }) department!: string | null;
  @ApiProperty({ description: 'The company’s primary contact.' }) primary!: boolean;
  @ApiProperty({ type: String, nullable: true }) notes!: string | null;
  @CustomFieldValuesOutput() customFields?: Record<string, CustomFieldValue>;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class ContactListResponse {
  @ApiProperty({ type: [ContactResponse] }) items!: ContactResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export function toContactPartyResponse(
  id: string,
  customer: Customer | null,
): ContactPartyResponse {
  if (!customer) return { id, readable: false };
  return {
    id,
    readable: true,
    number: formatCustomerNumber(customer.number),
    name: customer.name,
    phones: customer.phones,
    emails: customer.emails,
  };
}

/**
 * `company` and `person` are the loaded customers when the caller may read them;
 * `visibleCustomFields` the keys of the contact fields the caller sees
 * (CustomFieldsService.visibleKeys): the other values stay out.
 */
export function toContactResponse(
  contact: Contact,
  company: Customer | null,
  person: Customer | null,
  visibleCustomFields: ReadonlySet<string>,
): ContactResponse {
  return {
    id: contact.id,
    company: toContactPartyResponse(contact.companyId, company),
    person: toContactPartyResponse(contact.personId, person),
    title: contact.title,
    department: contact.department,
    primary: contact.isPrimary,
    notes: contact.notes,
    customFields: Object.fromEntries(
      Object.entries(contact.customFields ?? {}).filter(([key]) => visibleCustomFields.has(key)),
    ),
    version: contact.version,
    createdAt: contact.createdAt.toISOString(),
    updatedAt: contact.updatedAt.toISOString(),
  };
}
