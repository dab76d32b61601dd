import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { NamedListQueryDto } from '../../common/http/list-query.dto';
import type { DealerOrg } from '../entities/dealer-org.entity';

export class DealerOrgResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Delta Dealer' }) name!: string;
  @ApiProperty({ type: String, format: 'email', nullable: true }) contactEmail!: string | null;
  @ApiProperty({ type: String, nullable: true }) phone!: string | null;
  @ApiProperty({ type: String, nullable: true }) region!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class DealerOrgListResponse {
  @ApiProperty({ type: [DealerOrgResponse] }) items!: DealerOrgResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class CreateDealerOrgRequest {
  @ApiProperty({ example: 'Delta Dealer' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ type: String, format: 'email', nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  contactEmail?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '+86 21 5555 0100' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  phone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '华东' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  region?: string | null;
}

export class UpdateDealerOrgRequest extends PartialType(CreateDealerOrgRequest) {}

export class ListDealerOrgsQuery extends NamedListQueryDto {}

export function toDealerOrgResponse(dealerOrg: DealerOrg): DealerOrgResponse {
  return {
    id: dealerOrg.id,
    name: dealerOrg.name,
    contactEmail: dealerOrg.contactEmail,
    phone: dealerOrg.phone,
    region: dealerOrg.region,
    version: dealerOrg.version,
    createdAt: dealerOrg.createdAt.toISOString(),
    updatedAt: dealerOrg.updatedAt.toISOString(),
  };
}
