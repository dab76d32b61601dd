import { formatListTotal } from '../list-total';

describe('formatListTotal', () => {
  it.each([
    [{ value: 12_345, estimate: true }, 'zh-CN', '约 1.2 万'],
    [{ value: 12_345, estimate: true }, 'en', 'about 12k'],
    [{ value: 1_250, estimate: true }, 'en', 'about 1.3k'],
    [{ value: 987_654, estimate: true }, 'en', 'about 988k'],
    [{ value: 1_050_000, estimate: true }, 'zh-CN', '约 105 万'],
    [{ value: 234_000_000, estimate: true }, 'zh-CN', '约 2.3 亿'],
    [{ value: 2_340_000, estimate: true }, 'en', 'about 2.3M'],
    [{ value: 12_345, estimate: false }, 'zh-CN', '12,345'],
    [{ value: 7, estimate: false }, 'en', '7'],
  ])('%j in %s is %s', (total, language, expected) => {
    expect(formatListTotal(total, language)).toBe(expected);
  });
});
