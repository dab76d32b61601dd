import { Injectable } from '@nestjs/common';
import { LEAD_EXPORTABLE_FIELDS, type LeadField, primaryEntry } from '@kehu/domain';
import type { AuthContext } from '../authz/auth-context';
import { exportController } from '../common/export/export.controller';
import {
  catalogueColumns,
  type ExportPageQuery,
  type ExportTarget,
} from '../common/export/export-target';
import type { ExportColumnValue } from '../common/export/spreadsheet-export';
import type { Page } from '../common/pagination/keyset';
import type { LeadResponse } from './dto/lead.dto';
import { ListLeadsQuery } from './dto/list-leads-query.dto';
import type { Lead } from './entities/lead.entity';
import { presentLead } from './lead.presenter';
import { LeadsRepository } from './leads.repository';

type Row = Partial<LeadResponse>;
type Filter = Omit<ListLeadsQuery, 'limit' | 'cursor'>;

/** How the catalogue's exportable fields are written when not as one text column. */
const COLUMNS_OF: Partial<Record<LeadField, ReadonlyArray<ExportColumnValue<Row>>>> = {
  phones: [{ header: 'phone', value: (l) => primaryEntry(l.phones)?.value }],
  emails: [{ header: 'email', value: (l) => primaryEntry(l.emails)?.value }],
  source: [{ type: 'enum', enum: 'leadSource', value: (l) => l.source }],
  status: [{ type: 'enum', enum: 'leadStatus', value: (l) => l.status }],
  score: [{ type: 'integer', value: (l) => l.score }],
  nextFollowUpAt: [{ type: 'dateTime', value: (l) => l.nextFollowUpAt }],
  ownerId: [{ header: 'ownerName', value: (l) => l.owner?.name }],
  teamId: [{ header: 'team', value: (l) => l.team?.name }],
};

/** The columns of a lead export: the catalogue's exportable fields, in its order. */
export const LEAD_EXPORT_COLUMNS = catalogueColumns(LEAD_EXPORTABLE_FIELDS, COLUMNS_OF);

/**
 * The lead export's headers. Those a lead import reads (name, company, phone, email, …
 * and their Chinese names) are among the import's synonyms; the owner is exported by
 * name under "Owner name" / 负责人姓名, which an import leaves unmapped (its owner column
 * takes an email).
 */
export const LEAD_EXPORT_HEADERS: ExportTarget['headers'] = {
  'zh-CN': {
    number: '编号',
    name: '姓名',
    company: '公司',
    title: '职位',
    phone: '电话',
    email: '邮箱',
    region: '区域',
    productInterest: '意向产品',
    source: '来源',
    campaign: '市场活动',
    status: '状态',
    score: '评分',
    nextFollowUpAt: '下次跟进时间',
    ownerName: '负责人姓名',
    team: '团队',
    notes: '备注',
    createdAt: '创建时间',
    updatedAt: '更新时间',
  },
  en: {
    number: 'Number',
    name: 'Name',
    company: 'Company',
    title: 'Title',
    phone: 'Phone',
    email: 'Email',
    region: 'Region',
    productInterest: 'Product interest',
    source: 'Source',
    campaign: 'Campaign',
    status: 'Status',
    score: 'Score',
    nextFollowUpAt: 'Next follow-up',
    ownerName: 'Owner name',
    team: 'Team',
    notes: 'Notes',
    createdAt: 'Created at',
    updatedAt: 'Updated at',
  },
};

/** Leads as a file: the lead list's permission-scoped keyset query, in the caller's language. */
@Injectable()
export class LeadExportTarget implements ExportTarget<Filter, Lead, Row> {
  readonly subject = 'Lead' as const;
  readonly fileName = 'leads';
  readonly sheetName = { 'zh-CN': '线索', en: 'Leads' };
  readonly headers = LEAD_EXPORT_HEADERS;
  readonly columns = LEAD_EXPORT_COLUMNS;
  readonly customFields = {
    recordType: 'lead' as const,
    valuesOf: (row: Row) => row.customFields,
  };

  constructor(private readonly leads: LeadsRepository) {}

  page(auth: AuthContext, query: ExportPageQuery<Filter>): Promise<Page<Lead>> {
    return this.leads.list(auth, query);
  }

  /** Custom field values all kept: only those of the fields the caller sees become columns. */
  present(auth: AuthContext, lead: Lead): Row {
    return { ...presentLead(auth, lead), customFields: lead.customFields };
  }
}

/** `GET /leads/export`. */
export const LeadExportController = exportController({
  name: 'LeadExport',
  path: 'leads',
  tag: 'leads',
  subject: 'Lead',
  target: LeadExportTarget,
  listQuery: ListLeadsQuery,
  summary: 'Export leads',
  description:
    'Downloads the leads the caller may read, with the same filters as the list, as CSV (UTF-8 with BOM) or XLSX.',
  fileDescription:
    'The filtered lead list (the same filters as GET /leads) as a file, streamed: only leads the caller may read.',
});
