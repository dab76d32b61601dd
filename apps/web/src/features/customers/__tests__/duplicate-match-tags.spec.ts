import { QueryClient } from '@tanstack/react-query';
import { createElement } from 'react';
import { customFieldDefinition } from '../../../shared/custom-fields/__tests__/custom-field-fixtures';
import { renderMarkup } from '../../../shared/custom-fields/__tests__/render-helpers';
import { customFieldQueryKeys } from '../../../shared/custom-fields/use-custom-fields';
import { DuplicateMatchTags } from '../components/DuplicateMatchTags';

jest.mock('../../../shared/api/kehu-client', () => ({ kehuClient: {} }));

const STORE_CODE = customFieldDefinition('text', {
  key: 'store_code',
  label: { zh: '门店编码', en: 'Store code' },
});

/** A query client that has loaded the customer custom fields. */
function withCustomerFields(): QueryClient {
  const client = new QueryClient({ defaultOptions: { queries: { enabled: false } } });
  client.setQueryData(customFieldQueryKeys.visible('customer'), [STORE_CODE]);
  return client;
}

const tags = (
  candidate: { matchedOn: Array<'phone' | 'name'>; matchedCustomFields: string[] },
  language = 'zh-CN',
) =>
  renderMarkup(
    createElement(DuplicateMatchTags, { candidate: { ...candidate, blocking: true } }),
    language,
    withCustomerFields(),
  );

describe('what a duplicate candidate matched on', () => {
  it('names a matched custom field by its label in the user language, beside the built-in ones', async () => {
    const zh = await tags({ matchedOn: ['phone'], matchedCustomFields: ['store_code'] });
    expect(zh).toContain('电话相同');
    expect(zh).toContain('门店编码相同');
    expect(zh).not.toContain('store_code');
    const en = await tags({ matchedOn: [], matchedCustomFields: ['store_code'] }, 'en');
    expect(en).toContain('Same Store code');
  });

  it('says another field matched when the match is on a field the user cannot see', async () => {
    expect(await tags({ matchedOn: [], matchedCustomFields: [] })).toContain('其他字段相同');
  });

  it('shows the key of a field it does not know rather than nothing', async () => {
    expect(await tags({ matchedOn: [], matchedCustomFields: ['serial_no'] })).toContain(
      'serial_no相同',
    );
  });
});
