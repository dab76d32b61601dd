import fs from 'node:fs';

/** Real workbooks inflate 5–30×; a part that inflates more than this is a zip bomb. */
const MAX_INFLATION_RATIO = 100;
/** Small parts may compress extremely well (empty styles); only larger ones are judged. */
const RATIO_CHECKED_FROM_BYTES = 10 * 1_048_576;
/** No worksheet a person can import is larger than this once inflated. */
const MAX_INFLATED_BYTES = 4 * 1024 * 1_048_576;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_RECORD_BYTES = 22;
const MAX_COMMENT_BYTES = 0xffff;
const ZIP64_MARKER = 0xffffffff;

export interface ZipPart {
  name: string;
  compressedBytes: number;
  inflatedBytes: number;
}

async function readAt(handle: fs.promises.FileHandle, position: number, length: number) {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

/** The parts an .xlsx (a ZIP file) declares in its central directory, without inflating any. */
export async function zipParts(path: string): Promise<ZipPart[]> {
  const handle = await fs.promises.open(path, 'r');
  try {
    const { size } = await handle.stat();
    const tailLength = Math.min(size, END_RECORD_BYTES + MAX_COMMENT_BYTES);
    const tail = await readAt(handle, size - tailLength, tailLength);
    let end = -1;
    for (let i = tail.length - END_RECORD_BYTES; i >= 0; i--) {
      if (tail.readUInt32LE(i) === END_OF_DIRECTORY) {
        end = i;
        break;
      }
    }
    if (end < 0) throw new Error('not a ZIP file: no end of central directory');
    const directoryBytes = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    if (directoryOffset + directoryBytes > size) throw new Error('the ZIP directory is cut off');
    const directory = await readAt(handle, directoryOffset, directoryBytes);
    const parts: ZipPart[] = [];
    for (let at = 0; at + 46 <= directory.length;) {
      if (directory.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new Error('broken ZIP directory');
      const nameLength = directory.readUInt16LE(at + 28);
      const extraLength = directory.readUInt16LE(at + 30);
      const commentLength = directory.readUInt16LE(at + 32);
      parts.push({
        name: directory.toString('utf8', at + 46, at + 46 + nameLength),
        compressedBytes: directory.readUInt32LE(at + 20),
        inflatedBytes: directory.readUInt32LE(at + 24),
      });
      at += 46 + nameLength + extraLength + commentLength;
    }
    return parts;
  } finally {
    await handle.close();
  }
}

/** Why this workbook must not be opened, or null when its parts inflate like a real one's. */
export async function workbookInflationProblem(path: string): Promise<string | null> {
  const parts = await zipParts(path);
  let total = 0;
  for (const part of parts) {
    if (part.inflatedBytes === ZIP64_MARKER || part.compressedBytes === ZIP64_MARKER) {
      return 'is larger than 4 GiB once uncompressed';
    }
    total += part.inflatedBytes;
    const ratio = part.inflatedBytes / Math.max(1, part.compressedBytes);
    if (part.inflatedBytes >= RATIO_CHECKED_FROM_BYTES && ratio > MAX_INFLATION_RATIO) {
      return `inflates ${Math.round(ratio)}-fold when uncompressed (a zip bomb?); save it again or export it as CSV`;
    }
  }
  if (total > MAX_INFLATED_BYTES) return 'is larger than 4 GiB once uncompressed';
  return null;
}
