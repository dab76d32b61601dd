import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError } from '../common/errors/app-error';
import { authContextOf } from './current-auth.decorator';
import {
  type AnySubjectPolicy,
  POLICY_KEY,
  PUBLIC_KEY,
  type RoutePolicy,
} from './policy.decorator';

/**
 * Runs after authentication. A route must declare @Public(), @SignedIn() or @Policy();
 * one that declares nothing is refused, so a forgotten decorator fails closed.
 */
@Injectable()
export class PolicyGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const policy = this.reflector.getAllAndOverride<
      RoutePolicy | AnySubjectPolicy | 'signed-in' | undefined
    >(POLICY_KEY, targets);
    if (policy === undefined) throw new ForbiddenError('This route declares no access policy.');
    if (policy === 'signed-in') return true;
    const { ability } = authContextOf(context);
    const subjects = 'anyOf' in policy ? policy.anyOf : [policy.subject];
    if (!subjects.some((subject) => ability.can(policy.action, subject)))
      throw new ForbiddenError();
    return true;
  }
}
