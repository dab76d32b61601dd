import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { AuthContext } from '../authz/auth-context';
import { CurrentAuth } from '../authz/current-auth.decorator';
import { Public, SignedIn } from '../authz/policy.decorator';
import { ApiProblems } from '../common/http/api-problems.decorator';
import { AuthService, type ClientInfo } from './auth.service';
import {
  LoginRequest,
  LogoutRequest,
  MeResponse,
  RefreshRequest,
  TokenResponse,
} from './dto/auth.dto';

function clientInfo(request: FastifyRequest): ClientInfo {
  return {
    ipAddress: request.ip,
    userAgent: request.headers['user-agent'] ?? null,
    requestId: request.id,
  };
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: TokenResponse })
  @ApiProblems(400, 401, 429)
  login(@Body() body: LoginRequest, @Req() request: FastifyRequest): Promise<TokenResponse> {
    return this.auth.login(body.email, body.password, clientInfo(request));
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: TokenResponse })
  @ApiProblems(400, 401)
  refresh(@Body() body: RefreshRequest): Promise<TokenResponse> {
    return this.auth.refresh(body.refreshToken);
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The session of this refresh token has ended.' })
  @ApiProblems(400)
  logout(@Body() body: LogoutRequest): Promise<void> {
    return this.auth.logout(body.refreshToken);
  }

  @Get('me')
  @SignedIn()
  @ApiBearerAuth()
  @ApiOkResponse({ type: MeResponse })
  @ApiProblems(401)
  me(@CurrentAuth() auth: AuthContext): Promise<MeResponse> {
    return this.auth.me(auth);
  }
}
