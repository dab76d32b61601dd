import type { CustomFieldValue } from '@kehu/domain';
import { createElement } from 'react';
import type { CustomFieldDefinition } from '../custom-field-types';
import { CustomFieldDisplay, formatAmount } from '../CustomFieldDisplay';
import { ME, renderMarkup } from './render-helpers';

// The display reads user names from the directory; the API client is not needed here.
jest.mock('../../api/kehu-client', () => ({ kehuClient: {} }));

const OPTIONS: CustomFieldDefinition['options'] = [
  { key: 'fair', label: { zh: '展会', en: 'Trade fair' }, active: true },
  { key: 'referral', label: { zh: '转介绍', en: 'Referral' }, active: false },
];

const show = (
  type: CustomFieldDefinition['type'],
  value: CustomFieldValue | null,
  language?: string,
) =>
  renderMarkup(
    createElement(CustomFieldDisplay, { definition: { type, options: OPTIONS }, value }),
    language,
  );

describe('a custom field value for reading', () => {
  it.each([
    ['text', '华东区', '华东区'],
    ['long_text', '第一行\n第二行', '第一行\n第二行'],
    ['number', 1234, '1,234'],
    ['percent', 12.5, '12.5%'],
    ['currency', '1234567.5', '1,234,567.50'],
    ['date', '2026-12-07', '2026-12-07'],
    ['boolean', true, '是'],
    ['boolean', false, '否'],
    ['single_select', 'fair', '展会'],
  ] as const)('shows a %s value as people read it', async (type, value, expected) => {
    expect(await show(type, value)).toContain(expected);
  });

  it('names options in the language the user reads, deactivated ones too', async () => {
    const zh = await show('multi_select', ['fair', 'referral']);
    expect(zh).toContain('展会');
    expect(zh).toContain('转介绍');
    expect(await show('multi_select', ['fair', 'referral'], 'en')).toContain('Referral');
  });

  it('shows an option it no longer knows by its key rather than nothing', async () => {
    expect(await show('single_select', 'gone')).toContain('gone');
  });

  it('names a user', async () => {
    expect(await show('user', ME.id)).toContain('李明');
  });

  it('links web addresses, e-mail addresses and phones', async () => {
    expect(await show('url', 'https://kehu.example.com/a')).toContain(
      'href="https://kehu.example.com/a"',
    );
    expect(await show('url', 'https://kehu.example.com/a')).toContain('rel="noopener noreferrer"');
    expect(await show('email', 'li@kehu.example.com')).toContain(
      'href="mailto:li@kehu.example.com"',
    );
    expect(await show('phone', '+8613800138000')).toContain('href="tel:+8613800138000"');
  });

  it('shows a date-time in local time', async () => {
    const markup = await show('datetime', '2026-12-07T01:30:00.000Z');
    expect(markup).toMatch(/2026-12-0[67] \d{2}:30/);
  });

  it('shows a dash for no value', async () => {
    for (const value of [null, []]) expect(await show('multi_select', value)).toBe('—');
  });

  it('groups amounts with two decimals', () => {
    expect(formatAmount('-500000', 'en')).toBe('-500,000.00');
    expect(formatAmount('12.3', 'zh-CN')).toBe('12.30');
  });
});
