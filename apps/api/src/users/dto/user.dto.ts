import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@kehu/domain';
import { LOCALES, type Locale, type User } from '../entities/user.entity';

export class UserResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: Role[];
  @ApiProperty({ type: [String], format: 'uuid' }) teamIds!: string[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) dealerOrgId!: string | null;
  @ApiProperty({
    enum: LOCALES,
    nullable: true,
    description: 'The console language the user chose; null: the browser’s.',
  })
  locale!: Locale | null;
  @ApiProperty() active!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastLoginAt!: string | null;
  @ApiProperty({ description: 'Send it back in If-Match to update or delete.' }) version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class UserListResponse {
  @ApiProperty({ type: [UserResponse] }) items!: UserResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

/** The user as the API shows it: never the password hash. Teams must be loaded. */
export function toUserResponse(user: User): UserResponse {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: user.roles,
    teamIds: (user.teams ?? []).map((team) => team.id).sort(),
    dealerOrgId: user.dealerOrgId,
    locale: user.locale,
    active: user.active,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    version: user.version,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
  };
}
