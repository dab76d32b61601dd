import type { FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_CONTENT_TYPE } from './problem-details';
import { toProblem } from './to-problem';

/** Sends the problem+json reply for an error, logging the unexpected ones. */
export function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const { problem, headers, unexpected } = toProblem(error);
  if (unexpected) request.log.error({ err: error }, 'request failed');
  void reply
    .status(problem.status)
    .headers(headers)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .send({ ...problem, instance: request.url.split('?')[0], requestId: request.id });
}
