/** The text encodings a CSV import can be read in (an XLSX workbook carries its own). */
export const IMPORT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5'] as const;
export type ImportEncoding = (typeof IMPORT_ENCODINGS)[number];

/** How an encoding is named to people (GB18030 reads every GBK and GB2312 file). */
export const IMPORT_ENCODING_LABELS: Record<ImportEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  gb18030: 'GB18030 / GBK',
  big5: 'Big5',
};

export function isImportEncoding(value: unknown): value is ImportEncoding {
  return typeof value === 'string' && (IMPORT_ENCODINGS as readonly string[]).includes(value);
}

/** The encoding a byte-order mark announces, or null when the bytes start without one. */
export function encodingOfBom(bytes: Uint8Array): ImportEncoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * UTF-16 saved without a byte-order mark: text that is mostly ASCII has a zero byte in
 * every other position (odd positions for little-endian, even for big-endian).
 */
export function utf16WithoutBom(bytes: Uint8Array): ImportEncoding | null {
  const pairs = Math.floor(Math.min(bytes.length, 4096) / 2);
  if (pairs < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < pairs * 2; index += 2) {
    if (bytes[index] === 0) evenZeros++;
    if (bytes[index + 1] === 0) oddZeros++;
  }
  if (oddZeros >= pairs * 0.3 && evenZeros === 0) return 'utf-16le';
  if (evenZeros >= pairs * 0.3 && oddZeros === 0) return 'utf-16be';
  return null;
}

/**
 * About 1,100 characters that make up most of the Chinese in customer lists (names, company
 * words, places, common text), in simplified and traditional forms. Bytes read in the wrong
 * legacy encoding decode to valid but mostly rare characters, so the share of these tells
 * a right decoding from a wrong one even on a few lines.
 */
const COMMON_HAN = new Set(
  '的一是不了人我在有他这为之大来以个中上们到说国和地也子时道出而要于就下得可你年生自会那后能对着事其里所去行过家十用发天如然作方成者多日都三小军二无同么经法当起与好看学进种将还分此心前面又定见只主没公从知使全已长工度部本明老实产情最品资第高或力理口外物意正新间现两路信政机加反利总想解关问北表把水给少先向受安教被通活管系入名相内东位体重区化回很特务走运各结元变世建取手色住员场业强提西话百合气等性平万南门开原期美数应做感边山头带车报深程光计白书决别什月今因次比制组基放达电商科技贸易服限责任股份集团展咨询设筑装饰材料销售造网络息软件流输餐饮酒店文传媒广告育培训医疗器械药食农环保源汽配备五金居纺织塑包印刷融投险银证券室厂院校局委办站社协客户称联号码邮箱址姓男女职监助董秘纳采购代负注规模城市省县镇乡村街楼层栋单厦花园海京津庆州圳杭苏武汉沙郑济青岛连沈阳哈尔滨春石庄太肥福昌昆贵宁兰川乌鲁木齐呼浩拉萨波锡常温绍兴嘉华台佛莞珠惠江汕泉漳烟潍坊临沂徐扬盐泰芜湖洛襄宜株洲湘潭绵香港澳湾雄竹桃隆腾讯阿巴米格字节跳动亚迪张王李赵刘陈杨黄吴周孙马朱胡郭何林罗梁谢宋唐许韩冯邓曹彭曾肖田袁潘蒋蔡余杜叶魏吕丁姚卢姜崔钟谭陆汪范廖贾夏韦付邹孟熊秦邱尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严覃戴莫孔汤伟芳娜敏静丽磊洋勇艳杰娟涛超秀霞刚桂英玉红梅飞鹏辉宇凯健俊帆帅旭欣佳怡晨雪琳晓婷颖倩雨欢萍燕丹玲云莉志斌鑫亮峰宏秋冬角整零壹贰叁肆伍柒捌玖拾佰仟亿未待跟交失败潜般普优质伙伴供渠直线推荐官微钉企索订价票收款额量状态类型级标签队司义积硬仪半导芯片精密具胶橡钢铁冶矿油煤炭风储锂池充桩纸瓷玻璃泥涂漆灯照防控脑空调冰洗衣厨卫母婴玩鞋帽宝首眼镜妆清洁宠卉苗饲养殖肉粮茶乳烘焙味便锁盟批跨境货快递仓冷链租赁维修搬介猎劳派遣财税审律师评估认检测拍卖典担贷托策划旅游航驾容身瑜伽摄影婚视漫戏播版刊杂幼儿研究验诊房康复牙府愿俱乐士姐朋友请点处库這為來箇們說國時於會後對著裡過發軍無麼經當與學進種將還見沒從長實產資間現兩機總關問給內東體區務運結變員場業強話氣萬門開數應邊頭帶車報計書決別組達電貿責團諮詢設築裝飾銷製網絡軟輸飲傳廣訓醫療藥農環備紡織險銀證廠辦協戶稱聯繫號碼郵職監納採購負註規縣鎮鄉樓層棟單廈園慶蘇漢鄭濟島連瀋陽爾濱莊貴寧蘭烏魯齊薩錫溫紹興華煙臺濰臨揚鹽蕪綿灣騰訊節動亞張趙劉陳楊黃吳孫馬羅謝許韓馮鄧蔣餘葉呂盧鍾譚陸範賈韋鄒閆龍賀顧龔錢嚴湯偉靜麗豔傑濤剛紅飛鵬輝凱帥曉穎歡雲貳叄億敗潛優質線薦釘個訂價額狀態類級標籤隊義積儀導膠鋼鐵礦風儲鋰樁紙傢塗燈腦調廚衛嬰寶鐘錶鏡妝潔寵飼養糧鎖貨遞倉鏈賃維獵勞財稅審師評認檢測賣擔貸託劃遊駕髮攝視戲雜誌兒驗診復願樂請點處庫説裏峯衞',
);

const HAN = /\p{Script=Han}/u;

/** The share of the Han characters of a text that are common ones (0 without any). */
export function commonHanShare(text: string): number {
  let han = 0;
  let common = 0;
  for (const character of text) {
    if (!HAN.test(character)) continue;
    han++;
    if (COMMON_HAN.has(character)) common++;
  }
  return han === 0 ? 0 : common / han;
}

/** A legacy Chinese decoding of the same bytes that met no invalid sequence. */
export interface LegacyCandidate {
  encoding: Extract<ImportEncoding, 'gb18030' | 'big5'>;
  text: string;
  /** chardet's confidence in this encoding, 0–100 (0 when it did not name it). */
  confidence: number;
}

/**
 * Of the legacy decodings that are valid, the likeliest: the share of common characters
 * counts most, chardet's confidence (often wrong on a few short lines) breaks near-ties,
 * and GB18030 — what Excel on mainland Windows writes — wins an exact tie.
 */
export function pickLegacyEncoding(candidates: readonly LegacyCandidate[]): LegacyCandidate | null {
  let best: { candidate: LegacyCandidate; score: number } | null = null;
  for (const candidate of candidates) {
    const score = commonHanShare(candidate.text) + 0.2 * (candidate.confidence / 100);
    const better =
      !best || score > best.score || (score === best.score && candidate.encoding === 'gb18030');
    if (better) best = { candidate, score };
  }
  return best?.candidate ?? null;
}
