import type { WebFormResponse } from '../lead-settings-types';
import { normalizeOrigins, toWebFormRequest, toWebFormValues } from '../web-form-values';

describe('web form values', () => {
  it('normalizes origins: trimmed, no trailing slash, each once', () => {
    expect(
      normalizeOrigins([
        ' https://www.example.cn/ ',
        'https://www.example.cn',
        '',
        'http://a:8080',
      ]),
    ).toEqual(['https://www.example.cn', 'http://a:8080']);
  });

  it('turns the mapping rows into an object, skipping incomplete rows', () => {
    expect(
      toWebFormRequest({
        name: ' 官网咨询 ',
        allowedOrigins: ['https://www.example.cn/'],
        fieldMapping: [
          { formField: ' full_name ', leadField: 'name' },
          { formField: 'mobile', leadField: 'phone' },
          { formField: '', leadField: 'email' },
          { formField: 'note' },
        ],
        honeypotField: ' website ',
        campaign: ' ',
        active: true,
      }),
    ).toEqual({
      name: '官网咨询',
      allowedOrigins: ['https://www.example.cn'],
      fieldMapping: { full_name: 'name', mobile: 'phone' },
      honeypotField: 'website',
      active: true,
    });
  });

  it('reads a saved form back into rows, and starts a new one with a name field', () => {
    const form = {
      name: 'Expo',
      allowedOrigins: ['https://expo.example.com'],
      fieldMapping: { who: 'name', org: 'company' },
      honeypotField: 'website',
      campaign: null,
      active: false,
    } as unknown as WebFormResponse;
    expect(toWebFormValues(form)).toEqual({
      name: 'Expo',
      allowedOrigins: ['https://expo.example.com'],
      fieldMapping: [
        { formField: 'who', leadField: 'name' },
        { formField: 'org', leadField: 'company' },
      ],
      honeypotField: 'website',
      campaign: undefined,
      active: false,
    });
    expect(toWebFormValues(null).fieldMapping).toContainEqual({
      formField: 'name',
      leadField: 'name',
    });
  });
});

describe('a web form mapping to lead custom fields', () => {
  it('reads a saved cf.<key> back into its row and sends it again', () => {
    const form = {
      name: 'Expo',
      allowedOrigins: [],
      fieldMapping: { who: 'name', booth: 'cf.trade_fair_booth', odd: 'salary' },
      honeypotField: 'website',
      campaign: null,
      active: true,
    } as unknown as WebFormResponse;
    const values = toWebFormValues(form);
    expect(values.fieldMapping).toEqual([
      { formField: 'who', leadField: 'name' },
      { formField: 'booth', leadField: 'cf.trade_fair_booth' },
      // Neither a lead field nor a custom field: the row asks for a choice.
      { formField: 'odd', leadField: undefined },
    ]);
    expect(toWebFormRequest(values).fieldMapping).toEqual({
      who: 'name',
      booth: 'cf.trade_fair_booth',
    });
  });
});
