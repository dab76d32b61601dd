// The benchmark dataset: N customers (companies and persons, Chinese and English), ~3 %
// near-duplicates with their ground truth, contacts, relationships and ~5 interactions per
// customer, written as CSV. Seeded: the same size and seed always give the same files.
//
//   node bench/generate.mjs --size 1000000 [--seed 42] [--out bench/.data/1000000]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeCompanyName, trigramSimilarity } from '@kehu/domain';
import { bufferedWriter, csvLine } from './lib/csv.mjs';
import { seededRandom } from './lib/random.mjs';

const CITIES = [
  ['上海', '上海市'],
  ['北京', '北京市'],
  ['深圳', '广东省'],
  ['广州', '广东省'],
  ['杭州', '浙江省'],
  ['宁波', '浙江省'],
  ['南京', '江苏省'],
  ['苏州', '江苏省'],
  ['无锡', '江苏省'],
  ['成都', '四川省'],
  ['重庆', '重庆市'],
  ['武汉', '湖北省'],
  ['西安', '陕西省'],
  ['天津', '天津市'],
  ['青岛', '山东省'],
  ['济南', '山东省'],
  ['厦门', '福建省'],
  ['福州', '福建省'],
  ['长沙', '湖南省'],
  ['郑州', '河南省'],
  ['合肥', '安徽省'],
  ['昆明', '云南省'],
  ['大连', '辽宁省'],
  ['沈阳', '辽宁省'],
  ['东莞', '广东省'],
  ['佛山', '广东省'],
  ['南昌', '江西省'],
  ['贵阳', '贵州省'],
  ['太原', '山西省'],
  ['石家庄', '河北省'],
];
const BRAND_CHARACTERS = [
  ...'华腾宏远鑫瑞泰恒通达嘉诚信盛隆祥丰安康润泽明辉永昌金顺德兴万邦宇创新益凯美佳天海科博晨曦智汇源启航中联众合景升蓝星云帆卓越锦程汉唐光耀世纪东方鼎晟亿欣伟业正和铭峰弘毅同舟汇丰精工首信卓尔聚力远洋腾飞浩然思源格林北辰南山',
];
const ZH_INDUSTRY_WORDS = [
  ['科技', '信息技术'],
  ['电子', '电子制造'],
  ['机械', '装备制造'],
  ['贸易', '批发零售'],
  ['物流', '交通物流'],
  ['医药', '医药健康'],
  ['食品', '食品饮料'],
  ['建材', '建筑建材'],
  ['化工', '化工'],
  ['纺织', '纺织服装'],
  ['软件', '信息技术'],
  ['环保', '节能环保'],
  ['能源', '能源'],
  ['汽车配件', '汽车'],
  ['家居', '家居用品'],
  ['文化传媒', '文化传媒'],
  ['餐饮管理', '餐饮'],
  ['教育咨询', '教育'],
  ['实业', '综合'],
  ['网络技术', '互联网'],
];
const ZH_LEGAL_FORMS = ['有限公司', '股份有限公司', '集团有限公司', '有限责任公司'];
const EN_SYLLABLES = [
  'bri',
  'ston',
  'lan',
  'ver',
  'cor',
  'mont',
  'ash',
  'el',
  'dor',
  'tal',
  'quin',
  'ro',
  'sen',
  'vi',
  'kar',
  'lux',
  'nor',
  'pel',
  'ar',
  'gal',
  'tris',
  'bel',
  'cas',
  'den',
  'fal',
  'har',
  'jen',
  'mar',
  'ox',
  'ral',
  'sol',
  'ter',
  'ul',
  'wes',
  'zen',
  'hol',
  'mer',
  'bra',
  'cle',
  'dun',
  'fen',
  'gor',
  'lin',
  'tor',
  'wyn',
];
const EN_INDUSTRY_WORDS = [
  ['Trading', '批发零售'],
  ['Technology', '信息技术'],
  ['Logistics', '交通物流'],
  ['Pharma', '医药健康'],
  ['Electronics', '电子制造'],
  ['Foods', '食品饮料'],
  ['Machinery', '装备制造'],
  ['Software', '信息技术'],
  ['Materials', '建筑建材'],
  ['Energy', '能源'],
  ['Consulting', '教育'],
  ['Textiles', '纺织服装'],
];
const EN_LEGAL_FORMS = ['Co., Ltd.', 'Ltd.', 'Inc.', 'LLC', 'Limited', 'Group Co., Ltd.'];
const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const GIVEN = [
  ...'伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞鑫宇浩然子轩梓涵欣怡雨晨一诺思远佳琪俊杰晓东建国志强海燕丹丹',
];
const EN_FIRST = [
  'James',
  'Mary',
  'John',
  'Linda',
  'David',
  'Susan',
  'Michael',
  'Karen',
  'Peter',
  'Emma',
  'Oliver',
  'Sophia',
  'Lucas',
  'Mia',
  'Henry',
  'Grace',
  'Daniel',
  'Chloe',
  'Samuel',
  'Alice',
];
const EN_LAST = [
  'Smith',
  'Johnson',
  'Brown',
  'Taylor',
  'Wilson',
  'Evans',
  'Walker',
  'Wright',
  'Turner',
  'Parker',
  'Collins',
  'Stewart',
  'Morris',
  'Reed',
  'Cook',
  'Bailey',
  'Cooper',
  'Howard',
  'Ward',
  'Brooks',
];
const STREETS = [
  '中山路',
  '人民路',
  '解放路',
  '建设路',
  '长江路',
  '和平路',
  '新华路',
  '光明路',
  '科技园路',
  '滨江大道',
];
const TIERS = ['potential', 'potential', 'intent', 'deal', 'deal', 'loyal', 'churned'];
const INTERACTION_KINDS = ['call', 'call', 'email', 'meeting', 'visit', 'note'];
const INTERACTION_SUMMARIES = [
  '电话回访，确认需求',
  'Sent the quotation',
  '上门拜访，介绍新产品',
  'Follow-up meeting on the contract',
  '客户反馈交付时间',
  'Demo of the new release',
];
const MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '158',
  '159',
  '166',
  '176',
  '177',
  '180',
  '181',
  '186',
  '187',
  '188',
  '189',
  '199',
];
const EMAIL_DOMAINS = ['example.cn', 'example.com', 'corp.example', 'mail.example.net'];

export const CUSTOMER_HEADER = [
  'notes',
  'kind',
  'name',
  'mobile',
  'email',
  'province',
  'city',
  'address',
  'industry',
  'tier',
  'taxId',
];
/** The import mapping of the customers file (one field per column). */
export const CUSTOMER_MAPPING = [
  'notes',
  'kind',
  'name',
  'mobile',
  'email',
  'province',
  'city',
  'address',
  'industry',
  'tier',
  'taxId',
];

/** Row i's mobile number: a fixed permutation of 8 digits, so no two rows share one. */
export function mobileOf(index) {
  const digits = String((index * 48271 + 12345678) % 100_000_000).padStart(8, '0');
  return `${MOBILE_PREFIXES[index % MOBILE_PREFIXES.length]}${digits}`;
}

function reformatPhone(mobile, random) {
  switch (random.int(3)) {
    case 0:
      return `+86 ${mobile.slice(0, 3)} ${mobile.slice(3, 7)} ${mobile.slice(7)}`;
    case 1:
      return `${mobile.slice(0, 3)}-${mobile.slice(3, 7)}-${mobile.slice(7)}`;
    default:
      return [...mobile].map((digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0)).join('');
  }
}

function toFullWidth(text) {
  return text.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
}

/** Another way of writing a company's name that the name rule should still match. */
function nameVariant(original, random) {
  const zh = /[\u4e00-\u9fff]/.test(original.name);
  for (let attempt = 0; attempt < 5; attempt++) {
    let name;
    if (zh) {
      const city = original.base.slice(0, original.cityLength);
      const brand = original.base.slice(original.cityLength, -original.word.length);
      const { word } = original;
      const choice = random.int(6);
      if (choice === 0) name = `${original.base}${random.pick(ZH_LEGAL_FORMS)}`;
      else if (choice === 1) name = `${city} ${brand}${word}（集团）有限公司`;
      else if (choice === 2) name = `（${city}）${brand}${word}${random.pick(ZH_LEGAL_FORMS)}`;
      // The region in brackets after the brand or before the legal form, or left out.
      else if (choice === 3) name = `${brand}（${city}）${word}${random.pick(ZH_LEGAL_FORMS)}`;
      else if (choice === 4) name = `${brand}${word}（${city}）${random.pick(ZH_LEGAL_FORMS)}`;
      else name = `${brand}${word}${random.pick(ZH_LEGAL_FORMS)}`;
    } else {
      const choice = random.int(3);
      if (choice === 0) name = `${original.base.toUpperCase()} ${random.pick(EN_LEGAL_FORMS)}`;
      else if (choice === 1) name = toFullWidth(`${original.base} ${random.pick(EN_LEGAL_FORMS)}`);
      else {
        // One letter typed wrong, in a longer name.
        const letters = [...original.base];
        const at = 1 + random.int(letters.length - 2);
        if (letters[at] === ' ') continue;
        letters[at] = letters[at] === 'e' ? 'a' : 'e';
        name = `${letters.join('')} ${random.pick(EN_LEGAL_FORMS)}`;
      }
    }
    const similarity = trigramSimilarity(
      normalizeCompanyName(name),
      normalizeCompanyName(original.name),
    );
    if (similarity >= 0.75) return name;
  }
  return `${original.base}${zh ? '有限公司' : ' Ltd.'}`;
}

function company(random) {
  if (random.chance(0.8)) {
    const [city, province] = random.pick(CITIES);
    const [word, industry] = random.pick(ZH_INDUSTRY_WORDS);
    const brand =
      random.pick(BRAND_CHARACTERS) +
      random.pick(BRAND_CHARACTERS) +
      (random.chance(0.5) ? random.pick(BRAND_CHARACTERS) : '');
    const base = `${city}${brand}${word}`;
    return {
      kind: 'company',
      base,
      cityLength: city.length,
      word,
      name: `${base}${random.pick(ZH_LEGAL_FORMS)}`,
      city,
      province,
      industry,
    };
  }
  const [city, province] = random.pick(CITIES);
  const [word, industry] = random.pick(EN_INDUSTRY_WORDS);
  const syllables = 2 + random.int(2);
  let brand = '';
  for (let i = 0; i < syllables; i++) brand += random.pick(EN_SYLLABLES);
  const base = `${brand[0].toUpperCase()}${brand.slice(1)} ${random.pick(EN_SYLLABLES)}${random.pick(EN_SYLLABLES)} ${word}`;
  return {
    kind: 'company',
    base,
    cityLength: 0,
    name: `${base} ${random.pick(EN_LEGAL_FORMS)}`,
    city,
    province,
    industry,
  };
}

function person(random) {
  const [city, province] = random.pick(CITIES);
  const name = random.chance(0.85)
    ? random.pick(SURNAMES) + random.pick(GIVEN) + (random.chance(0.7) ? random.pick(GIVEN) : '')
    : `${random.pick(EN_FIRST)} ${random.pick(EN_LAST)}`;
  return { kind: 'person', base: name, cityLength: 0, name, city, province, industry: null };
}

function taxIdOf(index) {
  return `91${String(310000 + (index % 90000)).padStart(6, '0')}${String(index).padStart(9, '0')}X`;
}

function parseArguments(argv) {
  const options = { size: 10_000, seed: 42, out: null };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=');
    const value = inline ?? argv[++i];
    if (flag === '--size') options.size = Number(value);
    else if (flag === '--seed') options.seed = Number(value);
    else if (flag === '--out') options.out = value;
    else throw new Error(`unknown option ${flag}`);
  }
  if (!Number.isInteger(options.size) || options.size < 100)
    throw new Error('--size must be an integer ≥ 100');
  return options;
}

/**
 * Writes customers.csv, contacts.csv, relationships.csv, interactions.csv and truth.json
 * into `out`. Customers are referred to by their `ref` (the notes column, `ref:<row>`).
 */
export async function generate({ size, seed, out }) {
  fs.mkdirSync(out, { recursive: true });
  const random = seededRandom(seed);
  const customers = bufferedWriter(fs.createWriteStream(path.join(out, 'customers.csv')));
  const contacts = bufferedWriter(fs.createWriteStream(path.join(out, 'contacts.csv')));
  const relationships = bufferedWriter(fs.createWriteStream(path.join(out, 'relationships.csv')));
  const interactions = bufferedWriter(fs.createWriteStream(path.join(out, 'interactions.csv')));
  await customers.write(csvLine(CUSTOMER_HEADER));
  await contacts.write(csvLine(['company_ref', 'person_ref', 'title']));
  await relationships.write(csvLine(['from_ref', 'to_ref', 'type']));
  await interactions.write(csvLine(['customer_ref', 'kind', 'occurred_at', 'summary']));

  /** Recent originals kept for near-duplicates and links (a window keeps memory flat). */
  const window = [];
  const WINDOW = 50_000;
  const exactDuplicates = [];
  const fuzzyDuplicates = [];
  const originals = { companies: [], persons: [] };
  const start = Date.UTC(2023, 0, 1);
  let interactionCount = 0;

  for (let index = 1; index <= size; index++) {
    const ref = `ref:${index}`;
    const earlier = window.length > 100 && random.chance(0.03) ? random.pick(window) : null;
    let row;
    if (earlier && (earlier.kind === 'person' || random.chance(0.5))) {
      // The same customer entered again, its phone written another way: an exact duplicate.
      row = {
        ...earlier,
        name: earlier.kind === 'company' ? nameVariant(earlier, random) : earlier.name,
        phone: reformatPhone(earlier.phone, random),
        email: null,
        taxId: null,
      };
      exactDuplicates.push([index, earlier.index]);
    } else if (earlier) {
      // The same company under another spelling, with a number of its own: a near-duplicate.
      row = {
        ...earlier,
        name: nameVariant(earlier, random),
        phone: mobileOf(index),
        email: null,
        taxId: null,
      };
      fuzzyDuplicates.push([index, earlier.index]);
    } else {
      const drawn = random.chance(0.6) ? company(random) : person(random);
      row = {
        ...drawn,
        index,
        phone: mobileOf(index),
        email: random.chance(0.7)
          ? `c${index}.${random.pick(EN_SYLLABLES)}@${random.pick(EMAIL_DOMAINS)}`
          : null,
        taxId: drawn.kind === 'company' && random.chance(0.5) ? taxIdOf(index) : null,
        street: `${random.pick(STREETS)}${1 + random.int(999)}号`,
        tier: random.pick(TIERS),
      };
      window.push(row);
      if (window.length > WINDOW) window.splice(random.int(WINDOW), 1);
      const pool = row.kind === 'company' ? originals.companies : originals.persons;
      if (pool.length < 20_000) pool.push(index);
      else pool[random.int(pool.length)] = index;
    }
    await customers.write(
      csvLine([
        ref,
        row.kind,
        row.name,
        row.phone,
        row.email,
        row.province,
        row.city,
        row.street,
        row.industry,
        row.tier,
        row.taxId,
      ]),
    );

    if (!earlier && row.kind === 'company' && originals.persons.length > 0 && random.chance(0.5)) {
      const contactRef = random.pick(originals.persons);
      await contacts.write(
        csvLine([
          ref,
          `ref:${contactRef}`,
          random.pick(['总经理', '采购经理', 'CFO', 'Sales Director', '财务']),
        ]),
      );
      await relationships.write(csvLine([`ref:${contactRef}`, ref, 'employment']));
    }
    if (
      !earlier &&
      row.kind === 'company' &&
      originals.companies.length > 1 &&
      random.chance(0.1)
    ) {
      const parent = random.pick(originals.companies);
      if (parent !== index) await relationships.write(csvLine([`ref:${parent}`, ref, 'parent']));
    }
    const count = random.int(11); // 0..10: five on average
    for (let i = 0; i < count; i++) {
      const occurredAt = new Date(start + random.int(3 * 365 * 86_400) * 1000).toISOString();
      await interactions.write(
        csvLine([
          ref,
          random.pick(INTERACTION_KINDS),
          occurredAt,
          random.pick(INTERACTION_SUMMARIES),
        ]),
      );
      interactionCount++;
    }
  }
  await Promise.all([
    customers.close(),
    contacts.close(),
    relationships.close(),
    interactions.close(),
  ]);
  const truth = { size, seed, interactions: interactionCount, exactDuplicates, fuzzyDuplicates };
  fs.writeFileSync(path.join(out, 'truth.json'), JSON.stringify(truth));
  return truth;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const options = parseArguments(process.argv.slice(2));
  const out =
    options.out ??
    path.join(path.dirname(fileURLToPath(import.meta.url)), '.data', String(options.size));
  const started = performance.now();
  const truth = await generate({ ...options, out });
  console.log(
    `wrote ${options.size} customers (${truth.exactDuplicates.length} exact and ${truth.fuzzyDuplicates.length} fuzzy near-duplicates), ${truth.interactions} interactions to ${path.relative(process.cwd(), out)} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
