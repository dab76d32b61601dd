import { randomInt } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  DEMO_EMAILS,
  logIn,
  newUser,
  refreshSession,
  signIn,
  type Tokens,
} from './factories/auth.factory';
import { eventually } from './support/eventually';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { createTestApp, type TestApp } from './support/test-app';

/** The reset code of the newest mail to this address (quoted-printable soft breaks undone). */
function resetCodeFor(sink: SmtpSink, email: string): string {
  const mail = [...sink.received].reverse().find((message) => message.to.includes(email));
  if (!mail) throw new Error(`no mail to ${email} yet`);
  const body = mail.raw.replace(/=\r?\n/g, '');
  const code = /Reset code: ([A-Za-z0-9_-]{20,})/.exec(body)?.[1];
  if (!code) throw new Error('the mail has no reset code');
  return code;
}

describe('account self-service', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let admin: Tokens;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await createTestApp({
      SMTP_URL: sink.url,
      PUBLIC_URL: 'https://crm.example.com/',
      TRUST_PROXY: 'true',
    });
    admin = await signIn(t, DEMO_EMAILS.admin);
  });
  afterAll(async () => {
    await t.app.close();
    await sink.close();
  });

  /** A reset request from its own client address, so the per-address limit stays clear. */
  const requestReset = (email: string, address = `198.51.${randomInt(256)}.${randomInt(256)}`) =>
    t.http().post('/api/v1/auth/password-reset').set('X-Forwarded-For', address).send({ email });

  const me = (as: Tokens) => t.as(as).get('/api/v1/auth/me');

  describe('profile', () => {
    it('a new user has no saved language until they choose one, then it is theirs', async () => {
      const user = await newUser(t, admin);
      expect((await me(user).expect(200)).body.user.locale).toBeNull();
      const updated = await t
        .as(user)
        .patch('/api/v1/auth/me')
        .send({ name: '  新名字 ', locale: 'en' })
        .expect(200);
      expect(updated.body.user).toMatchObject({ name: '新名字', locale: 'en', version: 2 });
      expect(updated.body.rules.length).toBeGreaterThan(0);
      expect((await me(user).expect(200)).body.user).toMatchObject({
        name: '新名字',
        locale: 'en',
      });
      const cleared = await t.as(user).patch('/api/v1/auth/me').send({ locale: null }).expect(200);
      expect(cleared.body.user).toMatchObject({ name: '新名字', locale: null });
    });

    it('refuses a blank or null name, an unknown language and other fields', async () => {
      const user = await newUser(t, admin);
      for (const body of [
        { name: '   ' },
        { name: null },
        { locale: 'fr' },
        { roles: ['admin'] },
      ]) {
        const response = await t.as(user).patch('/api/v1/auth/me').send(body);
        expect(response.status).toBe(400);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
      expect((await me(user).expect(200)).body.user).toMatchObject({
        name: 'Test User',
        roles: ['viewer'],
        version: 1,
      });
    });

    it('every demo role starts without a saved language', async () => {
      for (const email of Object.values(DEMO_EMAILS)) {
        const tokens = await signIn(t, email);
        expect((await me(tokens).expect(200)).body.user.locale).toBeNull();
      }
    });
  });

  describe('change password', () => {
    it('needs the current password and a strong new one; other sessions end, this one goes on', async () => {
      const user = await newUser(t, admin);
      const other = await signIn(t, user.email, user.password);
      const change = (body: object) => t.as(user).post('/api/v1/auth/me/password').send(body);

      const wrong = await change({ currentPassword: 'nope-1234', newPassword: 'New-pass-5678' });
      expect(wrong.status).toBe(400);
      expect(wrong.body.errors[0].field).toBe('currentPassword');
      const weak = await change({ currentPassword: user.password, newPassword: 'short' });
      expect(weak.status).toBe(400);
      expect(weak.body.errors[0].field).toBe('newPassword');
      await me(other).expect(200);

      await change({ currentPassword: user.password, newPassword: 'New-pass-5678' }).expect(204);
      await me(user).expect(200);
      await me(other).expect(401);
      await refreshSession(t, other.refreshToken).expect(401);
      await logIn(t, { email: user.email, password: user.password }).expect(401);
      await signIn(t, user.email, 'New-pass-5678');
    });

    it('without a sign-in, changing a password is refused with 401', async () => {
      await t
        .http()
        .post('/api/v1/auth/me/password')
        .send({ currentPassword: 'a', newPassword: 'b' })
        .expect(401);
    });
  });

  describe('password reset by mail', () => {
    it('answers the same for an unknown address and sends no mail', async () => {
      const before = sink.received.length;
      const unknown = await requestReset('nobody-here@test.kehu.local').expect(202);
      const user = await newUser(t, admin);
      const known = await requestReset(user.email.toUpperCase()).expect(202);
      expect(known.body).toEqual(unknown.body);
      await eventually(() => resetCodeFor(sink, user.email));
      expect(
        sink.received
          .slice(before)
          .filter((mail) => mail.to.includes('nobody-here@test.kehu.local')),
      ).toEqual([]);
    });

    it('the mailed code sets a new password once, ends every session, and expires with use', async () => {
      const user = await newUser(t, admin);
      await requestReset(user.email).expect(202);
      const code = await eventually(() => resetCodeFor(sink, user.email));
      const mail = [...sink.received].reverse().find((message) => message.to.includes(user.email));
      expect(mail?.raw.replace(/=\r?\n/g, '')).toContain(
        'https://crm.example.com/reset-password?token=',
      );

      const weak = await t
        .http()
        .post('/api/v1/auth/password-reset/confirm')
        .send({ token: code, newPassword: 'weak' })
        .expect(400);
      expect(weak.body.errors[0].field).toBe('newPassword');
      await t
        .http()
        .post('/api/v1/auth/password-reset/confirm')
        .send({ token: code, newPassword: 'Reset-pass-9876' })
        .expect(204);
      await me(user).expect(401);
      await signIn(t, user.email, 'Reset-pass-9876');

      const again = await t
        .http()
        .post('/api/v1/auth/password-reset/confirm')
        .send({ token: code, newPassword: 'Other-pass-9876' })
        .expect(400);
      expect(again.body.errors[0].field).toBe('token');
      await t
        .http()
        .post('/api/v1/auth/password-reset/confirm')
        .send({ token: 'made-up-token-000000000000', newPassword: 'Other-pass-9876' })
        .expect(400);
    });

    it('a newer request makes the older code stop working; only a hash is stored', async () => {
      const user = await newUser(t, admin);
      await requestReset(user.email).expect(202);
      const first = await eventually(() => resetCodeFor(sink, user.email));
      await requestReset(user.email).expect(202);
      const second = await eventually(() => {
        const code = resetCodeFor(sink, user.email);
        if (code === first) throw new Error('no second mail yet');
        return code;
      });
      const stored: Array<{ token_hash: string }> = await t.app
        .get(DataSource)
        .query(
          'SELECT token_hash FROM password_reset_tokens prt JOIN users u ON u.id = prt.user_id WHERE u.email = $1',
          [user.email],
        );
      expect(stored.length).toBe(2);
      for (const row of stored) {
        expect(row.token_hash).not.toBe(first);
        expect(row.token_hash).not.toBe(second);
      }
      await t
        .http()
        .post('/api/v1/auth/password-reset/confirm')
        .send({ token: first, newPassword: 'Reset-pass-1111' })
        .expect(400);
      await t
        .http()
        .post('/api/v1/auth/password-reset/confirm')
        .send({ token: second, newPassword: 'Reset-pass-2222' })
        .expect(204);
    });

    it('an expired code does not work', async () => {
      const user = await newUser(t, admin);
      await requestReset(user.email).expect(202);
      const code = await eventually(() => resetCodeFor(sink, user.email));
      await t.app.get(DataSource).query(
        `UPDATE password_reset_tokens SET expires_at = now() - interval '1 second'
            WHERE user_id = (SELECT id FROM users WHERE email = $1)`,
        [user.email],
      );
      await t
        .http()
        .post('/api/v1/auth/password-reset/confirm')
        .send({ token: code, newPassword: 'Reset-pass-3333' })
        .expect(400);
      await signIn(t, user.email, user.password);
    });

    it('mails one account at most three times an hour, answering the same', async () => {
      const user = await newUser(t, admin);
      const before = sink.received.length;
      for (let i = 0; i < 5; i++) {
        await requestReset(user.email).expect(202);
      }
      await eventually(() => {
        const mails = sink.received.slice(before).filter((mail) => mail.to.includes(user.email));
        expect(mails).toHaveLength(3);
      });
    });

    it('limits requests per client address with 429', async () => {
      let status = 202;
      for (let i = 0; i < 20 && status !== 429; i++) {
        const response = await requestReset(`flood-${i}@test.kehu.local`, '203.0.113.9');
        status = response.status;
      }
      expect(status).toBe(429);
    });
  });

  describe('without SMTP', () => {
    it('password reset by mail answers 409: an administrator resets it', async () => {
      const noMail = await createTestApp();
      try {
        const response = await noMail
          .http()
          .post('/api/v1/auth/password-reset')
          .send({ email: DEMO_EMAILS.viewer })
          .expect(409);
        expect(response.body.detail).toMatch(/administrator/);
      } finally {
        await noMail.app.close();
      }
    });
  });
});
