import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { AccountService } from './account.service';
import { AuthController } from './auth.controller';
import { AuthRepository } from './auth.repository';
import { AuthService } from './auth.service';
import { AuthenticationGuard } from './authentication.guard';
import { LoginThrottle } from './login-throttle';
import { PasswordResetsRepository } from './password-resets.repository';
import { SessionsModule } from './sessions.module';
import { TokenService } from './token.service';

@Module({
  imports: [SessionsModule, UsersModule],
  controllers: [AuthController],
  providers: [
    AccountService,
    AuthRepository,
    AuthService,
    AuthenticationGuard,
    LoginThrottle,
    PasswordResetsRepository,
    TokenService,
  ],
  exports: [AuthService, AuthenticationGuard],
})
export class AuthModule {}
