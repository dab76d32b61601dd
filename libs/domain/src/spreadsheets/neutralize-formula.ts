/**
 * A cell value safe to open in a spreadsheet: text that a spreadsheet would run as a
 * formula (starting with =, +, -, @, tab or carriage return) gets a leading apostrophe,
 * so a customer named "=HYPERLINK(…)" stays text (CSV/formula injection).
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
