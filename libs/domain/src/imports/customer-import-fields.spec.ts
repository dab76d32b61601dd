import { suggestImportMapping } from './customer-import-fields';

describe('suggestImportMapping', () => {
  it('maps Chinese and English headers to fields', () => {
    expect(
      suggestImportMapping([
        '客户名称',
        'Mobile',
        'E-mail',
        '统一社会信用代码',
        'Province',
        '备注',
        'Colour',
      ]),
    ).toEqual(['name', 'mobile', 'email', 'taxId', 'province', 'notes', null]);
  });

  it('suggests each field once: the first matching column wins', () => {
    expect(suggestImportMapping(['Name', '姓名'])).toEqual(['name', null]);
  });

  it('knows 联络电话 (Taiwan’s 聯絡電話) as a phone', () => {
    expect(suggestImportMapping(['客户名称', '联络电话'])).toEqual(['name', 'phone']);
  });
});
