import { loginPathFor, safeRedirectTarget } from '../login-redirect';

describe('the redirect after signing in', () => {
  it('goes back to a page inside the console', () => {
    expect(safeRedirectTarget('/settings/users?role=admin')).toBe('/settings/users?role=admin');
  });

  it('never leaves the console or loops to the login page', () => {
    for (const target of [null, '', 'https://evil.test', '//evil.test/x', '/login?redirect=/x']) {
      expect(safeRedirectTarget(target)).toBe('/');
    }
  });

  it('remembers the page that needed a session', () => {
    expect(loginPathFor('/settings/teams')).toBe('/login?redirect=%2Fsettings%2Fteams');
    expect(loginPathFor('/')).toBe('/login');
  });
});
