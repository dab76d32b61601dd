import {
  toCreateLeadRequest,
  toLeadFormValues,
  toUpdateLeadRequest,
  type LeadFormValues,
} from '../lead-form-values';
import type { LeadResponse } from '../lead-types';

const lead: LeadResponse = {
  id: '5f0c6b1e-2b7a-4d1e-8a55-0f3c2d1e4b6a',
  number: 'L-000042',
  name: '李明',
  company: '上海华腾科技有限公司',
  title: null,
  phones: [{ type: 'mobile', value: '+86 138 0013 8000', primary: true }],
  emails: [],
  region: '华东',
  productInterest: null,
  source: 'event',
  campaign: null,
  status: 'new',
  disqualifiedReason: null,
  nextFollowUpAt: null,
  score: 40,
  lastActivityAt: null,
  notes: null,
  owner: null,
  team: null,
  dealerOrgId: null,
  sharedWithTeam: false,
  webFormId: null,
  convertedCustomerId: null,
  convertedAt: null,
  version: 3,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
};

describe('the lead form', () => {
  it('builds a create request: trimmed, one primary phone and email, empty parts left out', () => {
    const values: LeadFormValues = {
      name: '  王芳 ',
      company: ' ',
      phone: ' 13900001111 ',
      email: 'wang@example.cn',
      source: 'phone',
      region: '华南',
      nextFollowUpOn: '2026-12-01',
    };
    expect(toCreateLeadRequest(values)).toEqual({
      name: '王芳',
      phones: [{ type: 'mobile', value: '13900001111', primary: true }],
      emails: [{ type: 'work', value: 'wang@example.cn', primary: true }],
      source: 'phone',
      region: '华南',
      nextFollowUpAt: new Date(2026, 11, 1, 9).toISOString(),
    });
  });

  it('fills the form from a lead and sends nothing when nothing changed', () => {
    const values = toLeadFormValues(lead) as LeadFormValues;
    expect(values).toMatchObject({ name: '李明', phone: '+86 138 0013 8000', region: '华东' });
    expect(toUpdateLeadRequest(lead, values)).toEqual({});
  });

  it('sends only the changes, clearing an emptied field and the phone list', () => {
    const values = { ...(toLeadFormValues(lead) as LeadFormValues), region: '', phone: undefined };
    expect(toUpdateLeadRequest(lead, { ...values, title: '采购经理' })).toEqual({
      region: '',
      phones: [],
      title: '采购经理',
    });
  });

  it('clears the follow-up date with null', () => {
    const withDate = { ...lead, nextFollowUpAt: new Date(2026, 11, 1, 9).toISOString() };
    const values = toLeadFormValues(withDate) as LeadFormValues;
    expect(values.nextFollowUpOn).toBe('2026-12-01');
    expect(toUpdateLeadRequest(withDate, { ...values, nextFollowUpOn: undefined })).toEqual({
      nextFollowUpAt: null,
    });
  });
});
