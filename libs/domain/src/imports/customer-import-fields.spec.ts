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

  it('reads traditional-Chinese headers as simplified ones', () => {
    expect(suggestImportMapping(['客戶名稱', '聯絡電話'])).toEqual(['name', 'phone']);
    expect(suggestImportMapping(['客戶名稱', '聯繫電話', '電子郵件', '所屬行業', '備註'])).toEqual([
      'name',
      'phone',
      'email',
      'industry',
      'notes',
    ]);
  });
});
