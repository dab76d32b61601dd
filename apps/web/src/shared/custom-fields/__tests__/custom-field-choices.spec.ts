import {
  customFieldChoices,
  fieldChoiceLabel,
  withCustomFieldGroup,
} from '../custom-field-choices';
import { customFieldDefinition } from './custom-field-fixtures';

const wechat = customFieldDefinition('text', {
  key: 'wechat_id',
  label: { zh: '微信号', en: 'WeChat ID' },
});
const booth = customFieldDefinition('text', {
  key: 'trade_fair_booth',
  label: { zh: '展位号', en: '' },
});

describe('custom field choices', () => {
  it('names each field cf.<key>, labelled in the user’s language (else the other one)', () => {
    expect(customFieldChoices([wechat, booth], 'zh-CN')).toEqual([
      { value: 'cf.wechat_id', label: '微信号' },
      { value: 'cf.trade_fair_booth', label: '展位号' },
    ]);
    expect(customFieldChoices([wechat, booth], 'en')).toEqual([
      { value: 'cf.wechat_id', label: 'WeChat ID' },
      { value: 'cf.trade_fair_booth', label: '展位号' },
    ]);
  });

  it('puts the custom fields after the record’s own, under their group, only when there are any', () => {
    const own = [{ value: 'name', label: '姓名' }];
    const custom = customFieldChoices([wechat], 'zh-CN');
    expect(withCustomFieldGroup(own, custom, '自定义字段')).toEqual([
      { value: 'name', label: '姓名' },
      {
        label: '自定义字段',
        title: '自定义字段',
        options: [{ value: 'cf.wechat_id', label: '微信号' }],
      },
    ]);
    expect(withCustomFieldGroup(own, [], '自定义字段')).toEqual(own);
  });

  it('labels a mapped field: a custom field by its choice, a record field by its own label', () => {
    const custom = customFieldChoices([wechat], 'zh-CN');
    const builtIn = (field: string) => `built-in ${field}`;
    expect(fieldChoiceLabel('cf.wechat_id', custom, builtIn)).toBe('微信号');
    expect(fieldChoiceLabel('phone', custom, builtIn)).toBe('built-in phone');
    // A field deleted since it was mapped shows as the API names it.
    expect(fieldChoiceLabel('cf.gone', custom, builtIn)).toBe('cf.gone');
  });
});
