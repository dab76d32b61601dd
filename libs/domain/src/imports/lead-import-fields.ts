import { CONTACT_HEADER_SYNONYMS, OWNER_HEADER_SYNONYMS, suggestMapping } from './suggest-mapping';

/** The lead fields a spreadsheet column can be mapped to; `owner` is the owner's email. */
export const LEAD_IMPORT_FIELDS = [
  'name',
  'company',
  'title',
  'phone',
  'mobile',
  'email',
  'region',
  'productInterest',
  'source',
  'campaign',
  'notes',
  'owner',
] as const;
export type LeadImportField = (typeof LEAD_IMPORT_FIELDS)[number];

/** Header words (Chinese and English) that suggest a lead field. */
const SYNONYMS: Record<LeadImportField, readonly string[]> = {
  name: ['name', 'contact', 'contactname', 'fullname', '姓名', '联系人', '名字', '线索名称'],
  company: ['company', 'companyname', 'organisation', 'organization', '公司', '公司名称', '单位'],
  title: ['title', 'jobtitle', 'position', '职位', '职务', '头衔'],
  phone: CONTACT_HEADER_SYNONYMS.phone,
  mobile: CONTACT_HEADER_SYNONYMS.mobile,
  email: CONTACT_HEADER_SYNONYMS.email,
  region: ['region', 'area', 'territory', 'province', '区域', '地区', '大区', '省份'],
  productInterest: [
    'productinterest',
    'product',
    'interest',
    'productline',
    '意向产品',
    '产品',
    '感兴趣的产品',
    '产品线',
  ],
  source: ['source', 'channel', 'leadsource', '来源', '线索来源', '渠道'],
  campaign: ['campaign', 'marketingcampaign', '活动', '市场活动', '营销活动'],
  notes: CONTACT_HEADER_SYNONYMS.notes,
  owner: OWNER_HEADER_SYNONYMS,
};

/** A suggested lead field for each column header; each field at most once. */
export function suggestLeadImportMapping(
  headers: readonly string[],
): Array<LeadImportField | null> {
  return suggestMapping(headers, SYNONYMS);
}
