/**
 * CSV text as Excel and LibreOffice read it without an import dialog: UTF-8 with a byte-order mark, comma
 * separated, CRLF line ends, RFC 4180 quoting.
 *
 *   CSV_BOM        written once, first
 *   csvLine()      one row, quoted where needed, with its line end
 */
export const CSV_BOM = '\uFEFF';

const NEEDS_QUOTES = /[",\r\n]/;

export function csvLine(cells: ReadonlyArray<string | number | null>): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) line += ',';
    line += csvCell(cells[i] ?? null);
  }
  return `${line}\r\n`;
}

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (value === '') return '';
  // Imported articles are untrusted text: an apostrophe makes a spreadsheet show the cell as text, not run it.
  const text = startsLikeFormula(value.charCodeAt(0)) ? `'${value}` : value;
  const quote = NEEDS_QUOTES.test(text) || isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1));
  return quote ? `"${text.replace(/"/g, '""')}"` : text;
}

/** = + - @ tab CR: a spreadsheet would read the cell as a formula (CSV injection). */
function startsLikeFormula(c: number): boolean {
  return c === 0x3d || c === 0x2b || c === 0x2d || c === 0x40 || c === 0x09 || c === 0x0d;
}

/** Leading or trailing spaces are kept only inside quotes by some readers. */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0;
}
