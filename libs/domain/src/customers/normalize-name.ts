import { joinKey, keyWords } from './comparison-key';
import { toSimplified } from './to-simplified';

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
 * Provinces, autonomous regions, municipalities and the larger cities, as a company
 * name carries them (`上海华腾科技`, `华腾（上海）科技`); each may be written with its
 * suffix (省, 市, 自治区 …). Cities whose name is also a common word are left out, so a
 * brand that merely starts with one keeps it.
 */
const REGIONS = [
  ...['北京', '上海', '天津', '重庆', '香港', '澳门', '台湾', '内蒙古', '广西', '西藏', '宁夏'],
  ...['新疆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西'],
  ...['山东', '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃'],
  ...['青海', '石家庄', '唐山', '保定', '太原', '呼和浩特', '包头', '沈阳', '大连', '长春'],
  ...['哈尔滨', '南京', '苏州', '无锡', '常州', '南通', '徐州', '扬州', '杭州', '宁波', '温州'],
  ...['绍兴', '嘉兴', '金华', '台州', '合肥', '芜湖', '福州', '厦门', '泉州', '南昌', '赣州'],
  ...['济南', '青岛', '烟台', '潍坊', '临沂', '郑州', '洛阳', '武汉', '宜昌', '襄阳', '长沙'],
  ...['株洲', '广州', '深圳', '珠海', '汕头', '佛山', '东莞', '惠州', '江门', '南宁', '桂林'],
  ...['柳州', '海口', '三亚', '成都', '绵阳', '贵阳', '遵义', '昆明', '拉萨', '西安', '兰州'],
  ...['西宁', '银川', '乌鲁木齐'],
];
const REGION_SUFFIX = '(?:壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市)?';
const REGION_NAMES = [...REGIONS].sort((a, b) => b.length - a.length).join('|');
const LEADING_REGION = new RegExp(`^(${REGION_NAMES})${REGION_SUFFIX}`, 'u');

/** The country, which may stand in brackets too (`（中国）`, `(China)`); it names no region. */
const COUNTRY = ['中国', '中华人民共和国', 'china', 'prc'];
/** Regions as English names write them in brackets: `Huateng (Shanghai) Co., Ltd.`. */
const LATIN_REGIONS: Readonly<Record<string, string>> = {
  beijing: '北京',
  shanghai: '上海',
  tianjin: '天津',
  chongqing: '重庆',
  hongkong: '香港',
  hk: '香港',
  macau: '澳门',
  shenzhen: '深圳',
  guangzhou: '广州',
  hangzhou: '杭州',
  suzhou: '苏州',
  nanjing: '南京',
};
const BRACKET_PLACE = new RegExp(
  `(${REGION_NAMES})${REGION_SUFFIX}|${[...COUNTRY, ...Object.keys(LATIN_REGIONS)].join('|')}`,
  'gu',
);
/** Round brackets, half- or full-width, with no bracket inside. */
const BRACKETED = /[(（]([^()（）]*)[)）]/gu;

/** The core of a company name without its region, and the regions it named. */
export type CompanyNameParts = {
  /** The comparison key without regions or legal forms: `华腾科技`. */
  core: string;
  /** The regions the name carried, without suffix, sorted: `['上海']`. */
  regions: string[];
};

/**
 * A company name split into its core and its regions. The region of a Chinese company
 * may stand first, in brackets after the brand or before the legal form, or be left
 * out: `上海华腾科技有限公司`, `华腾（上海）科技有限公司` and `华腾科技（上海）有限公司` all
 * have the core `华腾科技` and the region `上海`; `华腾科技有限公司` has that core and no
 * region. Traditional characters are read as simplified (`華騰` → `华腾`).
 *
 * A region is taken from the front (repeatedly: `广东省深圳市…`) and from any bracket
 * holding only regions (or the country: `（中国）`, `(China)`), never from the middle of
 * a name, and never when less than two characters of the core would remain
 * (`上海银行` keeps `银行` as its core, but `北京` stays `北京`). A branch keeps its
 * branch words (`…有限公司北京分公司`): it is a customer of its own.
 */
export function companyNameParts(raw: string): CompanyNameParts {
  const withoutBrackets = coreAndRegions(raw, true);
  // A name that is little more than a bracketed region keeps it.
  return [...withoutBrackets.core].length >= 2 ? withoutBrackets : coreAndRegions(raw, false);
}

function coreAndRegions(text: string, bracketsToo: boolean): CompanyNameParts {
  const regions = new Set<string>();
  const rest = bracketsToo
    ? text.replace(BRACKETED, (group, inside: string) => {
        const places = bracketedPlaces(simplifiedKeyWords(inside).join(''));
        if (!places) return group;
        for (const region of places) regions.add(region);
        return ' ';
      })
    : text;
  let core = withoutLegalForms(simplifiedKeyWords(rest));
  for (;;) {
    const region = LEADING_REGION.exec(core);
    if (!region || [...core.slice(region[0].length)].length < 2) break;
    regions.add(region[1]);
    core = core.slice(region[0].length);
  }
  return { core, regions: [...regions].sort() };
}

/** The words of a name (see keyWords), traditional characters as simplified. */
function simplifiedKeyWords(text: string): string[] {
  return keyWords(text).map(toSimplified);
}

/** The regions a bracket's text names, when it names nothing but places; else null. */
function bracketedPlaces(text: string): string[] | null {
  if (!text) return null;
  const regions: string[] = [];
  let covered = 0;
  for (const match of text.matchAll(BRACKET_PLACE)) {
    if (match.index !== covered) return null;
    covered += match[0].length;
    const region = match[1] ?? LATIN_REGIONS[match[0]];
    if (region) regions.push(region);
  }
  return covered === text.length ? regions : null;
}

/**
 * The comparison key of a company name: half-width, lower-case, simplified, without
 * punctuation or whitespace, without its region (see {@link companyNameParts}) and
 * without trailing legal forms (有限公司, 股份有限公司, 集团, Co., Ltd., Inc., LLC,
 * GmbH, …). `上海华腾科技有限公司`, `上海华腾科技股份有限公司`, `上海 华腾科技（集团）有限公司`
 * and `华腾科技（上海）有限公司` all give `华腾科技`.
 *
 * The key is never stripped to nothing: a name made only of legal forms keeps its last
 * one (`Company Limited` → `company`). It is empty only when the name has no letters or
 * digits at all.
 */
export function normalizeCompanyName(raw: string): string {
  return companyNameParts(raw).core;
}

/** The words joined, without trailing legal forms, never down to nothing. */
function withoutLegalForms(words: string[]): string {
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

/**
 * The comparison key of a person's name: half-width, lower-case, simplified (`王偉` →
 * `王伟`), no punctuation or spaces.
 */
export function normalizePersonName(raw: string): string {
  return joinKey(simplifiedKeyWords(raw));
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
