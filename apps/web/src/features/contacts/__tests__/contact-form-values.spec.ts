import type { ContactResponse } from '../contact-types';
import {
  emptyContactFormValues,
  toContactChanges,
  toContactFormValues,
  toCreateContactRequest,
} from '../contact-form-values';

const contact: ContactResponse = {
  id: '0b7f5a52-2222-4c1e-9a55-000000000001',
  company: { id: '0b7f5a52-2222-4c1e-9a55-000000000002', readable: true, name: '华腾科技' },
  person: {
    id: '0b7f5a52-2222-4c1e-9a55-000000000003',
    readable: true,
    name: '李明',
    number: 'C-000124',
    phones: [{ type: 'mobile', value: '13800138000', primary: true }],
    emails: [],
  },
  title: '采购经理',
  department: null,
  primary: false,
  notes: '周二上午方便联系',
  version: 3,
  createdAt: '2026-01-05T08:00:00.000Z',
  updatedAt: '2026-01-06T08:00:00.000Z',
};

describe('toCreateContactRequest', () => {
  it('creates a new person with the filled phones and emails only', () => {
    const values = {
      ...emptyContactFormValues(true),
      name: '  王芳 ',
      phones: [
        { type: 'mobile' as const, value: ' 139 1234 5678 ', primary: false },
        { type: 'work' as const, value: '', primary: true },
      ],
      title: '财务总监',
      department: ' ',
    };
    expect(toCreateContactRequest(values)).toEqual({
      person: { name: '王芳', phones: [{ type: 'mobile', value: '139 1234 5678', primary: true }] },
      title: '财务总监',
      primary: true,
    });
  });

  it('names an existing person by id and leaves the new-person fields out', () => {
    const values = {
      ...emptyContactFormValues(false),
      personSource: 'existing' as const,
      personId: contact.person.id,
      name: 'typed before switching',
      notes: '老客户',
    };
    expect(toCreateContactRequest(values)).toEqual({
      personId: contact.person.id,
      notes: '老客户',
    });
  });
});

describe('toContactChanges', () => {
  it('sends nothing when nothing changed', () => {
    expect(toContactChanges(contact, toContactFormValues(contact))).toEqual({});
  });

  it('sends changed texts, clears emptied ones to null and makes the contact primary', () => {
    const values = {
      ...toContactFormValues(contact),
      title: '采购总监',
      department: '采购部',
      notes: '',
      primary: true,
    };
    expect(toContactChanges(contact, values)).toEqual({
      title: '采购总监',
      department: '采购部',
      notes: null,
      primary: true,
    });
  });

  it('never asks to unmark the primary contact', () => {
    const primary = { ...contact, primary: true };
    expect(toContactChanges(primary, { ...toContactFormValues(primary), primary: false })).toEqual(
      {},
    );
  });
});
