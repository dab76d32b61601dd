import { QueryClient } from '@tanstack/react-query';
import { createElement } from 'react';
import { customFieldDefinition } from '../../../shared/custom-fields/__tests__/custom-field-fixtures';
import { renderMarkup } from '../../../shared/custom-fields/__tests__/render-helpers';
import { customFieldQueryKeys } from '../../../shared/custom-fields/use-custom-fields';
import { CustomFieldRulesSection } from '../components/CustomFieldRulesSection';
import { toCustomFieldRuleRows } from '../duplicate-rule-rows';

jest.mock('../../../shared/api/kehu-client', () => ({ kehuClient: {} }));
// The icons' index loads every icon, ES modules among them; the section's two are enough.
jest.mock('@ant-design/icons', () => ({ DeleteOutlined: () => null, WarningOutlined: () => null }));

const STORE_CODE = customFieldDefinition('text', {
  key: 'store_code',
  label: { zh: '门店编码', en: 'Store code' },
});
const TAGS = customFieldDefinition('multi_select', {
  key: 'tags',
  label: { zh: '兴趣标签', en: 'Interests' },
});

function section(definitions: ReturnType<typeof customFieldDefinition>[], language = 'zh-CN') {
  const client = new QueryClient({ defaultOptions: { queries: { enabled: false } } });
  client.setQueryData(customFieldQueryKeys.visible('customer'), definitions);
  const rows = toCustomFieldRuleRows(
    [
      { key: 'store_code', mode: 'block' },
      { key: 'gone_field', mode: 'warn' },
    ],
    definitions,
  );
  return renderMarkup(
    createElement(CustomFieldRulesSection, {
      rows,
      definitions,
      disabled: false,
      onChange: () => undefined,
    }),
    language,
    client,
  );
}

describe('the custom field rules section', () => {
  it('lists each rule by its field label and type, in the user language', async () => {
    const zh = await section([STORE_CODE, TAGS]);
    expect(zh).toContain('自定义字段规则');
    expect(zh).toContain('门店编码');
    expect(zh).toContain('文本');
    expect(zh).toContain('禁止');
    expect(await section([STORE_CODE, TAGS], 'en')).toContain('Store code');
  });

  it('says a rule on a field deleted since does not apply', async () => {
    const markup = await section([STORE_CODE, TAGS]);
    expect(markup).toContain('gone_field');
    expect(markup).toContain('此规则暂不生效');
  });

  it('says when every comparable field already has a rule (a multi-select has none)', async () => {
    expect(await section([STORE_CODE, TAGS])).toContain('所有可比对的自定义字段都已设置规则');
    expect(await section([TAGS])).toContain('暂无可设置规则的客户自定义字段');
  });
});
