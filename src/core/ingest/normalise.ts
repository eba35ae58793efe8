/** Body normalisation shared by every reader. */

// Windows-1252 0x80–0x9F (Node's built-in decoder for this label behaves like ISO-8859-1 there).
export const CP1252_HIGH = [
  0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0xfffd,
  0x017d, 0xfffd, 0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0xfffd, 0x017e, 0x0178,
];

const ZERO_WIDTH = /\u200b|\u200c|\u200d|\u2060|\ufeff|\u00ad/g;
const ODD_SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;

/**
 * C1 control characters (U+0080–U+009F) never occur in real text; they appear when Windows-1252 bytes were
 * decoded as ISO-8859-1 (Node's TextDecoder does that for the "windows-1252" label). Map them back.
 */
export function fixC1(s: string): string {
  return s.replace(/[\u0080-\u009f]/g, (c) => {
    const m = CP1252_HIGH[c.charCodeAt(0) - 0x80];
    return m && m !== 0xfffd ? String.fromCharCode(m) : '';
  });
}

/** Clean a single line of text: odd spaces to plain spaces, runs collapsed, controls dropped. */
export function cleanInline(s: string): string {
  return fixC1(s)
    .replace(ZERO_WIDTH, '')
    .replace(CONTROL, '')
    .replace(ODD_SPACES, ' ')
    .replace(/\r\n?|\n|\f|\u2028|\u2029/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/**
 * Final body shape: NFC, `\n` line breaks, trailing spaces removed, paragraphs separated by exactly one
 * blank line, no leading or trailing whitespace. Line breaks inside a paragraph are kept as single `\n`.
 */
export function normaliseBody(text: string): string {
  const lines = fixC1(text)
    .normalize('NFC')
    .replace(/\r\n?|\u2028/g, '\n')
    .replace(/\u2029|\f/g, '\n\n')
    .replace(ZERO_WIDTH, '')
    .replace(CONTROL, '')
    .replace(ODD_SPACES, ' ')
    .split('\n')
    .map((l) => l.replace(/ {2,}/g, ' ').trim());
  const out: string[] = [];
  let blank = false;
  for (const line of lines) {
    if (line === '') {
      blank = out.length > 0;
      continue;
    }
    if (blank) out.push('');
    blank = false;
    out.push(line);
  }
  return out.join('\n');
}

/** Split a normalised body into paragraphs. */
export function paragraphsOf(body: string): string[] {
  return body.split(/\n{2,}/).filter((p) => p.trim() !== '');
}

const LIST_MARKER = /^(?:[-*•·–]\s|\d{1,3}[.)]\s|[a-z][.)]\s)/;

/**
 * Turn loosely formatted plain text into paragraphs. Blocks are separated by blank lines; inside a block,
 * hard-wrapped lines are joined with a space (list items keep their own line). A text with no blank lines at
 * all is read as one paragraph per line, unless its lines are clearly hard-wrapped.
 */
export function paragraphsFromPlainText(text: string): string {
  const norm = normaliseBody(text);
  if (norm === '') return '';
  const blocks = norm.split(/\n\n/);
  const lines = norm.split('\n');
  if (blocks.length === 1 && lines.length > 1) {
    const lengths = lines.map((l) => l.length);
    const max = Math.max(...lengths);
    const longish = lengths.filter((n) => n >= max * 0.75).length;
    const openEnded = lines.filter((l) => !/[.!?:"”’»)]$/.test(l)).length;
    const hardWrapped = max >= 40 && max <= 100 && longish / lines.length > 0.6 && openEnded / lines.length >= 0.4;
    if (!hardWrapped) return lines.join('\n\n');
    // Hard-wrapped without blank lines: a short line ending a sentence closes a paragraph.
    const paras: string[] = [];
    let cur: string[] = [];
    for (const l of lines) {
      cur.push(l);
      if (l.length < max * 0.7 && /[.!?:"”’)]$/.test(l)) {
        paras.push(cur.join(' '));
        cur = [];
      }
    }
    if (cur.length) paras.push(cur.join(' '));
    return paras.join('\n\n');
  }
  return blocks.map((b) => joinWrappedLines(b)).join('\n\n');
}

/** Join the lines of one block, keeping list items on their own line and undoing "-\n" hyphenation. */
export function joinWrappedLines(
  block: string,
  dehyphenate = false,
  keepHyphen: (first: string, rest: string) => boolean = () => false,
): string {
  const lines = block.split('\n');
  let out = lines[0] ?? '';
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i] ?? '';
    if (LIST_MARKER.test(l)) out += '\n' + l;
    else if (dehyphenate && /[a-zà-ÿ]-$/.test(out) && /^[a-zà-ÿ]/.test(l)) {
      const first = /([\p{L}]+)-$/u.exec(out)?.[1] ?? '';
      const rest = /^[\p{L}]+/u.exec(l)?.[0] ?? '';
      out = keepHyphen(first, rest) ? out + l : out.slice(0, -1) + l;
    } else out += ' ' + l;
  }
  return out;
}
