import { companyNameParts, normalizePersonName } from '@kehu/domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';

interface CustomerName {
  id: string;
  kind: 'company' | 'person';
  name: string;
  name_key: string;
}

const BATCH = 5000;

/**
 * Re-computes the stored name keys after their definition changed: a company's key no
 * longer holds its region, wherever the name put it (`上海华腾科技有限公司` and
 * `华腾科技（上海）有限公司` → `华腾科技`), and traditional characters are read as
 * simplified in company and person names. Walks the customers in id order in batches
 * and writes only the keys that change.
 */
export class CompanyNameCoreKeys1795713500000 implements MigrationInterface {
  name = 'CompanyNameCoreKeys1795713500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await rekey(queryRunner, (customer) =>
      customer.kind === 'company'
        ? companyNameParts(customer.name).core
        : normalizePersonName(customer.name),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await rekey(queryRunner, (customer) =>
      customer.kind === 'company' ? previousCompanyKey(customer.name) : previousKey(customer.name),
    );
  }
}

async function rekey(
  queryRunner: QueryRunner,
  keyOf: (customer: CustomerName) => string,
): Promise<void> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = (await queryRunner.query(
      'SELECT id, kind, name, name_key FROM customers WHERE id > $1 ORDER BY id LIMIT $2',
      [after, BATCH],
    )) as CustomerName[];
    if (rows.length === 0) return;
    const changed = rows
      .map((row) => ({ id: row.id, key: keyOf(row), before: row.name_key }))
      .filter((row) => row.key !== row.before);
    if (changed.length > 0) {
      await queryRunner.query(
        `UPDATE customers c SET name_key = v.key
           FROM unnest($1::uuid[], $2::varchar[]) AS v(id, key) WHERE c.id = v.id`,
        [changed.map((row) => row.id), changed.map((row) => row.key)],
      );
    }
    after = rows[rows.length - 1].id;
  }
}

// The keys as they were defined before this migration, for `down`: the name's words
// folded (NFKC, lower case), trailing legal forms removed from company names.
const KEY_CHARACTERS = /[\p{L}\p{M}\p{N}]+/gu;
const ENGLISH_LEGAL_FORMS = [
  ...[['co'], ['company'], ['corp'], ['corporation'], ['inc'], ['incorporated'], ['ltd']],
  ...[['limited'], ['llc'], ['l', 'l', 'c'], ['plc'], ['gmbh'], ['pte'], ['sa'], ['s', 'a']],
  ['group'],
];
const CHINESE_LEGAL_FORM =
  /(?:股份有限公司|有限责任公司|有限責任公司|股份公司|有限公司|有限合伙|有限合夥|总公司|總公司|集团|集團|(?<!分)公司)$/u;

function previousWords(raw: string): string[] {
  const folded = raw
    .replace(/[\u2120\u2122]/g, ' ')
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFKC');
  return folded.match(KEY_CHARACTERS) ?? [];
}

function previousKey(raw: string): string {
  return previousWords(raw).join('').normalize('NFC');
}

function previousCompanyKey(raw: string): string {
  const words = previousWords(raw);
  for (;;) {
    const english = ENGLISH_LEGAL_FORMS.find(
      (form) =>
        words.length > form.length &&
        form.every((word, i) => words[words.length - form.length + i] === word),
    );
    if (english) {
      words.length -= english.length;
      continue;
    }
    const joined = words.join('');
    const chinese = CHINESE_LEGAL_FORM.exec(joined);
    if (!chinese || chinese[0].length >= joined.length) return joined.normalize('NFC');
    let left = chinese[0].length;
    while (left > 0) {
      const last = words[words.length - 1];
      if (last.length <= left) {
        left -= last.length;
        words.pop();
      } else {
        words[words.length - 1] = last.slice(0, last.length - left);
        left = 0;
      }
    }
  }
}
