import fc from 'fast-check';
import { similarityOfTrigrams, trigramSimilarity, trigramsOf } from './trigram-similarity';
import { anyText } from '../testing/text-arbitraries';

const keyCharacter = fc.constantFrom(...'上海华腾科技北京中国abcdexyz0123');
const key = fc.string({ unit: keyCharacter, minLength: 1, maxLength: 12 });
const text = fc.oneof(key, anyText);

describe('trigramSimilarity', () => {
  // Expected values are PostgreSQL 15 pg_trgm similarity() in a C.UTF-8 database.
  it.each([
    ['word', 'two words', 0.36363637],
    ['abc', 'abc', 1],
    ['abc', 'xyz', 0],
    ['ab', 'AB', 1],
    ['Hello, World', 'world hello', 1],
    ['acme', 'acmetrading', 0.30769232],
    ['上海华腾科技', '上海华腾', 0.5],
    ['上海华腾科技', '北京华腾科技', 0.27272728],
    ['上海华腾科技', '上海华腾科技中国', 0.6],
    ['上海市浦东新区世纪大道100号', '浦东新区世纪大道100号', 0.6111111],
    ['上海市浦东新区世纪大道100号', '上海市浦东新区世纪大道1000号', 0.9411765],
    ['', '', 0],
    ['-', '-', 0],
  ])('similarity(%j, %j) is %d as in pg_trgm', (a, b, expected) => {
    expect(trigramSimilarity(a, b)).toBeCloseTo(expected, 6);
  });

  it('pads each word with two spaces in front and one behind, as show_trgm does', () => {
    expect([...trigramsOf('a-b c')].sort()).toEqual(['  a', '  b', '  c', ' a ', ' b ', ' c ']);
    expect([...trigramsOf('Hello, 世界')].sort()).toEqual(
      ['  h', ' he', 'hel', 'ell', 'llo', 'lo ', '  世', ' 世界', '世界 '].sort(),
    );
  });

  it('treats ideographs beyond the basic plane as one character each', () => {
    expect([...trigramsOf('𠀀𠀁')]).toEqual(['  𠀀', ' 𠀀𠀁', '𠀀𠀁 ']);
  });

  it('reads accented letters, kana and hangul as letters and symbols as separators', () => {
    expect(trigramsOf('Ünï').size).toBe(4);
    expect(trigramsOf('カタカナ').size).toBe(5);
    expect(trigramsOf('한국').size).toBe(3);
    expect(trigramsOf('_·😀²').size).toBe(0);
  });

  it('is symmetric and between 0 and 1', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const similarity = trigramSimilarity(a, b);
        expect(similarity).toBeGreaterThanOrEqual(0);
        expect(similarity).toBeLessThanOrEqual(1);
        expect(trigramSimilarity(b, a)).toBe(similarity);
      }),
    );
  });

  it('is 1 for equal non-empty keys', () => {
    fc.assert(
      fc.property(key, (k) => {
        expect(trigramSimilarity(k, k)).toBe(1);
      }),
    );
  });

  it('agrees with the similarity of precomputed trigram sets', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(similarityOfTrigrams(trigramsOf(a), trigramsOf(b))).toBe(trigramSimilarity(a, b));
      }),
    );
  });
});
