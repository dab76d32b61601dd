import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@kehu/domain';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { OptionalNotNull } from '../../common/http/optional-not-null.decorator';
import { LOCALES, type Locale } from '../../users/entities/user.entity';

/** What a signed-in user may change about themselves. */
export class UpdateProfileRequest {
  @ApiPropertyOptional({ example: '李娜' })
  @OptionalNotNull()
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name?: string;

  @ApiPropertyOptional({
    enum: LOCALES,
    nullable: true,
    description: 'The console language; null: follow the browser.',
  })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale | null;
}

export class ChangePasswordRequest {
  @ApiProperty({ description: 'The password the user signs in with now.' })
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @ApiProperty({
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
    description: 'The same policy as when an administrator creates a user.',
  })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword!: string;
}

export class PasswordResetRequest {
  @ApiProperty({ format: 'email', example: 'li.na@example.com' })
  @IsEmail()
  @MaxLength(254)
  email!: string;
}

export class PasswordResetConfirmRequest {
  @ApiProperty({ description: 'The code from the reset mail.' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  token!: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword!: string;
}

export class PasswordResetAcceptedResponse {
  @ApiProperty({
    description:
      'Always the same, whether or not the address belongs to an account: if it does, a mail is on its way.',
  })
  message!: string;
}
