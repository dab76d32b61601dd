// Minimal CSV writing for the generator: quotes only the cells that need it.
const NEEDS_QUOTES = /[",\n\r]/;

export function csvCell(value) {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells) {
  return `${cells.map(csvCell).join(',')}\n`;
}

/** A file written through a buffer that is flushed when full, respecting back-pressure. */
export function bufferedWriter(stream) {
  let buffer = '';
  return {
    async write(text) {
      buffer += text;
      if (buffer.length >= 1 << 20) {
        const chunk = buffer;
        buffer = '';
        if (!stream.write(chunk)) await new Promise((resolve) => stream.once('drain', resolve));
      }
    },
    async close() {
      stream.write(buffer);
      buffer = '';
      await new Promise((resolve, reject) =>
        stream.end((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}
