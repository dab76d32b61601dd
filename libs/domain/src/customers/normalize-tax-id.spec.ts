import fc from 'fast-check';
import { normalizeTaxId } from './normalize-tax-id';
import { anyText, fullWidth } from '../testing/text-arbitraries';

const taxIdCharacter = fc.constantFrom(...'0123456789ABCDEFGHJKLMNPQRTUWXYabcdefghjk');
const separator = fc.constantFrom('', ' ', '-', '.', '\u3000', '—', '－', '·', '。', '\u200b');

describe('normalizeTaxId', () => {
  it('reads a unified social credit code however it is grouped', () => {
    expect(normalizeTaxId('91310000MA1K3Y1X2N')).toBe('91310000MA1K3Y1X2N');
    expect(normalizeTaxId(' 9131 0000 MA1K 3Y1X 2N ')).toBe('91310000MA1K3Y1X2N');
    expect(normalizeTaxId('913100-00ma1k.3y1x2n')).toBe('91310000MA1K3Y1X2N');
  });

  it('a full-width code matches its half-width twin', () => {
    expect(normalizeTaxId('９１３１００００ＭＡ１Ｋ３Ｙ１Ｘ２Ｎ')).toBe('91310000MA1K3Y1X2N');
  });

  it('keeps slashes, which are part of some registration numbers', () => {
    expect(normalizeTaxId('143/123/45678')).toBe('143/123/45678');
  });

  it('is null when nothing but separators is given', () => {
    expect(normalizeTaxId('')).toBeNull();
    expect(normalizeTaxId(' - . ')).toBeNull();
  });

  it('is idempotent on any text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const key = normalizeTaxId(text);
        if (key !== null) expect(normalizeTaxId(key)).toBe(key);
      }),
    );
  });

  it('does not depend on case, width or inserted separators', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(taxIdCharacter, separator), { minLength: 1, maxLength: 20 }),
        (pairs) => {
          const plain = pairs.map(([character]) => character).join('');
          const grouped = pairs.map(([character, sep]) => character + sep).join('');
          const key = normalizeTaxId(plain);
          expect(normalizeTaxId(grouped)).toBe(key);
          expect(normalizeTaxId(plain.toLowerCase())).toBe(key);
          expect(normalizeTaxId(fullWidth(grouped))).toBe(key);
        },
      ),
    );
  });
});
