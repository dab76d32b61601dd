import {
  commonHanShare,
  encodingOfBom,
  isImportEncoding,
  pickLegacyEncoding,
  utf16WithoutBom,
} from './text-encodings';

describe('import text encodings', () => {
  it('reads byte-order marks and UTF-16 zero bytes', () => {
    expect(encodingOfBom(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe('utf-8');
    expect(encodingOfBom(new Uint8Array([0xff, 0xfe, 0x41, 0]))).toBe('utf-16le');
    expect(encodingOfBom(new Uint8Array([0xfe, 0xff, 0, 0x41]))).toBe('utf-16be');
    expect(encodingOfBom(new Uint8Array([0x41, 0x42]))).toBeNull();
    expect(utf16WithoutBom(new Uint8Array([0x61, 0, 0x62, 0, 0x63, 0, 0x2c, 0, 0x64, 0]))).toBe(
      'utf-16le',
    );
    expect(utf16WithoutBom(new TextEncoder().encode('plain,ascii,text'))).toBeNull();
  });

  it('scores common Chinese above the rare characters a wrong decoding makes', () => {
    expect(commonHanShare('上海华为科技有限公司')).toBe(1);
    expect(commonHanShare('臺北市信義區')).toBe(1);
    expect(commonHanShare('諦誧靡備,薊炵萇趕')).toBeLessThan(0.3);
    expect(commonHanShare('name,phone')).toBe(0);
  });

  it('picks by common characters before chardet, GB18030 on a tie', () => {
    const gb = { encoding: 'gb18030' as const, text: '上海华为', confidence: 10 };
    const big5 = { encoding: 'big5' as const, text: '諦誧靡備', confidence: 90 };
    expect(pickLegacyEncoding([gb, big5])).toBe(gb);
    expect(
      pickLegacyEncoding([
        { ...gb, text: 'abc' },
        { ...big5, text: 'abc', confidence: 10 },
      ]),
    ).toEqual(expect.objectContaining({ encoding: 'gb18030' }));
    expect(pickLegacyEncoding([])).toBeNull();
    expect(isImportEncoding('gb18030')).toBe(true);
    expect(isImportEncoding('shift_jis')).toBe(false);
  });
});
