import { joinKey, keyWords } from './comparison-key';

/**
 * English legal forms and noise words, as the words they split into once punctuation
 * is gone (`L.L.C.` → `l l c`, `Co.,Ltd` → `co ltd`). They are removed only as whole
 * trailing words, repeatedly, so `Pte. Ltd.` and `Group Co., Ltd.` go word by word.
 *
 * `Group` goes too, as 集团 does: `Huateng Group` and `Huateng Co., Ltd.` are meant as
 * the same customer often enough that a fuzzy-match warning should show them.
 */
const ENGLISH_LEGAL_FORMS: readonly (readonly string[])[] = [
  ['co'],
  ['company'],
  ['corp'],
  ['corporation'],
  ['inc'],
  ['incorporated'],
  ['ltd'],
  ['limited'],
  ['llc'],
  ['l', 'l', 'c'],
  ['plc'],
  ['gmbh'],
  ['pte'],
  ['sa'],
  ['s', 'a'],
  ['group'],
];

/**
 * Chinese legal forms (simplified and traditional), matched at the end of the joined
 * name whatever spacing or brackets were around them, longest first and repeatedly:
 * `集团有限公司` and `（集团）有限公司` lose both parts.
 *
 * 分公司 stays. A branch registers on its own (its own 统一社会信用代码), signs its own
 * contracts and has its own contacts, so it is a different customer from its head
 * company — linked by a relationship, not merged. Stripping 公司 would leave a dangling
 * 分 and bring a branch's key close to the head company's.
 */
const CHINESE_LEGAL_FORMS = [
  '股份有限公司',
  '有限责任公司',
  '有限責任公司',
  '股份公司',
  '有限公司',
  '有限合伙',
  '有限合夥',
  '总公司',
  '總公司',
  '集团',
  '集團',
  '(?<!分)公司',
];
const CHINESE_LEGAL_FORM = new RegExp(`(?:${CHINESE_LEGAL_FORMS.join('|')})$`, 'u');

/**
 * The comparison key of a company name: half-width, lower-case, without punctuation or
 * whitespace, and without trailing legal forms (有限公司, 股份有限公司, 集团, Co., Ltd.,
 * Inc., LLC, GmbH, …). `上海华腾科技有限公司`, `上海华腾科技股份有限公司` and
 * `上海 华腾科技（集团）有限公司` all give `上海华腾科技`.
 *
 * Only trailing words are removed, so a region in brackets — leading (`（上海）华腾科技`)
 * or before the legal form (`华腾科技（中国）有限公司`) — stays part of the name. The key is
 * never stripped to nothing: a name made only of legal forms keeps its last one
 * (`Company Limited` → `company`). It is empty only when the name has no letters or
 * digits at all.
 */
export function normalizeCompanyName(raw: string): string {
  const words = keyWords(raw);
  let joined = words.join('');
  for (;;) {
    const englishWords = trailingEnglishLegalForm(words);
    if (englishWords > 0) {
      words.length -= englishWords;
      joined = words.join('');
      continue;
    }
    const chinese = CHINESE_LEGAL_FORM.exec(joined);
    if (chinese && chinese[0].length < joined.length) {
      removeTrailingCharacters(words, chinese[0].length);
      joined = joined.slice(0, -chinese[0].length);
      continue;
    }
    return joinKey(words);
  }
}

/** The comparison key of a person's name: half-width, lower-case, no punctuation or spaces. */
export function normalizePersonName(raw: string): string {
  return joinKey(keyWords(raw));
}

/** How many trailing words form a legal form, leaving at least one word; 0 when none. */
function trailingEnglishLegalForm(words: readonly string[]): number {
  for (const form of ENGLISH_LEGAL_FORMS) {
    if (words.length > form.length && endsWithWords(words, form)) return form.length;
  }
  return 0;
}

function endsWithWords(words: readonly string[], ending: readonly string[]): boolean {
  const offset = words.length - ending.length;
  return ending.every((word, i) => words[offset + i] === word);
}

function removeTrailingCharacters(words: string[], count: number): void {
  let left = count;
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
