import { Module } from '@nestjs/common';
import { RateLimitRepository } from '../common/rate-limit/rate-limit.repository';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthRepository } from './auth.repository';
import { AuthService } from './auth.service';
import { AuthenticationGuard } from './authentication.guard';
import { LoginThrottle } from './login-throttle';
import { SessionsModule } from './sessions.module';
import { TokenService } from './token.service';

@Module({
  imports: [SessionsModule, UsersModule],
  controllers: [AuthController],
  providers: [
    AuthRepository,
    AuthService,
    AuthenticationGuard,
    LoginThrottle,
    RateLimitRepository,
    TokenService,
  ],
  exports: [AuthService, AuthenticationGuard],
})
export class AuthModule {}
