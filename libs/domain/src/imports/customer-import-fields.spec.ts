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

  it('knows the owner column by its Chinese and English headers', () => {
    for (const header of [
      '负责人',
      '客户负责人',
      '销售',
      '销售代表',
      '所有人',
      'Owner',
      'Owner email',
    ])
      expect(suggestImportMapping(['客户名称', header])).toEqual(['name', 'owner']);
  });

  it('knows 联络电话 (Taiwan’s 聯絡電話) as a phone', () => {
    expect(suggestImportMapping(['客户名称', '联络电话'])).toEqual(['name', 'phone']);
  });
});
