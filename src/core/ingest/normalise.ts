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
  if (text.length <= CHUNK_CHARS * 2) return normaliseAtOnce(text);
  return normaliseInSlices(text)
    .map((s, i) => (i === 0 ? s.text : `${s.breaks >= 2 ? '\n\n' : '\n'}${s.text}`))
    .join('');
}

/** A piece of normalised text, with the line breaks (one, or two for a paragraph break) that come before it. */
export interface NormalSlice {
  text: string;
  breaks: number;
}

/**
 * normaliseBody in slices of about a megabyte, cut inside the whitespace between lines: joined with their breaks
 * they are exactly normaliseBody(text), and no step ever holds several copies of a long text. The text may come
 * in pieces (decoded a megabyte at a time), so that it never needs to be one string.
 */
export function normaliseInSlices(input: string | Iterable<string>): NormalSlice[] {
  const out: NormalSlice[] = [];
  let owed = 0; // line breaks between the last slice and the next
  const emit = (raw: string): void => {
    const piece = normaliseAtOnce(raw);
    if (piece) {
      out.push({ text: piece, breaks: out.length > 0 ? Math.max(1, owed) : 0 });
      owed = 0;
    } else owed = 2; // a slice of blank lines
  };
  let buffer = '';
  let searchFrom = CHUNK_CHARS;
  for (const piece of typeof input === 'string' ? [input] : input) {
    buffer += piece;
    // A cut needs the whole whitespace run and a character after it, so it is looked for only inside the buffer.
    for (let cut; buffer.length > searchFrom && (cut = cutBetweenLines(buffer, searchFrom));) {
      emit(buffer.slice(0, cut.from));
      owed = Math.max(owed, cut.lineBreaks);
      buffer = buffer.slice(cut.to);
      searchFrom = CHUNK_CHARS;
    }
    searchFrom = Math.max(CHUNK_CHARS, buffer.length - 1024);
  }
  if (buffer) emit(buffer);
  return out;
}

const CHUNK_CHARS = 1 << 20;
const SPACE = new Set([' ', '\t', '\r', '\n', '\f']);
// Characters normalisation removes or turns into spaces: a cut must not touch them, or lines could merge differently.
// eslint-disable-next-line no-control-regex -- the point is to recognise control characters
const VANISHING = /[\u0000-\u001f\u007f-\u00a0\u00ad\u1680\u2000-\u200d\u2028-\u202f\u205f\u2060\u3000\ufeff]/;

/**
 * A run of plain whitespace with a line break in it, at or after `from`, between two characters that normalisation
 * keeps: the text before `from` and after `to` can be normalised apart and joined with `lineBreaks` breaks.
 */
function cutBetweenLines(text: string, from: number): { from: number; to: number; lineBreaks: number } | null {
  for (let nl = text.indexOf('\n', from); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
    let a = nl;
    while (a > 0 && SPACE.has(text[a - 1]!)) a--;
    let b = nl + 1;
    while (b < text.length && SPACE.has(text[b]!)) b++;
    if (a === 0 || b >= text.length || VANISHING.test(text[a - 1]!) || VANISHING.test(text[b]!)) {
      nl = b;
      continue;
    }
    let lineBreaks = 0;
    for (let i = a; i < b; i++) {
      const c = text[i];
      if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) lineBreaks++;
      else if (c === '\f') lineBreaks += 2;
    }
    return { from: a, to: b, lineBreaks };
  }
  return null;
}

/** normaliseBody in one go, whatever the length (what each slice gets; tests compare the slices with it). */
export function normaliseAtOnce(text: string): string {
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
  return plainParagraphs(normaliseInSlices(text)).join('\n\n');
}

/** The paragraphs of a normalised text given in slices (see paragraphsFromPlainText). */
export function plainParagraphs(slices: NormalSlice[]): string[] {
  const hasBlankLine = slices.some((s) => s.breaks >= 2 || s.text.includes('\n\n'));
  if (!hasBlankLine) {
    const lines = slices.flatMap((s) => s.text.split('\n'));
    if (lines.length <= 1) return lines;
    const lengths = lines.map((l) => l.length);
    // A loop, not Math.max(...lengths): spreading a few hundred thousand lines overflows the stack.
    const max = lengths.reduce((m, n) => (n > m ? n : m), 0);
    const longish = lengths.filter((n) => n >= max * 0.75).length;
    const openEnded = lines.filter((l) => !/[.!?:"”’»)]$/.test(l)).length;
    const hardWrapped = max >= 40 && max <= 100 && longish / lines.length > 0.6 && openEnded / lines.length >= 0.4;
    if (!hardWrapped) return lines;
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
    return paras;
  }
  const paras: string[] = [];
  let block: string[] = [];
  const flush = (): void => {
    if (block.length > 0) paras.push(joinWrappedLines(block.join('\n')));
    block = [];
  };
  for (const s of slices) {
    if (s.breaks >= 2) flush();
    for (const line of s.text.split('\n')) {
      if (line === '') flush();
      else block.push(line);
    }
  }
  flush();
  return paras;
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
