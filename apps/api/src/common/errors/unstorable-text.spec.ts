import { findUnstorableText } from './unstorable-text';

describe('findUnstorableText', () => {
  it('accepts ordinary text, Chinese and whole surrogate pairs (emoji)', () => {
    expect(
      findUnstorableText({ name: '深圳 Acme 😀', tags: ['a', '𑩾'], n: 1, x: null }),
    ).toBeNull();
  });

  it('names the field holding NUL or a lone surrogate, nested or in a key', () => {
    expect(findUnstorableText({ name: 'a\u0000b' })).toBe('name');
    expect(findUnstorableText({ participants: ['ok', 'x\ud800'] })).toBe('participants[1]');
    expect(findUnstorableText({ a: { b: '\udc00y' } })).toBe('a.b');
    expect(findUnstorableText({ ['k\u0000']: 'v' })).toBe('k\u0000');
    expect(findUnstorableText('\ud800')).toBe('value');
  });
});
