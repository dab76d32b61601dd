import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { toProblem } from './to-problem';

function withCode(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('toProblem: a database that cannot be reached', () => {
  it.each([
    ['refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['administrator shutdown', withCode('terminating connection', '57P01')],
    ['server starting up', withCode('the database system is starting up', '57P03')],
    [
      'a query cut off',
      new QueryFailedError('SELECT 1', [], new Error('Connection terminated unexpectedly')),
    ],
    ['a connection timeout', new Error('Connection terminated due to connection timeout')],
    ['a pool timeout', new Error('timeout exceeded when trying to connect')],
  ])('answers 503 with Retry-After for %s', (_, error) => {
    const reply = toProblem(error);
    expect(reply.problem).toMatchObject({
      status: 503,
      type: 'urn:kehu:problem:database-unavailable',
    });
    expect(reply.headers['retry-after']).toBe('5');
    expect(reply.problem.detail).not.toMatch(/ECONNREFUSED|terminat|5432|SELECT/);
    expect(reply.unexpected).toBe(false);
  });

  it('answers 503 for a transaction whose connection broke, and still logs it', () => {
    const reply = toProblem(new QueryRunnerAlreadyReleasedError());
    expect(reply.problem.status).toBe(503);
    expect(reply.unexpected).toBe(true);
  });

  it('keeps other failures a 500 that says nothing of its cause', () => {
    const reply = toProblem(new Error('Connection pool settings are wrong'));
    expect(reply.problem).toMatchObject({ status: 500, type: 'urn:kehu:problem:internal' });
    expect(reply.problem.detail).not.toContain('pool');
    expect(reply.unexpected).toBe(true);
  });
});
