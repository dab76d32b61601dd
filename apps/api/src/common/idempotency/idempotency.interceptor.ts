import { createHash } from 'node:crypto';
import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { catchError, from, mergeMap, type Observable, of, throwError } from 'rxjs';
import { AppError, ConflictError, ValidationError } from '../errors/app-error';
import { IdempotencyRepository } from './idempotency.repository';

const HEADER = 'idempotency-key';

function requestHash(request: FastifyRequest): string {
  return createHash('sha256')
    .update(
      `${request.method} ${request.url.split('?')[0]}\n${JSON.stringify(request.body ?? null)}`,
    )
    .digest('hex');
}

/**
 * A POST with an Idempotency-Key runs once per caller and key: a retry gets the first
 * response back; the same key with another body gets 422, and while the first request
 * still runs, 409.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly records: IdempotencyRepository) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const header = request.headers[HEADER];
    if (request.method !== 'POST' || header === undefined || !request.auth) return next.handle();
    const key = Array.isArray(header) ? header[0] : header;
    if (key.length === 0 || key.length > 255 || !/^[\x21-\x7e]+$/.test(key)) {
      return throwError(() =>
        ValidationError.field('Idempotency-Key', 'must be 1 to 255 visible ASCII characters'),
      );
    }
    const principalId = `${request.auth.actor.type}:${request.auth.actor.id}`;
    const hash = requestHash(request);

    return from(this.records.claim(principalId, key, hash)).pipe(
      mergeMap((previous) => {
        if (previous === null) {
          return next.handle().pipe(
            mergeMap((body) =>
              from(
                this.records.complete(
                  principalId,
                  key,
                  reply.statusCode,
                  body,
                  (reply.getHeader('location') as string) ?? null,
                ),
              ).pipe(mergeMap(() => of(body))),
            ),
            catchError((error: unknown) =>
              from(this.records.release(principalId, key)).pipe(
                mergeMap(() => throwError(() => error)),
              ),
            ),
          );
        }
        if (previous.requestHash !== hash) {
          return throwError(
            () =>
              new AppError(
                'idempotency-key-reused',
                'This Idempotency-Key was used with a different request.',
              ),
          );
        }
        if (previous.state === 'running') {
          return throwError(
            () =>
              new ConflictError('A request with this Idempotency-Key is still being processed.'),
          );
        }
        if (previous.location) void reply.header('location', previous.location);
        void reply.header('idempotent-replayed', 'true');
        return of(previous.responseBody);
      }),
    );
  }
}
