import fs from 'node:fs/promises';
import { Transform } from 'node:stream';
import {
  encodingOfBom,
  IMPORT_ENCODING_LABELS,
  type ImportEncoding,
  type LegacyCandidate,
  pickLegacyEncoding,
  utf16WithoutBom,
} from '@kehu/domain';
import chardet from 'chardet';
import iconv from 'iconv-lite';

/** How much of a file its encoding is told from. */
const SAMPLE_BYTES = 64 * 1024;

const REPLACEMENT = '\uFFFD';

const CHARDET_NAMES: Record<LegacyCandidate['encoding'], string> = {
  gb18030: 'GB18030',
  big5: 'Big5',
};

/** Bytes that are not text in the encoding a file is read in. */
export class UndecodableTextError extends Error {
  constructor(
    readonly encoding: ImportEncoding,
    readonly line: number,
  ) {
    super(
      `Line ${line} holds bytes that are not valid ${IMPORT_ENCODING_LABELS[encoding]} text: choose the file's encoding (or save it as UTF-8) and try again.`,
    );
  }
}

/** A truncated sample ends at its last line break, so no character is cut in two. */
function wholeLines(sample: Buffer, complete: boolean): Buffer {
  if (complete) return sample;
  const end = sample.lastIndexOf(0x0a);
  return end > 0 ? sample.subarray(0, end + 1) : sample;
}

/**
 * The encoding of a CSV file, told from its first bytes:
 * 1. a byte-order mark says it (UTF-8, UTF-16 LE/BE); zero bytes in every other position
 *    say UTF-16 saved without one;
 * 2. bytes that are valid UTF-8 are UTF-8 (plain ASCII included);
 * 3. otherwise the bytes are decoded strictly as GB18030 (which reads GBK and GB2312) and
 *    as Big5, and of the decodings without an invalid sequence the one with the larger share
 *    of common Chinese characters wins, chardet's confidence breaking near-ties. chardet alone
 *    is not trusted: on a few short lines of GBK it often says Big5, EUC-KR or Shift_JIS;
 * 4. bytes valid in neither are called GB18030, and reading them then names the broken line.
 */
export function detectEncoding(sample: Buffer, complete: boolean): ImportEncoding {
  const announced = encodingOfBom(sample) ?? utf16WithoutBom(sample);
  if (announced) return announced;
  const bytes = wholeLines(sample, complete);
  if (!iconv.decode(bytes, 'utf-8').includes(REPLACEMENT)) return 'utf-8';
  const ranked = chardet.analyse(bytes);
  const candidates = (['gb18030', 'big5'] as const)
    .map((encoding) => ({
      encoding,
      text: iconv.decode(bytes, encoding),
      confidence: ranked.find((match) => match.name === CHARDET_NAMES[encoding])?.confidence ?? 0,
    }))
    .filter((candidate) => !candidate.text.includes(REPLACEMENT));
  return pickLegacyEncoding(candidates)?.encoding ?? 'gb18030';
}

/** The encoding of the CSV file at a path, from its first 64 KB. */
export async function detectFileEncoding(path: string): Promise<ImportEncoding> {
  const file = await fs.open(path, 'r');
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await file.read(buffer, 0, SAMPLE_BYTES, 0);
    return detectEncoding(buffer.subarray(0, bytesRead), bytesRead < SAMPLE_BYTES);
  } finally {
    await file.close();
  }
}

function lineBreaks(text: string, end: number): number {
  let count = 0;
  for (
    let index = text.indexOf('\n');
    index >= 0 && index < end;
    index = text.indexOf('\n', index + 1)
  )
    count++;
  return count;
}

/**
 * Decodes a stream of bytes to text as it flows (memory stays flat), failing with the
 * line number at the first byte sequence that is not valid in the encoding, where
 * iconv-lite would quietly put U+FFFD. (A file holding U+FFFD itself is refused too:
 * it was damaged before it was uploaded.)
 */
export function decodeText(encoding: ImportEncoding): [NodeJS.ReadWriteStream, Transform] {
  let line = 1;
  const checker = new Transform({
    decodeStrings: false,
    transform(chunk: string | Buffer, _encoding, done) {
      const text = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
      const broken = text.indexOf(REPLACEMENT);
      if (broken >= 0) {
        done(new UndecodableTextError(encoding, line + lineBreaks(text, broken)));
        return;
      }
      line += lineBreaks(text, text.length);
      done(null, text);
    },
  });
  return [iconv.decodeStream(encoding), checker];
}
