/** A header as compared with the synonyms: width-folded, lower-case, without separators. */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-.:：()（）]/g, '');
}

/**
 * Header words (Chinese and English) for the contact fields that customer and lead
 * imports share.
 */
export const CONTACT_HEADER_SYNONYMS = {
  phone: [
    'phone',
    'tel',
    'telephone',
    'workphone',
    '电话',
    '座机',
    '联系电话',
    '联络电话',
    '办公电话',
  ],
  mobile: ['mobile', 'cell', 'cellphone', '手机', '手机号', '移动电话'],
  email: ['email', 'e-mail', 'mail', '邮箱', '电子邮件', '电子邮箱'],
  notes: ['notes', 'note', 'remark', 'remarks', 'comment', '备注', '说明'],
} as const satisfies Record<string, readonly string[]>;

/** Header words (Chinese and English) for the owner column of customer and lead imports. */
export const OWNER_HEADER_SYNONYMS = [
  'owner',
  'owneremail',
  'salesrep',
  'assignee',
  '负责人',
  '所有人',
  '销售',
  '负责人邮箱',
  '客户负责人',
  '销售代表',
  '销售负责人',
  '所属销售',
  '业务员',
] as const;

/**
 * A suggested field for each column header, from a table of Chinese and English
 * synonyms per field; each field is suggested at most once (the first column wins),
 * other columns map to null.
 */
export function suggestMapping<Field extends string>(
  headers: readonly string[],
  synonyms: Readonly<Record<Field, readonly string[]>>,
): Array<Field | null> {
  const fields = Object.keys(synonyms) as Field[];
  const taken = new Set<Field>();
  return headers.map((header) => {
    const key = headerKey(header);
    const field = fields.find(
      (candidate) =>
        !taken.has(candidate) &&
        (candidate.toLowerCase() === key || synonyms[candidate].includes(key)),
    );
    if (!field) return null;
    taken.add(field);
    return field;
  });
}
