/** How many records a list matches: exact, or the database's estimate when counting is dear. */
export interface ListTotal {
  value: number;
  estimate: boolean;
}

const oneDecimal = (value: number): string => String(Math.round(value * 10) / 10);

/**
 * A list total for people: an exact count with digit grouping, an estimate rounded to
 * what it is worth — "约 1.2 万" in Chinese, "about 12k" in English.
 */
export function formatListTotal(total: ListTotal, language: string): string {
  const chinese = language.toLowerCase().startsWith('zh');
  if (!total.estimate) return total.value.toLocaleString(chinese ? 'zh-CN' : 'en-US');
  const value = total.value;
  if (chinese) {
    if (value >= 1e8) return `约 ${oneDecimal(value / 1e8)} 亿`;
    if (value >= 1e4) return `约 ${oneDecimal(value / 1e4)} 万`;
    return `约 ${value.toLocaleString('zh-CN')}`;
  }
  if (value >= 1e6) return `about ${oneDecimal(value / 1e6)}M`;
  if (value >= 1e4) return `about ${Math.round(value / 1e3)}k`;
  if (value >= 1e3) return `about ${oneDecimal(value / 1e3)}k`;
  return `about ${value.toLocaleString('en-US')}`;
}
