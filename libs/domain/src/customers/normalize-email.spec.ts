import fc from 'fast-check';
import { normalizeEmail } from './normalize-email';

/** Any text: ASCII, the Basic Multilingual Plane and beyond, lone surrogates included. */
const anyText = fc.string({
  unit: fc
    .oneof(
      fc.integer({ min: 0, max: 0x7f }),
      fc.integer({ min: 0, max: 0xffff }),
      fc.integer({ min: 0, max: 0x10ffff }),
    )
    .map((codePoint) => String.fromCodePoint(codePoint)),
  maxLength: 30,
});

/** The same ASCII text as typed with a full-width (Chinese) input method. */
const fullWidth = (ascii: string): string =>
  ascii
    .replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
    .replace(/ /g, '\u3000');

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
