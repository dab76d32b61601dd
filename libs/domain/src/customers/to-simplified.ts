type Convert = (text: string) => string;

/**
 * The part of opencc-js used here. It ships CommonJS for `require` but types that
 * TypeScript reads as an ES module, which a CommonJS file may not import statically;
 * so it is required on first use (which also keeps it out of the console's bundle,
 * which never calls this).
 */
type OpenCC = { Converter: (options: { from: 'tw' | 'hk' | 't'; to: 'cn' }) => Convert };

/** Built on first use: the dictionaries cost a few milliseconds and some memory. */
let convert: Convert | null = null;

/** Ideographs (CJK blocks and compatibility ideographs) start at U+2E80. */
function hasIdeographs(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 0x2e80) return true;
  }
  return false;
}

/**
 * Traditional Chinese as simplified (`華為` → `华为`), with OpenCC's dictionaries: the
 * Taiwan and then the Hong Kong variants (`臺` → `台`, `衞` → `卫`), then the standard
 * traditional characters and phrases. Text without ideographs is returned as it is.
 * Meant for comparison keys, not for display.
 */
export function toSimplified(text: string): string {
  if (!hasIdeographs(text)) return text;
  if (!convert) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Converter } = require('opencc-js/t2cn') as OpenCC;
    const fromTaiwan = Converter({ from: 'tw', to: 'cn' });
    const fromHongKong = Converter({ from: 'hk', to: 'cn' });
    convert = (value) => fromHongKong(fromTaiwan(value));
  }
  // A few characters are both a simplified form and the traditional form of another
  // (`麼` → `么` → `幺`): converting until nothing changes keeps keys idempotent.
  let current = text;
  for (let pass = 0; pass < 4; pass++) {
    const next = convert(current);
    if (next === current) break;
    current = next;
  }
  return current;
}
