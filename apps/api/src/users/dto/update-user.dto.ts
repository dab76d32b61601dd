import { ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { PASSWORD_MAX_LENGTH } from '@kehu/domain';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { CreateUserRequest } from './create-user.dto';

/** Every field optional; the email is the sign-in name and does not change. */
export class UpdateUserRequest extends PartialType(
  OmitType(CreateUserRequest, ['email', 'password'] as const),
) {
  @ApiPropertyOptional({ description: 'Sets a new password and signs the user out everywhere.' })
  @IsOptional()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password?: string;
}
