import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDateString,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { stackedDecorators } from '../../common/http/stacked-decorators';
import { OptionalLongText } from '../../common/http/text-fields.decorator';
import { CUSTOMER_KINDS, type CustomerKind } from '../../customers/entities/customer.entity';
import type { RelationshipType } from '../entities/relationship-type.entity';
import type { Relationship } from '../entities/relationship.entity';
import { LocalizedText, typeNames } from './relationship-type.dto';

/** A day of a relationship's period (types that have one): YYYY-MM-DD, null clears it. */
function OptionalPeriodDay() {
  return stackedDecorators(
    ApiPropertyOptional({
      type: String,
      format: 'date',
      nullable: true,
      description: 'Types with a period.',
    }),
    IsOptional(),
    IsDateString({ strict: true }),
  );
}

const PERCENTAGE = /^\d{1,3}(\.\d{1,2})?$/;

/** The details an edge may carry; which apply depends on its type. */
export class RelationshipDetailsRequest {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '51.00',
    description: 'Types with a percentage (holding): 0–100, two decimals, as a string.',
  })
  @IsOptional()
  @IsString()
  @Matches(PERCENTAGE, { message: 'percentage must be a decimal string such as "51" or "12.5"' })
  percentage?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '财务总监',
    description: 'Types with a title (employment).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  title?: string | null;

  @OptionalPeriodDay()
  startsOn?: string | null;

  @OptionalPeriodDay()
  endsOn?: string | null;

  @OptionalLongText()
  note?: string | null;
}

export class CreateRelationshipRequest extends RelationshipDetailsRequest {
  @ApiProperty({
    format: 'uuid',
    description: 'The other customer; the caller must be able to read it.',
  })
  @IsUUID()
  toId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  typeId!: string;
}

/** Changes the details; to change the ends or the type, delete the edge and add another. */
export class UpdateRelationshipRequest extends RelationshipDetailsRequest {}

export class RelationshipResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) fromId!: string;
  @ApiProperty({ format: 'uuid' }) toId!: string;
  @ApiProperty({ format: 'uuid' }) typeId!: string;
  @ApiProperty({ example: 'holding' }) typeKey!: string;
  @ApiProperty({ type: LocalizedText, description: 'As seen from the from-customer.' })
  label!: LocalizedText;
  @ApiProperty({ type: LocalizedText, description: 'As seen from the to-customer.' })
  inverseLabel!: LocalizedText;
  @ApiProperty({ type: String, nullable: true, example: '51.00' }) percentage!: string | null;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) startsOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) endsOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class RelationshipGraphQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 3, default: 1, description: 'How many steps out.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3)
  depth?: number;
}

/**
 * A customer in the graph. One the caller may not read shows only its id and
 * `readable: false`, so the graph never reveals who it is.
 */
export class RelationshipGraphNode {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() readable!: boolean;
  @ApiPropertyOptional({ example: 'C-000123' }) number?: string;
  @ApiPropertyOptional() name?: string;
  @ApiPropertyOptional({ enum: CUSTOMER_KINDS }) kind?: CustomerKind;
}

export class RelationshipGraphEdge {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) fromId!: string;
  @ApiProperty({ format: 'uuid' }) toId!: string;
  @ApiProperty({ format: 'uuid' }) typeId!: string;
  @ApiProperty({ type: LocalizedText, description: 'As seen from the from-node.' })
  label!: LocalizedText;
  @ApiProperty({ type: LocalizedText, description: 'As seen from the to-node.' })
  inverseLabel!: LocalizedText;
  @ApiProperty({ description: 'Read the same both ways (family).' }) symmetric!: boolean;
  @ApiProperty({ type: String, nullable: true }) percentage!: string | null;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) startsOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) endsOn!: string | null;
  @ApiProperty({ description: 'For If-Match on PATCH / DELETE /relationships/{id}.' })
  version!: number;
}

export class RelationshipGraphResponse {
  @ApiProperty({ format: 'uuid', description: 'The customer the graph is centred on.' })
  rootId!: string;
  @ApiProperty({ type: [RelationshipGraphNode], description: 'The root first, then by distance.' })
  nodes!: RelationshipGraphNode[];
  @ApiProperty({ type: [RelationshipGraphEdge] }) edges!: RelationshipGraphEdge[];
  @ApiProperty({ description: 'More customers were in reach than the graph holds (200).' })
  truncated!: boolean;
}

export function toRelationshipResponse(
  relationship: Relationship,
  type: RelationshipType,
): RelationshipResponse {
  const { name, inverseName } = typeNames(type);
  return {
    id: relationship.id,
    fromId: relationship.fromId,
    toId: relationship.toId,
    typeId: relationship.typeId,
    typeKey: type.key,
    label: name,
    inverseLabel: inverseName,
    percentage: relationship.percentage,
    title: relationship.title,
    startsOn: relationship.startsOn,
    endsOn: relationship.endsOn,
    note: relationship.note,
    version: relationship.version,
    createdAt: relationship.createdAt.toISOString(),
    updatedAt: relationship.updatedAt.toISOString(),
  };
}
