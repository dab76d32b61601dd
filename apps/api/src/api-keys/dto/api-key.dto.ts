import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, SUBJECT_SCOPE_NAMES, type Role } from '@kehu/domain';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsDateString,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { ListQueryDto } from '../../common/http/list-query.dto';
import type { ApiKey } from '../entities/api-key.entity';

const SCOPE_NAMES = Object.values(SUBJECT_SCOPE_NAMES).join('|');
const SCOPE_PATTERN = new RegExp(`^(\\*|(${SCOPE_NAMES}):(read|write))$`);

export class ApiKeyResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'ERP sync' }) name!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ type: [String], example: ['customers:read'] }) scopes!: string[];
  @ApiProperty({ description: 'The public start of the key, to recognise it.' }) prefix!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) teamId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) dealerOrgId!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expiresAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastUsedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) revokedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class CreatedApiKeyResponse extends ApiKeyResponse {
  @ApiProperty({ description: 'The secret key. Shown only in this response: store it now.' })
  key!: string;
}

export class ApiKeyListResponse {
  @ApiProperty({ type: [ApiKeyResponse] }) items!: ApiKeyResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class CreateApiKeyRequest {
  @ApiProperty({ example: 'ERP sync' })
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name!: string;

  @ApiProperty({ enum: ROLES, description: 'The key acts with this role’s permissions…' })
  @IsIn(ROLES)
  role!: Role;

  @ApiProperty({
    type: [String],
    example: ['customers:read', 'leads:write'],
    description:
      '…narrowed to these scopes: `<area>:read`, `<area>:write`, or `*` for all of the role.',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(40)
  @ArrayUnique()
  @Matches(SCOPE_PATTERN, {
    each: true,
    message: 'each scope must be <area>:read, <area>:write or *',
  })
  scopes!: string[];

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  teamId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  dealerOrgId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  @IsOptional()
  @IsDateString({ strict: true })
  expiresAt?: string | null;
}

export class ListApiKeysQuery extends ListQueryDto {
  @ApiPropertyOptional({ enum: ['createdAt', '-createdAt'], default: '-createdAt' })
  @IsOptional()
  @IsIn(['createdAt', '-createdAt'])
  sort?: string;
}

export function toApiKeyResponse(apiKey: ApiKey): ApiKeyResponse {
  return {
    id: apiKey.id,
    name: apiKey.name,
    role: apiKey.role,
    scopes: apiKey.scopes,
    prefix: apiKey.prefix,
    teamId: apiKey.teamId,
    dealerOrgId: apiKey.dealerOrgId,
    expiresAt: apiKey.expiresAt?.toISOString() ?? null,
    lastUsedAt: apiKey.lastUsedAt?.toISOString() ?? null,
    revokedAt: apiKey.revokedAt?.toISOString() ?? null,
    createdAt: apiKey.createdAt.toISOString(),
  };
}
