/** English strings of custom fields (`customFields.*`): record types, value types, customer kinds. */
export const customFieldsEn = {
  recordTypes: {
    customer: 'Customer',
    contact: 'Contact',
    lead: 'Lead',
  },
  appliesTo: {
    company: 'Companies',
    person: 'Persons',
    both: 'Companies and persons',
  },
  types: {
    text: 'Text',
    long_text: 'Long text',
    number: 'Number',
    currency: 'Amount',
    percent: 'Percentage',
    date: 'Date',
    datetime: 'Date and time',
    boolean: 'Yes / no',
    single_select: 'Single choice',
    multi_select: 'Multiple choice',
    user: 'User',
    url: 'Web address',
    email: 'Email',
    phone: 'Phone',
  },
};
