import { ApiProblemError } from '@kehu/contracts';
import { saveResponseFile } from '../save-response-file';

describe('saving a downloaded file', () => {
  it('throws an error answer as its problem, saving nothing', () => {
    const problem = { type: 'about:blank', title: 'Too many exports', status: 429 };
    const response = new Response(JSON.stringify(problem), {
      status: 429,
      headers: { 'Retry-After': '30' },
    });
    let thrown: unknown;
    try {
      saveResponseFile({ error: problem, response }, 'leads.csv');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ApiProblemError);
    expect((thrown as ApiProblemError).status).toBe(429);
  });

  it('throws when a successful answer has no file', () => {
    expect(() =>
      saveResponseFile({ response: new Response(null, { status: 200 }) }, 'x.csv'),
    ).toThrow(ApiProblemError);
  });
});
