import { localizeProblem, problemLanguage } from './localize-problem';
import type { ProblemDetails } from './problem-details';

const validation: ProblemDetails = {
  type: 'urn:kehu:problem:validation',
  title: 'Invalid request',
  status: 400,
  detail: 'name should not be empty; kind must be one of the following values: company, person',
  errors: [
    { field: 'name', message: 'name should not be empty' },
    { field: 'kind', message: 'kind must be one of the following values: company, person' },
    { field: 'tags', message: 'each value in tags must be shorter than or equal to 40 characters' },
    { field: 'extra', message: 'extra is not a known field' },
  ],
};

describe('problem languages', () => {
  it('picks the preferred supported language of Accept-Language, else English', () => {
    expect(problemLanguage('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh-CN');
    expect(problemLanguage('en-US,en;q=0.9,zh-CN;q=0.8')).toBe('en');
    expect(problemLanguage('fr-FR, zh-Hans;q=0.5')).toBe('zh-CN');
    expect(problemLanguage('en;q=0.2, zh;q=0.7')).toBe('zh-CN');
    expect(problemLanguage('fr')).toBe('en');
    expect(problemLanguage(undefined)).toBe('en');
  });

  it('translates the title, detail and class-validator messages, keeping codes and fields', () => {
    const zh = localizeProblem(validation, 'zh-CN');
    expect(zh).toMatchObject({ type: validation.type, status: 400, title: '请求无效' });
    expect(zh.detail).toBe('name 不能为空；kind 必须是以下值之一：company, person');
    expect(zh.errors).toEqual([
      { field: 'name', message: 'name 不能为空' },
      { field: 'kind', message: 'kind 必须是以下值之一：company, person' },
      { field: 'tags', message: 'tags 中的每一项不能超过 40 个字符' },
      { field: 'extra', message: 'extra 不是可识别的字段' },
    ]);
  });

  it('names the missing record in Chinese and leaves English problems alone', () => {
    const notFound: ProblemDetails = {
      type: 'urn:kehu:problem:not-found',
      title: 'Not found',
      status: 404,
      detail: 'The customer was not found.',
    };
    expect(localizeProblem(notFound, 'zh-CN').detail).toBe('客户不存在。');
    expect(localizeProblem(notFound, 'en')).toBe(notFound);
    expect(
      localizeProblem({ ...notFound, detail: 'The path /api/v1/nowhere was not found.' }, 'zh-CN')
        .detail,
    ).toBe('路径 /api/v1/nowhere 不存在。');
  });

  it('translates the services’ own field messages', () => {
    const problem: ProblemDetails = {
      ...validation,
      detail: 'ownerId names no active user',
      errors: [
        { field: 'ownerId', message: 'ownerId names no active user' },
        { field: 'name', message: 'name is required' },
        { field: 'If-Match', message: 'If-Match must be the ETag of the record, e.g. "3"' },
      ],
    };
    expect(localizeProblem(problem, 'zh-CN').errors?.map((error) => error.message)).toEqual([
      'ownerId 不是在职的用户',
      'name 为必填项',
      'If-Match 必须是记录的 ETag，例如 "3"',
    ]);
  });

  it('keeps a text it has no translation for', () => {
    const odd = { ...validation, detail: 'Something only this service says.', errors: undefined };
    expect(localizeProblem(odd, 'zh-CN').detail).toBe('Something only this service says.');
  });
});
