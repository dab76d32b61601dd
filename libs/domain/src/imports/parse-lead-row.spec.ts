import fc from 'fast-check';
import { LEAD_SOURCES } from '../leads/lead-status';
import { ENUM_LABELS } from './enum-labels';
import { suggestLeadImportMapping } from './lead-import-fields';
import { leadContactKeys, parseLeadRow } from './parse-lead-row';

describe('parseLeadRow', () => {
  it('turns a row into a lead draft whose source defaults to import', () => {
    const parsed = parseLeadRow({
      name: ' 王芳 ',
      company: '杭州云启科技',
      mobile: '138 0013 8000',
      email: 'Wang.Fang@Example.cn',
      region: '华东',
      owner: 'Manager@Kehu.Local',
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.lead).toMatchObject({
      name: '王芳',
      company: '杭州云启科技',
      source: 'import',
      phones: [{ type: 'mobile', value: '138 0013 8000', primary: true }],
      emails: [{ type: 'work', value: 'Wang.Fang@Example.cn', primary: true }],
      ownerEmail: 'manager@kehu.local',
    });
  });

  it('reads every source back from its code and from the zh-CN and English labels exports write', () => {
    for (const source of LEAD_SOURCES) {
      for (const text of [
        source,
        ENUM_LABELS.leadSource['zh-CN'][source],
        ENUM_LABELS.leadSource.en[source],
        ENUM_LABELS.leadSource.en[source].toUpperCase(),
      ])
        expect([text, parseLeadRow({ name: 'A', source: text }).lead?.source]).toEqual([
          text,
          source,
        ]);
    }
  });

  it('reads source channels written in Chinese or English', () => {
    expect(parseLeadRow({ name: 'A', source: '展会' }).lead?.source).toBe('event');
    expect(parseLeadRow({ name: 'A', source: 'Web Form' }).lead?.source).toBe('web-form');
    expect(parseLeadRow({ name: 'A', source: 'social' }).lead?.source).toBe('social');
  });

  it('says which cells are wrong and why', () => {
    const parsed = parseLeadRow({ phone: '12', email: 'nope', source: 'pigeon', owner: 'x' });
    expect(parsed.lead).toBeNull();
    expect(parsed.errors.map((error) => error.column).sort()).toEqual([
      'email',
      'name',
      'owner',
      'phone',
      'source',
    ]);
  });

  it('never throws, whatever the cells hold', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('name', 'phone', 'mobile', 'email', 'source', 'owner', 'notes'),
          fc.string(),
        ),
        (cells) => {
          const parsed = parseLeadRow(cells);
          expect(parsed.lead === null).toBe(parsed.errors.length > 0);
        },
      ),
    );
  });
});

describe('leadContactKeys', () => {
  it('normalizes phones and emails the way customers are matched', () => {
    expect(
      leadContactKeys({
        phones: [{ value: '+86 138-0013-8000' }, { value: '13800138000' }],
        emails: [{ value: ' Sales@Example.CN ' }],
      }),
    ).toEqual(['phone:+8613800138000', 'email:sales@example.cn']);
  });

  it('takes the phone keys a row parse gave instead of normalizing again', () => {
    const parsed = parseLeadRow({
      name: 'A',
      phone: '010 8888 6666',
      mobile: '＋８６１３９１１１１２２２２',
    });
    expect(parsed.lead?.phones.map((phone) => phone.type)).toEqual(['work', 'mobile']);
    if (!parsed.lead) throw new Error('not parsed');
    expect(leadContactKeys(parsed.lead, parsed.phoneKeys)).toEqual([
      'phone:+861088886666',
      'phone:+8613911112222',
    ]);
    expect(leadContactKeys(parsed.lead, parsed.phoneKeys)).toEqual(leadContactKeys(parsed.lead));
    expect(parseLeadRow({ name: 'A', mobile: '1234567' }).errors).toEqual([
      { column: 'mobile', reason: expect.stringMatching(/is not a valid phone number/) },
    ]);
  });
});

describe('suggestLeadImportMapping', () => {
  it('maps Chinese and English headers to lead fields', () => {
    expect(
      suggestLeadImportMapping(['姓名', 'Company', '手机', 'E-mail', '意向产品', '负责人', 'x']),
    ).toEqual(['name', 'company', 'mobile', 'email', 'productInterest', 'owner', null]);
  });
});
