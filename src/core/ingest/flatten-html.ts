/**
 * HTML read in one linear pass, without building a tree, for pages a DOM cannot take: nested thousands of levels
 * deep (stray unclosed tags, generated markup) or many megabytes long.
 *   measureHtml(html)   deepest nesting and number of elements, with the common implied end tags
 *   flattenHtml(html)   the page without depth: its metadata tags (title, meta, canonical link, JSON-LD,
 *                       <html lang>) as a head-only page, and its body text as a list of flat <p> and <h1>–<h6>
 *                       blocks (with <br> and <time>); elements that are never text and page furniture (nav, header,
 *                       footer, aside, role=navigation, .share …) left out
 * Text and entities are copied as they are: the DOM parser that reads the flat page decodes them.
 */

const VOID = new Set(
  'area base br col embed hr img input link meta param source track wbr keygen frame basefont bgsound'.split(' '),
);
/** Elements whose content is text up to their end tag, never markup. */
const RAW_TEXT = new Set('script style textarea title xmp iframe noembed noframes noscript plaintext'.split(' '));
const NEVER_TEXT = new Set(
  'script style noscript template iframe object embed applet svg math canvas video audio picture map form button select textarea dialog frameset'.split(
    ' ',
  ),
);
const FURNITURE = new Set('nav header footer aside menu figure figcaption'.split(' '));
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary']);
const FURNITURE_CLASSES = new Set(
  'share social related comments newsletter advert ad ads cookie breadcrumb breadcrumbs'.split(' '),
);
const BLOCK = new Set(
  'p div section article main h1 h2 h3 h4 h5 h6 ul ol li blockquote pre table thead tbody tfoot tr dl dt dd address hr header footer aside nav center details summary figure figcaption caption body html'.split(
    ' ',
  ),
);
/** Start tags that close an open element of these kinds first (the parser's implied end tags, roughly). */
const CLOSES: Record<string, readonly string[]> = {
  li: ['li'],
  dt: ['dt', 'dd'],
  dd: ['dt', 'dd'],
  tr: ['tr', 'td', 'th'],
  td: ['td', 'th'],
  th: ['td', 'th'],
  option: ['option'],
};
/** How far down the open elements an end tag is looked for (further, it is taken for a stray tag). */
const END_TAG_REACH = 64;

type Token =
  | { kind: 'text'; start: number; end: number }
  | { kind: 'start'; name: string; start: number; end: number; selfClosing: boolean }
  | { kind: 'end'; name: string };

const NAME = /[A-Za-z][^\s/>]*/y;

/** Index just past the `>` that ends the tag whose attributes start at `i` (quotes respected). */
function tagEnd(html: string, i: number): number {
  let quote = '';
  for (; i < html.length; i++) {
    const c = html[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return html.length;
}

/** Tokens of an HTML string: text runs, start tags and end tags (comments, doctypes and raw text handled). */
function* tokens(html: string): Generator<Token> {
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      yield { kind: 'text', start: i, end: html.length };
      return;
    }
    if (lt > i) yield { kind: 'text', start: i, end: lt };
    const next = html[lt + 1] ?? '';
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
    } else if (next === '!' || next === '?') {
      const close = html.indexOf('>', lt);
      i = close < 0 ? html.length : close + 1;
    } else if (next === '/') {
      NAME.lastIndex = lt + 2;
      const m = NAME.exec(html);
      i = tagEnd(html, lt + 2);
      if (m) yield { kind: 'end', name: m[0].toLowerCase() };
    } else {
      NAME.lastIndex = lt + 1;
      const m = NAME.exec(html);
      if (!m) {
        yield { kind: 'text', start: lt, end: lt + 1 }; // a lone "<" is text
        i = lt + 1;
        continue;
      }
      const name = m[0].toLowerCase();
      const end = tagEnd(html, lt + 1 + m[0].length);
      const selfClosing = html[end - 2] === '/';
      yield { kind: 'start', name, start: lt, end, selfClosing };
      i = end;
      if (RAW_TEXT.has(name) && !selfClosing) {
        const close = new RegExp(`</${name}[\\s/>]`, 'ig');
        close.lastIndex = end;
        const found = close.exec(html);
        const stop = found ? found.index : html.length;
        if (stop > end) yield { kind: 'text', start: end, end: stop };
        if (found) {
          yield { kind: 'end', name };
          i = tagEnd(html, found.index + 2);
        } else i = html.length;
      }
    }
  }
}

/** Open elements, with the implied end tags a parser would add. */
class OpenElements {
  readonly names: string[] = [];

  open(name: string): void {
    const closes = CLOSES[name];
    if (closes) while (closes.includes(this.top())) this.names.pop();
    else if (BLOCK.has(name) && this.top() === 'p') this.names.pop();
    this.names.push(name);
  }

  close(name: string): void {
    const stop = Math.max(0, this.names.length - END_TAG_REACH);
    for (let k = this.names.length - 1; k >= stop; k--) {
      if (this.names[k] === name) {
        this.names.length = k;
        return;
      }
    }
  }

  top(): string {
    return this.names[this.names.length - 1] ?? '';
  }
}

export interface HtmlShape {
  depth: number;
  elements: number;
}

/** How deep the page nests and how many elements it has. */
export function measureHtml(html: string): HtmlShape {
  const open = new OpenElements();
  let depth = 0;
  let elements = 0;
  for (const t of tokens(html)) {
    if (t.kind === 'start') {
      elements++;
      if (VOID.has(t.name) || t.selfClosing) continue;
      open.open(t.name);
      if (open.names.length > depth) depth = open.names.length;
    } else if (t.kind === 'end') open.close(t.name);
  }
  return { depth, elements };
}

const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const body = tag.replace(/^<[^\s/>]+/, '').replace(/\/?>$/, '');
  for (const m of body.matchAll(ATTRIBUTE)) {
    const key = m[1]!.toLowerCase();
    if (!out.has(key)) out.set(key, m[2] ?? m[3] ?? m[4] ?? '');
  }
  return out;
}

function isFurniture(name: string, tag: string): boolean {
  if (FURNITURE.has(name)) return true;
  if (!/\b(?:class|id|role|aria-hidden|hidden)\b/i.test(tag)) return false;
  const a = attributes(tag);
  if (a.has('hidden') || a.get('aria-hidden') === 'true') return true;
  if (FURNITURE_ROLES.has((a.get('role') ?? '').toLowerCase()) || a.get('id') === 'comments') return true;
  const classes = (a.get('class') ?? '').split(/\s+/);
  return classes.some((c) => FURNITURE_CLASSES.has(c) || /pull-?quote/i.test(c));
}

const escapeAttribute = (v: string): string => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export interface FlatPage {
  /** An HTML page with the metadata tags in its <head> and an empty body. */
  head: string;
  /** The body's text blocks in order: each a flat <p>…</p> or <hN>…</hN> (with <br> and <time> inside). */
  blocks: string[];
}

/**
 * The page flattened (see the header). With `keepFurniture`, only elements that are never text are left out: for
 * pages whose furniture swallows everything (a <nav> never closed).
 */
export function flattenHtml(html: string, options: { keepFurniture?: boolean } = {}): FlatPage {
  const head: string[] = [];
  const blocks: string[] = [];
  let lang = '';
  let skipping: { name: string; depth: number } | null = null;
  let block = null as { name: string; parts: string[] } | null; // the <p> or heading being written
  let capture: { name: string; parts: string[] } | null = null; // title or JSON-LD being copied to <head>
  const openBlock = (name: string): string[] => {
    block ??= { name, parts: [`<${name}>`] };
    return block.parts;
  };
  const closeBlock = (): void => {
    if (block) blocks.push(`${block.parts.join('')}</${block.name}>`);
    block = null;
  };
  for (const t of tokens(html)) {
    if (t.kind === 'text') {
      const text = html.slice(t.start, t.end);
      if (capture) capture.parts.push(text);
      else if (!skipping && /\S/.test(text)) openBlock('p').push(text === '<' ? '&lt;' : text);
      continue;
    }
    if (t.kind === 'end') {
      if (capture && capture.name === t.name) {
        head.push(capture.parts.join(''), `</${t.name}>`);
        capture = null;
      } else if (skipping) {
        if (t.name === skipping.name && --skipping.depth === 0) skipping = null;
      } else if (t.name === 'time') block?.parts.push('</time>');
      else if (BLOCK.has(t.name)) closeBlock();
      continue;
    }
    const tag = html.slice(t.start, t.end);
    const { name } = t;
    if (name === 'meta' || (name === 'link' && /canonical/i.test(tag))) {
      head.push(tag);
      continue;
    }
    if (name === 'html' && !lang) lang = attributes(tag).get('lang') ?? '';
    if (!t.selfClosing && (name === 'title' || (name === 'script' && /ld\+json/i.test(tag)))) {
      if (!capture) {
        capture = { name, parts: [] };
        head.push(name === 'title' ? '<title>' : '<script type="application/ld+json">');
      }
      continue;
    }
    if (skipping) {
      if (name === skipping.name && !t.selfClosing) skipping.depth++;
      continue;
    }
    const leaveOut =
      NEVER_TEXT.has(name) ||
      (name === 'a' && /href\s*=\s*["']?\s*javascript:/i.test(tag)) ||
      (!options.keepFurniture && isFurniture(name, tag));
    if (leaveOut) {
      if (!VOID.has(name) && !t.selfClosing) skipping = { name, depth: 1 };
      continue;
    }
    if (name === 'br') block?.parts.push('<br>');
    else if (name === 'time') {
      const datetime = attributes(tag).get('datetime');
      openBlock('p').push(datetime ? `<time datetime="${escapeAttribute(datetime)}">` : '<time>');
    } else if (/^h[1-6]$/.test(name)) {
      closeBlock();
      openBlock(name);
    } else if (name === 'td' || name === 'th') block?.parts.push(' ');
    else if (BLOCK.has(name)) closeBlock();
  }
  if (capture) head.push(capture.parts.join(''), `</${capture.name}>`);
  closeBlock();
  const htmlTag = lang ? `<html lang="${escapeAttribute(lang)}">` : '<html>';
  return { head: `<!DOCTYPE html>${htmlTag}<head>${head.join('')}</head><body></body></html>`, blocks };
}
