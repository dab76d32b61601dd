import { ApiProperty } from '@nestjs/swagger';
import type { PermissionRule } from '@kehu/domain';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { UserResponse } from '../../users/dto/user.dto';

export class LoginRequest {
  @ApiProperty({ format: 'email', example: 'admin@kehu.local' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'kehu-demo' })
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  password!: string;
}

export class RefreshRequest {
  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  refreshToken!: string;
}

export class LogoutRequest extends RefreshRequest {}

export class TokenResponse {
  @ApiProperty({ description: 'Send as `Authorization: Bearer <accessToken>`.' })
  accessToken!: string;
  @ApiProperty({ description: 'Single use: each refresh returns a new one.' })
  refreshToken!: string;
  @ApiProperty({ description: 'Seconds until the access token expires.' }) expiresIn!: number;
  @ApiProperty({ type: UserResponse }) user!: UserResponse;
}

export class PermissionRuleResponse {
  @ApiProperty({ oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] })
  action!: string | string[];
  @ApiProperty({ oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] })
  subject!: string | string[];
  @ApiProperty({ required: false, type: Object, additionalProperties: true })
  conditions?: Record<string, unknown>;
  @ApiProperty({
    required: false,
    oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
  })
  fields?: string | string[];
  @ApiProperty({ required: false }) inverted?: boolean;
}

export class MeResponse {
  @ApiProperty({ type: UserResponse }) user!: UserResponse;
  @ApiProperty({
    type: [PermissionRuleResponse],
    description: 'The caller’s CASL rules, for the console to hide what the user may not do.',
  })
  rules!: PermissionRule[];
}
