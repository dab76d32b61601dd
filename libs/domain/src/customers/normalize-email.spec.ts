import fc from 'fast-check';
import { normalizeEmail } from './normalize-email';
import { anyText, fullWidth } from '../testing/text-arbitraries';

describe('normalizeEmail', () => {
  it('trims and lower-cases an address', () => {
    expect(normalizeEmail('Zhang@Example.COM ')).toBe('zhang@example.com');
    expect(normalizeEmail('\u3000Li.Wei@Huateng.com.cn\t')).toBe('li.wei@huateng.com.cn');
  });

  it('an address typed in full width matches its half-width twin', () => {
    expect(normalizeEmail('ｚｈａｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ')).toBe('zhang@example.com');
  });

  it('keeps dots and plus tags, which only some providers ignore', () => {
    expect(normalizeEmail('Li.Wei+CRM@corp.cn')).toBe('li.wei+crm@corp.cn');
    expect(normalizeEmail('liwei@corp.cn')).not.toBe(normalizeEmail('li.wei@corp.cn'));
  });

  it('ignores zero-width characters pasted along with the address', () => {
    expect(normalizeEmail('zhang\u200b@example.com\ufeff')).toBe('zhang@example.com');
  });

  it.each([
    ['', 'empty'],
    ['zhang', 'no @'],
    ['@example.com', 'empty local part'],
    ['zhang@@example.com', 'two @'],
    ['zhang@wang@example.com', 'two @ apart'],
    ['zhang@localhost', 'no dot in the domain'],
    ['zhang@.example.com', 'domain starting with a dot'],
    ['zhang@example.com.', 'domain ending with a dot'],
    ['zhang@example..com', 'empty domain label'],
    ['zhang san@example.com', 'a space inside'],
    ['Zhang San <zhang@example.com>', 'a display name'],
  ])('refuses %j (%s)', (raw) => {
    expect(normalizeEmail(raw)).toBeNull();
  });

  it('accepts every well-formed address and is idempotent on it', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (email) => {
        const key = normalizeEmail(email);
        expect(key).toBe(email.toLowerCase());
        expect(normalizeEmail(key!)).toBe(key);
      }),
    );
  });

  it('is idempotent on any text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const key = normalizeEmail(text);
        if (key !== null) expect(normalizeEmail(key)).toBe(key);
      }),
    );
  });

  it('does not depend on case or width', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (email) => {
        const key = normalizeEmail(email);
        expect(normalizeEmail(email.toUpperCase())).toBe(key);
        expect(normalizeEmail(fullWidth(email))).toBe(key);
      }),
    );
  });
});
