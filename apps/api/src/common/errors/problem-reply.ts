import type { FastifyReply, FastifyRequest } from 'fastify';
import { localizeProblem, problemLanguage } from './localize-problem';
import { PROBLEM_CONTENT_TYPE } from './problem-details';
import { toProblem } from './to-problem';

/**
 * Sends the problem+json reply for an error, logging the unexpected ones. Its texts are
 * in the language the request's `Accept-Language` prefers (zh-CN or English).
 */
export function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const { problem, headers, unexpected } = toProblem(error);
  if (unexpected) request.log.error({ err: error }, 'request failed');
  const language = problemLanguage(request.headers['accept-language']);
  void reply
    .status(problem.status)
    .headers(headers)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .header('content-language', language)
    .send({
      ...localizeProblem(problem, language),
      instance: request.url.split('?')[0],
      requestId: request.id,
    });
}
