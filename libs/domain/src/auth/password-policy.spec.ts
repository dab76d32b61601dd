import fc from 'fast-check';
import { PASSWORD_MIN_LENGTH, passwordWeakness } from './password-policy';

describe('password policy', () => {
  it('accepts a mixed password of sufficient length', () => {
    expect(passwordWeakness('kehu-demo', 'admin@kehu.local')).toBeNull();
    expect(passwordWeakness('correct horse 42', 'li.wei@example.com')).toBeNull();
  });

  it('refuses short, single-kind and email-based passwords', () => {
    expect(passwordWeakness('a1b2', 'x@y.z')).toMatch(/at least/);
    expect(passwordWeakness('abcdefghij', 'x@y.z')).toMatch(/mix/);
    expect(passwordWeakness('zhangsan-2024', 'zhangsan@example.com')).toMatch(/email/);
  });

  it('refuses every password shorter than the minimum', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: PASSWORD_MIN_LENGTH - 1 }), (password) => {
        expect(passwordWeakness(password, 'x@y.z')).not.toBeNull();
      }),
    );
  });
});
