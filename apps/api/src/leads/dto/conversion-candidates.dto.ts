import { ApiProperty } from '@nestjs/swagger';
import { NamedRef } from '../../customers/dto/customer.dto';

export const CONVERSION_MATCH_FIELDS = ['phone', 'email', 'companyName', 'name'] as const;
export type ConversionMatchField = (typeof CONVERSION_MATCH_FIELDS)[number];

/**
 * One existing customer the lead may be: what tells namesakes apart, and why it came up.
 * Of one the caller may not read, only what the duplicate check tells (number, name,
 * owner, what matched).
 */
export class ConversionCandidate {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'C-000123' }) number!: string;
  @ApiProperty({
    enum: ['company', 'person'],
    nullable: true,
    description: 'Null for a customer the caller may not read.',
  })
  kind!: 'company' | 'person' | null;
  @ApiProperty() name!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'A person: the company they are a contact of (the primary one first). Null for a customer the caller may not read.',
  })
  company!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '138****5678',
    description:
      'The primary phone; masked (first three and last four digits) unless the caller may read the customer’s phones; null for a customer the caller may not read.',
  })
  phone!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The primary address’s city; null for a customer the caller may not read.',
  })
  city!: string | null;
  @ApiProperty({ type: NamedRef, nullable: true }) owner!: NamedRef | null;
  @ApiProperty({ enum: CONVERSION_MATCH_FIELDS, isArray: true }) matchedOn!: ConversionMatchField[];
  @ApiProperty({
    description: 'Whether the caller may open this customer and link the lead to it.',
  })
  readable!: boolean;
}

/** What converting without linking would create. */
export class ConversionPlan {
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The company customer, named after the lead’s company; null: none.',
  })
  company!: string | null;
  @ApiProperty({
    description:
      'The person customer (a contact of the company when there is one), with the lead’s phones and emails.',
  })
  person!: string;
}

export class ConversionCandidatesResponse {
  @ApiProperty({ type: [ConversionCandidate], description: 'Most matches first; at most 20.' })
  candidates!: ConversionCandidate[];
  @ApiProperty({ type: ConversionPlan }) creates!: ConversionPlan;
}
