import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import iconv from 'iconv-lite';
import { toChinese } from '../common/errors/problem-messages.zh-CN';
import { decodeText, detectEncoding, UndecodableTextError } from './text-encoding';

const simplified = '客户名称,联系电话\n上海华为科技有限公司,13800000000\n';
const traditional = '客戶名稱,聯絡電話\n臺北市信義區有限公司,0912345678\n';
const detect = (bytes: Buffer) => detectEncoding(bytes, true);

describe('detectEncoding', () => {
  it('believes a byte-order mark', () => {
    expect(detect(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(simplified)]))).toBe(
      'utf-8',
    );
    expect(detect(iconv.encode(simplified, 'utf-16le', { addBOM: true }))).toBe('utf-16le');
    expect(detect(iconv.encode(simplified, 'utf-16be', { addBOM: true }))).toBe('utf-16be');
  });

  it('tells UTF-16 without a mark by its zero bytes', () => {
    expect(detect(iconv.encode('name,phone\nAcme,123\n', 'utf-16le'))).toBe('utf-16le');
    expect(detect(iconv.encode('name,phone\nAcme,123\n', 'utf-16be'))).toBe('utf-16be');
  });

  it('takes valid UTF-8 (and plain ASCII) as UTF-8', () => {
    expect(detect(Buffer.from(simplified))).toBe('utf-8');
    expect(detect(Buffer.from('name,phone\nAcme,123\n'))).toBe('utf-8');
  });

  it('tells GBK from Big5 even on a line or two, where chardet alone guesses wrong', () => {
    for (const text of [
      simplified,
      '姓名\n王芳\n',
      '公司\n杭州云启\n',
      '客户名称\n北京小米科技有限责任公司\n',
    ])
      expect([text, detect(iconv.encode(text, 'gbk'))]).toEqual([text, 'gb18030']);
    for (const text of [traditional, '姓名\n陳美玲\n', '公司名稱\n臺灣積體電路製造股份有限公司\n'])
      expect([text, detect(iconv.encode(text, 'big5'))]).toEqual([text, 'big5']);
  });

  it('decides on whole lines of a truncated sample', () => {
    const bytes = iconv.encode(simplified.repeat(3), 'gbk');
    expect(detectEncoding(bytes.subarray(0, bytes.length - 1), false)).toBe('gb18030');
  });
});

describe('decodeText', () => {
  async function decode(bytes: Buffer, encoding: Parameters<typeof decodeText>[0]) {
    let text = '';
    await pipeline(Readable.from([bytes]), ...decodeText(encoding), async (source) => {
      for await (const chunk of source as AsyncIterable<string>) text += chunk;
    });
    return text;
  }

  it('decodes each encoding, without the byte-order mark', async () => {
    expect(await decode(iconv.encode(simplified, 'gbk'), 'gb18030')).toBe(simplified);
    expect(await decode(iconv.encode(traditional, 'big5'), 'big5')).toBe(traditional);
    expect(await decode(iconv.encode(simplified, 'utf-16le', { addBOM: true }), 'utf-16le')).toBe(
      simplified,
    );
  });

  it('refuses bytes that are not text in the encoding, naming the line', async () => {
    const bytes = Buffer.concat([
      iconv.encode('客户名称\n上海\n', 'gbk'),
      Buffer.from([0xff, 0x0a]),
    ]);
    await expect(decode(bytes, 'gb18030')).rejects.toEqual(
      expect.objectContaining({ constructor: UndecodableTextError, line: 3 }),
    );
    await expect(decode(iconv.encode(simplified, 'gbk'), 'utf-8')).rejects.toBeInstanceOf(
      UndecodableTextError,
    );
  });
});

describe('encoding problems in Chinese', () => {
  it('are translated for a zh-CN caller', () => {
    expect(
      toChinese(
        "file is not valid GB18030 / GBK text at line 3. Choose the file's encoding (or save it as UTF-8) and try again.",
      ),
    ).toBe(
      'file：文件第 3 行含有不属于 GB18030 / GBK 编码的字节。请选择文件的实际编码（或将文件另存为 UTF-8）后重试。',
    );
    expect(
      toChinese(
        "encoding does not fit the file: it is not valid UTF-8 text at line 1. Choose the file's encoding (or save it as UTF-8) and try again.",
      ),
    ).toMatch(/^encoding：文件第 1 行/);
    expect(toChinese('encoding applies to CSV files only')).toBe('encoding 仅适用于 CSV 文件');
  });
});
