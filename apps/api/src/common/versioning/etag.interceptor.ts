import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Observable, tap } from 'rxjs';
import { etagOf } from './if-match';

/** A response holding one versioned record carries its version as ETag too. */
@Injectable()
export class EtagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      tap((body) => {
        if (body === null || typeof body !== 'object') return;
        const { version } = body as { version?: unknown };
        if (typeof version === 'number') {
          void context.switchToHttp().getResponse<FastifyReply>().header('etag', etagOf(version));
        }
      }),
    );
  }
}
