import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { PUBLIC_KEY } from '../authz/policy.decorator';
import { UnauthenticatedError } from '../common/errors/app-error';
import { AuthService } from './auth.service';

/** Global: every route needs a bearer token or an API key unless it is @Public(). */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (
      this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [
        context.getHandler(),
        context.getClass(),
      ])
    ) {
      return true;
    }
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const apiKey = request.headers['x-api-key'];
    const authorization = request.headers.authorization;
    if (typeof apiKey === 'string' && apiKey !== '') {
      request.auth = await this.auth.authenticateApiKey(apiKey, request.id);
    } else if (authorization?.startsWith('Bearer ')) {
      request.auth = await this.auth.authenticateAccessToken(
        authorization.slice(7).trim(),
        request.id,
      );
    } else {
      throw new UnauthenticatedError();
    }
    return true;
  }
}
