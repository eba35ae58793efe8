/**
 * Long documents become several articles ("parts"), so that finding statements, memory and reviewing stay bounded
 * per article whatever the size of the file.
 *   MAX_PART_CHARS             longest body a part may have
 *   quotesClosed(text)         whether a paragraph leaves no quotation open
 *   splitParagraph(text, max)  a paragraph too long for one part, cut at sentence ends outside quotes
 *   groupBlocks(blocks, max)   paragraphs grouped into parts; cuts only where no quote is open when it can, and
 *                              before a block the caller prefers (a section heading, a page start) when it may
 *   splitLongArticle(article)  a finished article → its parts, "<title> (part i of n)", metadata shared
 *   finishInParts(draft, paragraphs)  a long document's paragraphs → parts, never joining all of them into one
 *                              string: the first paragraphs finished as an article give every part its metadata
 * A sentence or a quotation is never cut across parts unless a paragraph has no sentence end outside quotes at all
 * within a part's length (then a space, as a last resort).
 */
import type { IngestedArticle } from './types';
import { endsWithAbbreviation, finishArticle, type ArticleDraft, type FinishContext } from './article';

export const MAX_PART_CHARS = 50_000;

/** Open/close state of quotation marks, fed one character at a time. */
class QuoteState {
  private readonly stack: string[] = [];
  private straight = false;

  get closed(): boolean {
    return this.stack.length === 0 && !this.straight;
  }

  feed(c: string): void {
    switch (c) {
      case '"':
        this.straight = !this.straight;
        break;
      case '“':
        // German quotes open with „ and close with “.
        if (this.stack[this.stack.length - 1] === '„') this.stack.pop();
        else this.stack.push(c);
        break;
      case '„':
      case '«':
        this.stack.push(c);
        break;
      case '”':
        if (this.stack.length > 0 && this.stack[this.stack.length - 1] !== '«') this.stack.pop();
        break;
      case '»':
        if (this.stack[this.stack.length - 1] === '«') this.stack.pop();
        break;
    }
  }
}

const QUOTE_CHARS = /["“„«”»]/;

/** True when the text opens no quotation it does not close. */
export function quotesClosed(text: string): boolean {
  if (!QUOTE_CHARS.test(text)) return true;
  const q = new QuoteState();
  for (const c of text) q.feed(c);
  return q.closed;
}

const CLOSERS = new Set(['”', '"', '’', '»', ')', ']']);
const SENTENCE_STARTER = /[\p{Lu}\d“"«‘„(]/u;

/** Whether a sentence ends just before the whitespace at `i` and another one starts after it. */
function sentenceEndsAt(text: string, i: number, from: number): boolean {
  let k = i - 1;
  while (k > from && CLOSERS.has(text[k]!)) k--;
  const c = text[k];
  if (c !== '.' && c !== '!' && c !== '?' && c !== '…') return false;
  if (c === '.' && endsWithAbbreviation(text.slice(Math.max(from, k - 24), k))) return false;
  let j = i;
  while (j < text.length && (text[j] === ' ' || text[j] === '\n')) j++;
  return j < text.length && SENTENCE_STARTER.test(text[j]!);
}

/** Where the piece of a paragraph starting at `from` should end: the last sentence end outside quotes. */
function cutInParagraph(text: string, from: number, limit: number): number {
  const quotes = new QuoteState();
  let sentence = -1;
  let space = -1;
  for (let i = from; i < limit; i++) {
    const c = text[i]!;
    if (c === ' ' || c === '\n') {
      if (i > from) space = i;
      if (quotes.closed && i > from && sentenceEndsAt(text, i, from)) sentence = i;
    } else quotes.feed(c);
  }
  if (sentence > from) return sentence;
  if (space > from + (limit - from) / 2) return space;
  return limit;
}

/** A paragraph longer than `max`, cut into pieces of at most `max` characters at sentence ends outside quotes. */
export function splitParagraph(text: string, max: number): string[] {
  const out: string[] = [];
  let start = 0;
  while (text.length - start > max) {
    const cut = cutInParagraph(text, start, start + max);
    const piece = text.slice(start, cut).trim();
    if (piece) out.push(piece);
    start = cut;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

export interface Block {
  text: string;
  /** A good place to start a part (a section heading, the first paragraph of a page). */
  preferBefore?: boolean;
  /** A piece of the same paragraph as the block before (joined to it with a space, not a paragraph break). */
  continues?: boolean;
  /** First and last page the block is printed on, for documents with pages. */
  pages?: [number, number];
}

/** Blocks longer than `max` become sentence pieces, so that no block is longer than a part. */
function boundedBlocks(blocks: Block[], max: number): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    if (b.text.length <= max) {
      out.push(b);
      continue;
    }
    splitParagraph(b.text, max).forEach((text, i) =>
      out.push(i === 0 ? { ...b, text } : { ...b, text, continues: true, preferBefore: false }),
    );
  }
  return out;
}

/**
 * Group blocks into parts of at most `max` characters (paragraph breaks counted). Returns the index of the first
 * block of each part. A cut goes, best first: before a preferred block after a block that closes its quotes, once the
 * part is half full; after any block that closes its quotes; anywhere.
 */
function partStarts(blocks: Block[], max: number): number[] {
  const closed = blocks.map((b) => quotesClosed(b.text));
  const starts = [0];
  let start = 0;
  let size = 0;
  for (let i = 0; i < blocks.length; i++) {
    const len = blocks[i]!.text.length + 2;
    if (i > start && size + len > max) {
      let preferred = -1;
      let clean = -1;
      let filled = size;
      for (let c = i; c > start; c--) {
        if (c < i) filled -= blocks[c]!.text.length + 2;
        if (!closed[c - 1]) continue;
        if (clean < 0) clean = c;
        if (blocks[c]!.preferBefore && filled >= max / 2) {
          preferred = c;
          break;
        }
        if (filled < max / 2) break;
      }
      const cut = preferred > 0 ? preferred : clean > 0 ? clean : i;
      starts.push(cut);
      start = cut;
      size = 0;
      for (let k = cut; k < i; k++) size += blocks[k]!.text.length + 2;
    }
    size += len;
  }
  return starts;
}

export interface BlockGroup {
  text: string;
  /** Index range of the blocks (after long ones were cut) that make up the part. */
  first: number;
  last: number;
}

/** Blocks grouped into part bodies of at most `max` characters. */
export function groupBlocks(input: Block[], max = MAX_PART_CHARS): { blocks: Block[]; parts: BlockGroup[] } {
  const blocks = boundedBlocks(input, max);
  const starts = partStarts(blocks, max);
  const parts = starts.map((first, k) => {
    const end = starts[k + 1] ?? blocks.length;
    const pieces: string[] = [];
    for (let i = first; i < end; i++) {
      const b = blocks[i]!;
      if (i > first) pieces.push(b.continues ? ' ' : '\n\n');
      pieces.push(b.text);
    }
    return { text: pieces.join(''), first, last: end - 1 };
  });
  return { blocks, parts };
}

/** A short line without a sentence's final punctuation: a section heading, a good place to start a part. */
export function looksLikeHeading(paragraph: string): boolean {
  return (
    paragraph.length <= 100 &&
    !paragraph.includes('\n') &&
    /^[\p{Lu}\d]/u.test(paragraph) &&
    !/[.!?,;:"”’»)]$/.test(paragraph)
  );
}

/** The same article as `parts.length` articles, titled "<title> (part i of n)"; a note per part is optional. */
export function asParts(article: IngestedArticle, parts: string[], notes: string[] = []): IngestedArticle[] {
  if (parts.length <= 1) return [{ ...article, body: parts[0] ?? article.body }];
  const n = parts.length;
  return parts.map((body, i) => ({
    ...article,
    title: `${article.title} (part ${i + 1} of ${n})`,
    body,
    origins: { ...article.origins },
    warnings: [
      ...article.warnings,
      `long document split into ${n} parts${notes[i] ? `: this part has ${notes[i]}` : ''}`,
    ],
  }));
}

/** An article whose body is longer than `max` characters, as parts cut at paragraphs (sections preferred). */
export function splitLongArticle(article: IngestedArticle, max = MAX_PART_CHARS): IngestedArticle[] {
  if (article.body.length <= max) return [article];
  const blocks = article.body.split('\n\n').map((text) => ({ text, preferBefore: looksLikeHeading(text) }));
  return asParts(
    article,
    groupBlocks(blocks, max).parts.map((p) => p.text),
  );
}

/**
 * A long document given as normalised paragraphs, as parts. What finishArticle finds at the top of a text (title,
 * byline, dateline, language) comes from the first part's worth of paragraphs, finished as an article; every part
 * shares it.
 */
export function finishInParts(
  draft: Omit<ArticleDraft, 'body'>,
  paragraphs: string[],
  ctx: FinishContext,
  max = MAX_PART_CHARS,
): IngestedArticle[] {
  let headChars = 0;
  let k = 0;
  while (k < paragraphs.length && headChars < max) headChars += paragraphs[k++]!.length + 2;
  const head = finishArticle({ ...draft, body: paragraphs.slice(0, k).join('\n\n') }, ctx);
  const blocks = [...head.body.split('\n\n'), ...paragraphs.slice(k)].map((text) => ({
    text,
    preferBefore: looksLikeHeading(text),
  }));
  return asParts(
    head,
    groupBlocks(blocks, max).parts.map((p) => p.text),
  );
}
