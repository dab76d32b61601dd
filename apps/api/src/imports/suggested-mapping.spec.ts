import { suggestImportMapping, suggestLeadImportMapping } from '@kehu/domain';
import { suggestMappingOf } from './suggested-mapping';

describe('suggestMappingOf', () => {
  it('reads traditional-Chinese headers as simplified ones', () => {
    const customers = { suggestMapping: suggestImportMapping };
    expect(
      suggestMappingOf(customers, [
        '客戶名稱',
        '聯繫電話',
        '電子郵件',
        '所屬行業',
        '備註',
        'Colour',
      ]),
    ).toEqual(['name', 'phone', 'email', 'industry', 'notes', null]);
    expect(suggestMappingOf(customers, ['客戶名稱', '聯絡電話'])).toEqual(['name', 'phone']);
  });

  it('does so for every target, and leaves simplified and English headers as they were', () => {
    const leads = { suggestMapping: suggestLeadImportMapping };
    expect(suggestMappingOf(leads, ['聯繫人', '手機', 'E-mail'])).toEqual([
      'name',
      'mobile',
      'email',
    ]);
    const headers = ['客户名称', 'Mobile', '统一社会信用代码'];
    expect(suggestMappingOf({ suggestMapping: suggestImportMapping }, headers)).toEqual(
      suggestImportMapping(headers),
    );
  });
});
