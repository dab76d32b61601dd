/** English strings of Settings → Duplicate rules (`duplicateRules.*`). */
export const duplicateRulesEn = {
  title: 'Duplicate rules',
  subtitle: 'How a new or edited customer is compared with the existing ones (查重).',
  howTitle: 'What each mode does',
  modeHelp: {
    block: 'the customer cannot be saved; the existing record and its owner are named.',
    warn: 'similar customers are listed and the user confirms before saving.',
    off: 'the field is not compared.',
  },
  normalization:
    'Phones, emails and tax IDs are compared after normalizing them (+86, spaces, dashes, full-width characters, upper and lower case). Names and addresses are compared by similarity, ignoring company suffixes such as 有限公司, Co., Ltd. or Inc.',
  field: 'Field',
  comparison: 'Comparison',
  mode: 'Mode',
  threshold: 'Similarity threshold',
  exact: 'Exact',
  similarity: 'Similarity',
  exactHelp: 'Same value after normalizing',
  fields: {
    phone: 'Phone',
    email: 'Email',
    taxId: 'Tax ID',
    name: 'Name',
    address: 'Address',
  },
  descriptions: {
    phone: 'Any of the customer’s phone numbers.',
    email: 'Any of the customer’s email addresses.',
    taxId: 'Unified social credit code of a company.',
    name: 'Company or person name; higher threshold, fewer matches.',
    address: 'Any postal address; higher threshold, fewer matches.',
  },
  modes: {
    block: 'Block',
    warn: 'Warn',
    off: 'Off',
  },
  reset: 'Discard changes',
  saved: 'Duplicate rules saved. They apply to the next customer saved.',
  conflictTitle: 'The rules were not saved',
  conflictBody:
    'Existing customers already share the same {{fields}}, so it cannot be made blocking yet. Merge or correct those duplicates first, or keep the rule on Warn.',
  conflictGeneric: 'The rules conflict with existing customers. Reload the page and try again.',
  listSeparator: ', ',
  customFieldRules: {
    title: 'Custom field rules',
    help: 'Customers with the same value of the field are duplicates. Values are compared exactly after normalizing them (full-width characters, upper and lower case, phone formats).',
    add: 'Add a rule on a custom field',
    empty: 'No rules on custom fields.',
    noFields:
      'No customer custom field can have a rule yet: only text, number, amount, percent, date, date-time, single select, user, URL, email and phone fields are compared.',
    allRuled: 'Every custom field that can be compared already has a rule.',
    remove: 'Remove',
    removeRule: 'Remove the rule on {{field}}',
    notApplied:
      'The field was deleted or its type is no longer compared, so this rule does not apply. It is removed when you save a change to the custom field rules.',
    loadFailed: 'The custom fields could not be loaded, so their rules cannot be changed now.',
  },
} as const;
