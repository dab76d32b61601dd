import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { UnauthenticatedError } from '../common/errors/app-error';
import type { AuthContext } from './auth-context';

declare module 'fastify' {
  interface FastifyRequest {
    auth?: AuthContext;
  }
}

export function authContextOf(context: ExecutionContext): AuthContext {
  const auth = context.switchToHttp().getRequest<FastifyRequest>().auth;
  if (!auth) throw new UnauthenticatedError();
  return auth;
}

/** The signed-in caller of the request, for handlers to pass to their service. */
export const CurrentAuth = createParamDecorator((_: unknown, context: ExecutionContext) =>
  authContextOf(context),
);
