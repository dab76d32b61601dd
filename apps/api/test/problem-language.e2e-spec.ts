import { DEMO_EMAILS, signIn, type Tokens } from './factories/auth.factory';
import { createTestApp, type TestApp } from './support/test-app';

describe('problem details in the caller’s language', () => {
  let t: TestApp, admin: Tokens;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signIn(t, DEMO_EMAILS.admin);
  });
  afterAll(() => t.app.close());

  const invalidCustomer = () =>
    t.as(admin).post('/api/v1/customers').send({ kind: 'robot', name: '', nickname: 'x' });

  it('sends validation problems in Chinese when Accept-Language asks for it', async () => {
    const response = await invalidCustomer().set('Accept-Language', 'zh-CN,zh;q=0.9,en;q=0.8');
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.headers['content-language']).toBe('zh-CN');
    expect(response.body).toMatchObject({
      type: 'urn:kehu:problem:validation',
      title: '请求无效',
      status: 400,
    });
    const messages = Object.fromEntries(
      (response.body.errors as Array<{ field: string; message: string }>).map((error) => [
        error.field,
        error.message,
      ]),
    );
    expect(messages.kind).toMatch(/^kind 必须是以下值之一：company, person/);
    expect(messages.nickname).toBe('nickname 不是可识别的字段');
    expect(response.body.detail).toContain('kind 必须是以下值之一');
  });

  it('keeps English by default and for English callers', async () => {
    for (const language of [undefined, 'en-GB,en;q=0.9']) {
      const request = invalidCustomer();
      const response = await (language ? request.set('Accept-Language', language) : request);
      expect(response.status).toBe(400);
      expect(response.body.title).toBe('Invalid request');
      expect(response.body.detail).toContain('kind must be one of the following values');
    }
  });

  it('names a missing record in Chinese', async () => {
    const response = await t
      .as(admin)
      .get('/api/v1/customers/6c8f188b-35da-4e2b-9d18-1ea90c26be64')
      .set('Accept-Language', 'zh-CN')
      .expect(404);
    expect(response.body).toMatchObject({ title: '未找到', detail: '客户不存在。' });
  });
});
