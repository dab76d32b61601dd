import { createElement } from 'react';
import { customFieldDefinition } from '../../../shared/custom-fields/__tests__/custom-field-fixtures';
import { renderMarkup } from '../../../shared/custom-fields/__tests__/render-helpers';
import { MappingStep } from '../components/MappingStep';
import { importCustomFieldChoices, withCustomFields } from '../import-mapping';
import { IMPORT_TARGETS } from '../import-targets';

const spec = IMPORT_TARGETS.customers;
const wechat = customFieldDefinition('text', {
  key: 'wechat_id',
  label: { zh: '微信号', en: 'WeChat ID' },
});

const render = (mapping: Array<string | null>, language = 'zh-CN') => {
  const choices = importCustomFieldChoices([wechat], () => true, language);
  return renderMarkup(
    createElement(MappingStep, {
      spec,
      fieldSet: withCustomFields(
        spec,
        choices.map((choice) => choice.value),
      ),
      customFieldChoices: choices,
      filename: 'customers.csv',
      headers: mapping.map((_, column) => `column ${column + 1}`),
      sampleRows: null,
      mapping,
      onChange: () => undefined,
      onNext: () => undefined,
      encoding: null,
      detectedEncoding: null,
      rereading: false,
      rereadError: null,
      onEncoding: () => undefined,
    }),
    language,
  );
};

describe('the mapping step', () => {
  it('shows a column mapped to a custom field by the field’s label', async () => {
    const zh = await render(['name', 'cf.wechat_id']);
    expect(zh).toContain('微信号');
    expect(zh).not.toContain('cf.wechat_id');
    expect(await render(['name', 'cf.wechat_id'], 'en')).toContain('WeChat ID');
  });

  it('names a custom field two columns fill by its label', async () => {
    expect(await render(['name', 'cf.wechat_id', 'cf.wechat_id'])).toContain(
      '“微信号”被多列选中（column 2, column 3）',
    );
  });
});
