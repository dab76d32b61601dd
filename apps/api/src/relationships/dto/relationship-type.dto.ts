import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { PARTY_KIND_CONSTRAINTS, type PartyKindConstraint } from '@kehu/domain';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ListQueryDto } from '../../common/http/list-query.dto';
import type { RelationshipType } from '../entities/relationship-type.entity';

/** A label in both console languages. */
export class LocalizedText {
  @ApiProperty({ example: '控股' })
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  zh!: string;

  @ApiProperty({ example: 'Holds shares in' })
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  en!: string;
}

export class RelationshipTypeResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'holding' }) key!: string;
  @ApiProperty({
    type: LocalizedText,
    description:
      'How the from-customer sees the to-customer: A shows "控股 B" (A holds shares in B), a subsidiary shows "母公司 B".',
  })
  name!: LocalizedText;
  @ApiProperty({
    type: LocalizedText,
    description: 'How the to-customer sees the from-customer: B shows "被控股 A".',
  })
  inverseName!: LocalizedText;
  @ApiProperty({ enum: PARTY_KIND_CONSTRAINTS }) fromKind!: PartyKindConstraint;
  @ApiProperty({ enum: PARTY_KIND_CONSTRAINTS }) toKind!: PartyKindConstraint;
  @ApiProperty({ description: 'The same both ways (family): (a, b) and (b, a) are one edge.' })
  symmetric!: boolean;
  @ApiProperty({
    description:
      'Edges carry a percentage (0–100; holdings into one customer add up to at most 100).',
  })
  hasPercentage!: boolean;
  @ApiProperty({ description: 'Edges carry a title (employment).' }) hasTitle!: boolean;
  @ApiProperty({ description: 'Edges carry startsOn / endsOn.' }) hasPeriod!: boolean;
  @ApiProperty({ description: 'Comes with Kehu; cannot be deleted.' }) builtIn!: boolean;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class RelationshipTypeListResponse {
  @ApiProperty({ type: [RelationshipTypeResponse] }) items!: RelationshipTypeResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class CreateRelationshipTypeRequest {
  @ApiProperty({ example: 'supplier-of', description: 'Lower-case letters, digits and dashes.' })
  @IsString()
  @Matches(/^[a-z][a-z0-9-]{1,59}$/, {
    message: 'key must be 2–60 lower-case letters, digits or dashes, starting with a letter',
  })
  key!: string;

  @ApiProperty({ type: LocalizedText })
  @ValidateNested()
  @Type(() => LocalizedText)
  name!: LocalizedText;

  @ApiPropertyOptional({
    type: LocalizedText,
    description: 'Required unless symmetric (a symmetric type reads the same both ways).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedText)
  inverseName?: LocalizedText;

  @ApiProperty({ enum: PARTY_KIND_CONSTRAINTS })
  @IsIn(PARTY_KIND_CONSTRAINTS)
  fromKind!: PartyKindConstraint;

  @ApiProperty({ enum: PARTY_KIND_CONSTRAINTS })
  @IsIn(PARTY_KIND_CONSTRAINTS)
  toKind!: PartyKindConstraint;

  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() symmetric?: boolean;
  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() hasPercentage?: boolean;
  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() hasTitle?: boolean;
  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() hasPeriod?: boolean;
}

/**
 * Names only: kinds, direction and details are fixed once a type exists, because its
 * relationships were checked against them.
 */
export class UpdateRelationshipTypeRequest extends PartialType(
  PickType(CreateRelationshipTypeRequest, ['name', 'inverseName'] as const),
) {}

const SORTS = ['key', '-key', 'createdAt', '-createdAt'];

export class ListRelationshipTypesQuery extends PickType(ListQueryDto, ['limit', 'cursor']) {
  @ApiPropertyOptional({ enum: SORTS, default: 'key' })
  @IsOptional()
  @IsIn(SORTS)
  sort?: string;
}

/** A relationship type's names as stored, in the shape responses give them. */
export function typeNames(
  type: Pick<RelationshipType, 'nameZh' | 'nameEn' | 'inverseNameZh' | 'inverseNameEn'>,
): { name: LocalizedText; inverseName: LocalizedText } {
  return {
    name: { zh: type.nameZh, en: type.nameEn },
    inverseName: { zh: type.inverseNameZh, en: type.inverseNameEn },
  };
}

export function toRelationshipTypeResponse(type: RelationshipType): RelationshipTypeResponse {
  return {
    id: type.id,
    key: type.key,
    ...typeNames(type),
    fromKind: type.fromKind,
    toKind: type.toKind,
    symmetric: type.symmetric,
    hasPercentage: type.hasPercentage,
    hasTitle: type.hasTitle,
    hasPeriod: type.hasPeriod,
    builtIn: type.builtIn,
    version: type.version,
    createdAt: type.createdAt.toISOString(),
    updatedAt: type.updatedAt.toISOString(),
  };
}
