import {
  createParamDecorator,
  type ExecutionContext,
  Param,
  type PipeTransform,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ValidationError } from '../errors/app-error';
import { parseIfMatch } from '../versioning/if-match';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

class UuidPipe implements PipeTransform<string, string> {
  constructor(private readonly name: string) {}

  transform(value: string): string {
    if (!UUID.test(value)) throw ValidationError.field(this.name, 'must be a UUID');
    return value.toLowerCase();
  }
}

/** A route parameter that must be a UUID (400 otherwise). */
export const UuidParam = (name = 'id') => Param(name, new UuidPipe(name));

/** The version asked for by If-Match, or undefined without the header. */
export const IfMatchVersion = createParamDecorator((_: unknown, context: ExecutionContext) => {
  const header: unknown = context.switchToHttp().getRequest<FastifyRequest>().headers['if-match'];
  return parseIfMatch(typeof header === 'string' ? header : undefined);
});

/** Sets the Location of a created record. */
export function setLocation(reply: FastifyReply, path: string): void {
  void reply.header('location', `/api/v1/${path}`);
}
