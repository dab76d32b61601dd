import fc from 'fast-check';

/** Any text: ASCII, the Basic Multilingual Plane and beyond, lone surrogates included. */
export const anyText = fc.string({
  unit: fc
    .oneof(
      fc.integer({ min: 0, max: 0x7f }),
      fc.integer({ min: 0, max: 0xffff }),
      fc.integer({ min: 0, max: 0x10ffff }),
    )
    .map((codePoint) => String.fromCodePoint(codePoint)),
  maxLength: 30,
});

/** The same ASCII text as typed with a full-width (Chinese) input method. */
export const fullWidth = (ascii: string): string =>
  ascii
    .replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
    .replace(/ /g, '\u3000');
