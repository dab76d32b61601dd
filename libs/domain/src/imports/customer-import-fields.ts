import { CONTACT_HEADER_SYNONYMS, OWNER_HEADER_SYNONYMS, suggestMapping } from './suggest-mapping';

/** The customer fields a spreadsheet column can be mapped to; `owner` is the owner's email. */
export const CUSTOMER_IMPORT_FIELDS = [
  'kind',
  'name',
  'tier',
  'roles',
  'phone',
  'mobile',
  'email',
  'province',
  'city',
  'district',
  'address',
  'postalCode',
  'industry',
  'region',
  'source',
  'website',
  'taxId',
  'wechat',
  'qq',
  'gender',
  'birthDate',
  'occupation',
  'notes',
  'owner',
] as const;

export type CustomerImportField = (typeof CUSTOMER_IMPORT_FIELDS)[number];

/** Header words (Chinese and English) that suggest a field. */
const SYNONYMS: Record<CustomerImportField, readonly string[]> = {
  kind: ['kind', 'type', '类型', '客户类型'],
  name: [
    'name',
    'customer',
    'company',
    'customername',
    'companyname',
    '名称',
    '客户名称',
    '公司名称',
    '姓名',
    '客户',
  ],
  tier: ['tier', 'level', 'stage', '客户分级', '分级', '等级'],
  roles: ['roles', 'role', '角色', '客户角色'],
  phone: CONTACT_HEADER_SYNONYMS.phone,
  mobile: CONTACT_HEADER_SYNONYMS.mobile,
  email: CONTACT_HEADER_SYNONYMS.email,
  province: ['province', 'state', '省', '省份'],
  city: ['city', '城市', '市'],
  district: ['district', 'county', '区', '区县'],
  address: ['address', 'street', '地址', '详细地址', '街道'],
  postalCode: ['postalcode', 'postcode', 'zip', 'zipcode', '邮编', '邮政编码'],
  industry: ['industry', '行业', '所属行业'],
  region: ['region', 'area', 'territory', '区域', '地区', '大区'],
  source: ['source', 'channel', 'leadsource', '来源', '客户来源', '渠道'],
  website: ['website', 'web', 'url', 'homepage', '网站', '网址'],
  taxId: [
    'taxid',
    'vat',
    'uscc',
    'registrationnumber',
    '税号',
    '统一社会信用代码',
    '信用代码',
    '纳税人识别号',
  ],
  wechat: ['wechat', 'weixin', '微信', '微信号'],
  qq: ['qq', 'qq号'],
  gender: ['gender', 'sex', '性别'],
  birthDate: ['birthdate', 'birthday', 'dob', 'dateofbirth', '生日', '出生日期'],
  occupation: ['occupation', 'job', 'jobtitle', 'title', '职业', '职位', '职务'],
  notes: CONTACT_HEADER_SYNONYMS.notes,
  owner: OWNER_HEADER_SYNONYMS,
};

/**
 * A suggested field for each column header, from Chinese and English synonyms; each
 * field is suggested at most once (the first column wins), others map to null.
 */
export function suggestImportMapping(
  headers: readonly string[],
): Array<CustomerImportField | null> {
  return suggestMapping(headers, SYNONYMS);
}
