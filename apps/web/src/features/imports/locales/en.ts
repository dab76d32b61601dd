/** English strings of the import wizard (`imports.*`), merged into the English resources. */
export const importsEn = {
  openWizard: 'Import',
  steps: {
    upload: 'Upload',
    mapping: 'Map columns',
    duplicates: 'Duplicates',
    progress: 'Import',
    result: 'Result',
  },
  upload: {
    drop: 'Click or drag a CSV or XLSX file here',
    hint: 'The first row holds the column names. The encoding of a CSV file (UTF-8, GBK, Big5, UTF-16) is detected. Up to {{size}} MB.',
    uploading: 'Uploading {{name}}…',
    reading: 'Reading the file…',
    wrongType: '"{{name}}" is not a .csv or .xlsx file.',
    empty: '"{{name}}" is empty.',
    tooLarge: '"{{name}}" is larger than {{size}} MB.',
    failed: 'The file could not be uploaded.',
    cancel: 'Cancel upload',
  },
  mapping: {
    column: 'Column',
    sample: 'Sample values',
    skipColumn: 'Do not import',
    required: 'required',
    noSample: 'The sample rows are shown right after the upload.',
    previewTitle: 'First rows of the file',
    repeated: '"{{field}}" is chosen for several columns ({{columns}}). Choose it once.',
    mappedCount: '{{count}} of {{total}} columns will be imported.',
    next: 'Next',
  },
  encoding: {
    label: 'File encoding',
    detectedOption: '{{name}} (detected)',
    hint: 'If the column names or values look garbled, choose another encoding.',
  },
  encodings: {
    'utf-8': 'UTF-8',
    'utf-16le': 'UTF-16 LE',
    'utf-16be': 'UTF-16 BE',
    gb18030: 'GB18030 / GBK (Simplified Chinese)',
    big5: 'Big5 (Traditional Chinese)',
  },
  duplicates: {
    back: 'Back',
    start: 'Start import',
  },
  progress: {
    queued: 'Waiting for the import to begin…',
    running: 'Importing {{processed}} of {{total}} rows…',
    counting: 'Reading the rows…',
    reloadHint: 'You may leave this page: the import goes on, and this address shows it again.',
  },
  counts: {
    processed: 'Processed',
    total: 'Rows',
    created: 'Created',
    updated: 'Updated',
    skipped: 'Skipped',
    failed: 'Rejected',
  },
  result: {
    completedTitle: 'Import finished',
    completedSummary:
      '{{processed}} rows: {{created}} created, {{updated}} updated, {{skipped}} skipped, {{failed}} rejected.',
    withErrors:
      'Some rows were rejected. The error report names each row, the column and the reason.',
    failedTitle: 'Import failed',
    failedSummary:
      'The import stopped after {{processed}} rows. The rows counted here were saved; the rest were not imported.',
    cancelledTitle: 'Import cancelled',
    downloadErrors: 'Download error report',
    importAnother: 'Import another file',
  },
  skippedRows: {
    title: 'Skipped rows ({{count}})',
    row: 'Row',
    reason: 'Why it was skipped',
    emptyRow: 'Empty row',
    duplicateOf: 'Duplicate of {{what}}',
    duplicateOfRow: 'Duplicate of row {{row}} of the file',
    more: 'Show more',
  },
  notFound: 'This import does not exist, or it was started by someone else.',
  targetNames: {
    customers: 'Customers',
    leads: 'Leads',
  },
  statuses: {
    uploaded: 'Uploaded',
    queued: 'Queued',
    running: 'Running',
    completed: 'Completed',
    failed: 'Failed',
    cancelled: 'Cancelled',
  },
  /** What each kind of import says about the records it creates. */
  targets: {
    customers: {
      title: 'Import customers',
      subtitle:
        'Bring customers in from a CSV or Excel spreadsheet, checked for duplicates. Customers without an owner column (the owner’s email) are yours.',
      backToList: 'Back to customers',
      openList: 'Open customer list',
      mappingIntro:
        'Choose the customer field each column of "{{filename}}" fills. Columns left out are not imported.',
      fieldColumn: 'Customer field',
      missing: 'Map a column to "{{field}}": every customer needs it.',
      duplicatesIntro:
        'Each row is compared with existing customers (phone, email, tax ID and name, by the duplicate rules) and with the rows above it. What should happen to a row that matches?',
      modes: {
        skip: {
          title: 'Skip it',
          description: 'The existing customer stays as it is; the row is counted as skipped.',
        },
        update: {
          title: 'Update the existing customer',
          description:
            'Filled cells replace the existing values, and new phones, emails and addresses are added. A different owner transfers the customer, as the transfer action does. Rows matching a customer you may not edit (or transfer, for a new owner), or several customers, are rejected.',
        },
        create: {
          title: 'Create a new customer anyway',
          description:
            'Creates the row as its own customer when only a warning rule matches. A match on a blocking rule (same phone, email or tax ID) is still rejected.',
        },
      },
      fields: {
        kind: 'Type (company / person)',
        name: 'Name',
        tier: 'Tier',
        roles: 'Roles',
        phone: 'Phone',
        mobile: 'Mobile',
        email: 'Email',
        province: 'Province',
        city: 'City',
        district: 'District',
        address: 'Street address',
        postalCode: 'Postal code',
        industry: 'Industry',
        region: 'Region',
        source: 'Source',
        website: 'Website',
        taxId: 'Tax ID',
        wechat: 'WeChat',
        qq: 'QQ',
        gender: 'Gender',
        birthDate: 'Birth date (YYYY-MM-DD)',
        occupation: 'Occupation',
        notes: 'Notes',
        owner: 'Owner (email)',
      },
    },
    leads: {
      title: 'Import leads',
      subtitle:
        'Bring leads in from a CSV or Excel spreadsheet. Leads without an owner are assigned by the assignment rules.',
      backToList: 'Back to leads',
      openList: 'Open lead list',
      mappingIntro:
        'Choose the lead field each column of "{{filename}}" fills. Columns left out are not imported.',
      fieldColumn: 'Lead field',
      missing: 'Map a column to "{{field}}": every lead needs it.',
      duplicatesIntro:
        'Each row is compared with existing leads (same phone or email) and with the rows above it. What should happen to a row that matches?',
      modes: {
        skip: {
          title: 'Skip it',
          description: 'The existing lead stays as it is; the row is counted as skipped.',
        },
        update: {
          title: 'Update the existing lead',
          description:
            'Filled cells replace the existing values, and new phones and emails are added. Rows matching several leads are rejected.',
        },
        create: {
          title: 'Create a new lead anyway',
          description: 'Every row becomes a new lead, even when its phone or email is known.',
        },
      },
      fields: {
        name: 'Name',
        company: 'Company',
        title: 'Job title',
        phone: 'Phone',
        mobile: 'Mobile',
        email: 'Email',
        region: 'Region',
        productInterest: 'Product interest',
        source: 'Source',
        campaign: 'Campaign',
        notes: 'Notes',
        owner: 'Owner (email)',
      },
    },
  },
};
