import type { CustomFieldValue } from '@kehu/domain';
import { createElement } from 'react';
import { zh } from '../../i18n/__tests__/fixed-translators';
import type { CustomFieldDefinition } from '../custom-field-types';
import { customFieldProblem } from '../CustomFieldFormItems';
import { CustomFieldInput } from '../CustomFieldInput';
import { customFieldDefinition as definition } from './custom-field-fixtures';
import { ME, renderMarkup } from './render-helpers';

// The user picker reads the directory; the API client is not needed here.
jest.mock('../../api/kehu-client', () => ({ kehuClient: {} }));

const input = (
  type: CustomFieldDefinition['type'],
  value: CustomFieldValue | null,
  props: { disabled?: boolean; stored?: CustomFieldValue | null } = {},
) =>
  renderMarkup(createElement(CustomFieldInput, { definition: definition(type), value, ...props }));

describe('the input of a custom field', () => {
  it.each([
    ['text', '华东区', /<input[^>]*maxLength="500"[^>]*value="华东区"/i],
    ['long_text', '两行', /<textarea[^>]*>两行<\/textarea>/],
    ['number', 12, /ant-input-number[\s\S]*value="12"/],
    ['currency', '500000.5', /ant-input-number[\s\S]*value="500000.50"/],
    ['percent', 12.5, /ant-input-number[\s\S]*%/],
    ['date', '2026-12-07', /ant-picker[\s\S]*value="2026-12-07"/],
    ['datetime', '2026-12-07T01:30:00.000Z', /ant-picker[\s\S]*value="2026-12-0[67] \d{2}:30"/],
    ['url', 'https://kehu.example.com', /inputMode="url"[^>]*value="https:\/\/kehu.example.com"/i],
    ['email', 'li@kehu.example.com', /inputMode="email"/i],
    ['phone', '+8613800138000', /inputMode="tel"[^>]*value="\+8613800138000"/i],
  ] as const)('of a %s field holds its value', async (type, value, pattern) => {
    expect(await input(type, value)).toMatch(pattern);
  });

  it('of a yes / no field is a switch', async () => {
    expect(await input('boolean', true)).toMatch(/role="switch"[^>]*aria-checked="true"/);
    expect(await input('boolean', null)).toMatch(/role="switch"[^>]*aria-checked="false"/);
  });

  it('of a select shows the chosen options by their labels', async () => {
    expect(await input('single_select', 'fair')).toContain('展会');
    const multi = await input('multi_select', ['fair', 'referral'], {
      stored: ['fair', 'referral'],
    });
    expect(multi).toContain('展会');
    expect(multi).toContain('转介绍（已停用）');
  });

  it('of a user field names the chosen user', async () => {
    expect(await input('user', ME.id)).toContain('李明');
  });

  it('is disabled for a role that may only read the field', async () => {
    expect(await input('text', 'x', { disabled: true })).toMatch(/<input[^>]*disabled/);
    expect(await input('single_select', 'fair', { disabled: true })).toContain(
      'ant-select-disabled',
    );
  });

  it('is named by the field label', async () => {
    expect(await input('phone', null)).toContain('aria-label="到访渠道"');
  });
});

describe('what a custom field input says before saving', () => {
  it('asks for a required value', () => {
    const required = definition('text', { required: true });
    expect(customFieldProblem(zh, required, '  ')).toBe('此项为必填项。');
    expect(customFieldProblem(zh, definition('text'), '')).toBeNull();
  });

  it('keeps numbers within the range', () => {
    const ranged = definition('number', { min: 0, max: 100 });
    expect(customFieldProblem(zh, ranged, -1)).toBe('不能小于 0。');
    expect(customFieldProblem(zh, ranged, 101)).toBe('不能大于 100。');
    expect(customFieldProblem(zh, ranged, 100)).toBeNull();
  });

  it('refuses values of the wrong form, named by the type', () => {
    expect(customFieldProblem(zh, definition('email'), 'not-an-email')).toBe('不是有效的邮箱。');
    expect(customFieldProblem(zh, definition('url'), 'ftp://x.cn')).toBe('不是有效的网址。');
    expect(customFieldProblem(zh, definition('phone'), '12')).toBe('不是有效的电话。');
    expect(customFieldProblem(zh, definition('phone'), '138 0013 8000')).toBeNull();
  });

  it('refuses a deactivated option unless the record already holds it', () => {
    const select = definition('single_select');
    expect(customFieldProblem(zh, select, 'referral')).toBe('该选项已停用。');
    expect(customFieldProblem(zh, select, 'referral', 'referral')).toBeNull();
  });
});
