import { ENUM_LABELS } from '@kehu/domain';
import type { ApiLanguage } from '../i18n/request-language';

type Labels = Readonly<Record<ApiLanguage, Readonly<Record<string, string>>>>;

/**
 * Column headers of the exports. The Chinese and English headers of importable columns
 * are among the import's header synonyms, so an exported file maps itself on import.
 */
export const EXPORT_HEADERS: Labels = {
  'zh-CN': {
    number: '编号',
    kind: '客户类型',
    name: '名称',
    tier: '客户分级',
    roles: '客户角色',
    phone: '电话',
    email: '邮箱',
    province: '省份',
    city: '城市',
    address: '地址',
    industry: '行业',
    region: '区域',
    source: '来源',
    website: '网站',
    taxId: '税号',
    annualRevenue: '年营业额',
    creditLimit: '信用额度',
    owner: '负责人',
    team: '团队',
    createdAt: '创建时间',
    updatedAt: '更新时间',
    leadName: '姓名',
    company: '公司',
    title: '职位',
    productInterest: '意向产品',
    campaign: '市场活动',
    status: '状态',
    score: '评分',
    nextFollowUpAt: '下次跟进时间',
    ownerName: '负责人姓名',
    notes: '备注',
  },
  en: {
    number: 'Number',
    kind: 'Kind',
    name: 'Name',
    tier: 'Tier',
    roles: 'Roles',
    phone: 'Phone',
    email: 'Email',
    province: 'Province',
    city: 'City',
    address: 'Address',
    industry: 'Industry',
    region: 'Region',
    source: 'Source',
    website: 'Website',
    taxId: 'Tax ID',
    annualRevenue: 'Annual revenue',
    creditLimit: 'Credit limit',
    owner: 'Owner',
    team: 'Team',
    createdAt: 'Created at',
    updatedAt: 'Updated at',
    leadName: 'Name',
    company: 'Company',
    title: 'Title',
    productInterest: 'Product interest',
    campaign: 'Campaign',
    status: 'Status',
    score: 'Score',
    nextFollowUpAt: 'Next follow-up',
    ownerName: 'Owner name',
    notes: 'Notes',
  },
};

/** The enums exports show, by name; each value's label per language (imports read them back). */
export const EXPORT_ENUMS = ENUM_LABELS;

export type ExportEnum = keyof typeof EXPORT_ENUMS;

export const EXPORT_BOOLEANS: Readonly<Record<ApiLanguage, { yes: string; no: string }>> = {
  'zh-CN': { yes: '是', no: '否' },
  en: { yes: 'Yes', no: 'No' },
};

/** A header in a language; a field without one keeps its name. */
export function exportHeader(field: string, language: ApiLanguage): string {
  return EXPORT_HEADERS[language][field] ?? field;
}

/** An enum value's label in a language; a value without one (added later) stays as it is. */
export function exportEnumLabel(name: ExportEnum, value: string, language: ApiLanguage): string {
  return (EXPORT_ENUMS[name][language] as Record<string, string>)[value] ?? value;
}
