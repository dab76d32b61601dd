import { Body, Controller, Get, HttpCode, Patch, Post, Req } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { AuthContext } from '../authz/auth-context';
import { CurrentAuth } from '../authz/current-auth.decorator';
import { Public, SignedIn } from '../authz/policy.decorator';
import { ApiProblems } from '../common/http/api-problems.decorator';
import { AccountService, PASSWORD_RESET_ACCEPTED } from './account.service';
import { AuthService, type ClientInfo } from './auth.service';
import {
  ChangePasswordRequest,
  PasswordResetAcceptedResponse,
  PasswordResetConfirmRequest,
  PasswordResetRequest,
  UpdateProfileRequest,
} from './dto/account.dto';
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
  constructor(
    private readonly auth: AuthService,
    private readonly account: AccountService,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: TokenResponse })
  @ApiProblems(400, 401, 429)
  @ApiOperation({
    summary: 'Sign in',
    description:
      'Exchanges an email address and password for a short-lived access token (send it as Authorization: Bearer) and a refresh token.',
  })
  login(@Body() body: LoginRequest, @Req() request: FastifyRequest): Promise<TokenResponse> {
    return this.auth.login(body.email, body.password, clientInfo(request));
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: TokenResponse })
  @ApiProblems(400, 401)
  @ApiOperation({
    summary: 'Refresh the tokens',
    description:
      'Exchanges a refresh token for a new access token and a new refresh token; the old refresh token stops working (rotation).',
  })
  refresh(@Body() body: RefreshRequest): Promise<TokenResponse> {
    return this.auth.refresh(body.refreshToken);
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The session of this refresh token has ended.' })
  @ApiProblems(400)
  @ApiOperation({
    summary: 'Sign out',
    description:
      'Revokes the refresh token sent, so the session cannot be renewed. The access token expires on its own shortly after.',
  })
  logout(@Body() body: LogoutRequest): Promise<void> {
    return this.auth.logout(body.refreshToken);
  }

  @Get('me')
  @SignedIn()
  @ApiBearerAuth()
  @ApiOkResponse({ type: MeResponse })
  @ApiProblems(401)
  @ApiOperation({
    summary: 'Get the signed-in user',
    description:
      'The signed-in user with their roles, teams and the permissions the console uses to show or hide actions.',
  })
  me(@CurrentAuth() auth: AuthContext): Promise<MeResponse> {
    return this.auth.me(auth);
  }

  @Patch('me')
  @SignedIn()
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Change one’s own name or console language',
    description:
      'Changes the signed-in user’s own profile; roles and teams are changed by an administrator.',
  })
  @ApiOkResponse({ type: MeResponse })
  @ApiProblems(400, 401, 412)
  updateProfile(
    @CurrentAuth() auth: AuthContext,
    @Body() body: UpdateProfileRequest,
  ): Promise<MeResponse> {
    return this.account.updateProfile(auth, body);
  }

  @Post('me/password')
  @SignedIn()
  @ApiBearerAuth()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Change one’s own password',
    description: 'Needs the current password. Every other session of the user ends.',
  })
  @ApiNoContentResponse({ description: 'Changed; this session goes on.' })
  @ApiProblems(400, 401, 412, 429)
  changePassword(
    @CurrentAuth() auth: AuthContext,
    @Body() body: ChangePasswordRequest,
    @Req() request: FastifyRequest,
  ): Promise<void> {
    return this.account.changePassword(auth, body, clientInfo(request));
  }

  @Post('password-reset')
  @Public()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Mail a password reset link',
    description:
      'The same answer whether or not the email belongs to an account. 409 when this server sends no mail: an administrator resets passwords then.',
  })
  @ApiAcceptedResponse({ type: PasswordResetAcceptedResponse })
  @ApiProblems(400, 409, 429)
  async requestPasswordReset(
    @Body() body: PasswordResetRequest,
    @Req() request: FastifyRequest,
  ): Promise<PasswordResetAcceptedResponse> {
    await this.account.requestReset(body.email, clientInfo(request));
    return { message: PASSWORD_RESET_ACCEPTED };
  }

  @Post('password-reset/confirm')
  @Public()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Set a new password with the code from the reset mail',
    description: 'The code works once; every session of the user ends.',
  })
  @ApiNoContentResponse({ description: 'The password is set; sign in with it.' })
  @ApiProblems(400)
  confirmPasswordReset(@Body() body: PasswordResetConfirmRequest): Promise<void> {
    return this.account.confirmReset(body);
  }
}
