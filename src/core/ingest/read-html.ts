/**
 * HTML reader: main text via @mozilla/readability over linkedom, metadata from meta tags and JSON-LD.
 * Pages a tree cannot take (nested thousands of levels deep, or many megabytes long) are flattened first
 * (flatten-html.ts); Readability is skipped where it would be slow (large, many elements, or deeply nested: its
 * work grows with elements times depth) and the page text minus navigation is used instead.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { MetaField } from '../../shared/model';
import type { IngestedArticle } from './types';
import { finishArticle, normaliseLanguageTag } from './article';
import { parseDateValue } from './dates';
import {
  canonicalCharset,
  decodeText,
  decodeWithLabel,
  encodingWarnings,
  IngestError,
  looksBinary,
} from './decode-text';
import { cleanInline, normaliseBody, paragraphsOf } from './normalise';
import { finishInParts } from './split-into-parts';
import { flattenHtml, measureHtml, type FlatPage } from './flatten-html';
import { splitSiteSuffix } from './header-lines';

/* Minimal structural view of the DOM nodes we walk (linkedom's types are loose). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  parentNode: DomNode | null;
}
export interface DomElement extends DomNode {
  tagName: string;
  getAttribute(name: string): string | null;
  querySelectorAll(sel: string): ArrayLike<DomElement>;
  querySelector(sel: string): DomElement | null;
  remove(): void;
}
export interface DomDocument {
  documentElement: DomElement | null;
  body: DomElement | null;
  head: DomElement | null;
  title: string;
  querySelectorAll(sel: string): ArrayLike<DomElement>;
  querySelector(sel: string): DomElement | null;
}

const MAX_READABILITY_TEXT = 250_000;
const MAX_READABILITY_ELEMENTS = 8_000;
const MAX_READABILITY_DEPTH = 150;
/** Readability's work grows with elements times nesting: a large page (8,000 elements) may nest 50 deep. */
const MAX_READABILITY_WORK = 400_000;
/** Deeper pages are flattened before parsing: the parser slows down sharply past this, and trees recurse. */
const MAX_TREE_DEPTH = 1_000;
/** Longer pages are flattened before parsing: their tree would take too much memory. */
const MAX_TREE_CHARS = 8 * 1024 * 1024;

export const DROP_ALWAYS =
  'script, style, noscript, template, iframe, object, embed, applet, svg, math, canvas, video, audio, source, track, picture, img, map, form, input, button, select, option, textarea, dialog, link, meta, base, frame, frameset';
const DROP_BOILERPLATE =
  'nav, header, footer, aside, menu, figure, figcaption, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [aria-hidden="true"], [hidden], .share, .social, .related, .comments, #comments, .newsletter, .advert, .ad, .ads, .cookie, .breadcrumb, .breadcrumbs';

const BLOCK = new Set(
  'P DIV SECTION ARTICLE MAIN H1 H2 H3 H4 H5 H6 UL OL LI BLOCKQUOTE PRE TABLE THEAD TBODY TFOOT TR DL DT DD ADDRESS HR HEADER FOOTER ASIDE NAV CENTER DETAILS SUMMARY FIGURE FIGCAPTION CAPTION'.split(
    ' ',
  ),
);
const SKIP = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE IFRAME OBJECT EMBED SVG MATH CANVAS VIDEO AUDIO FORM BUTTON SELECT TEXTAREA INPUT FIGCAPTION HEAD TITLE META LINK'.split(
    ' ',
  ),
);

const PULL_QUOTES = '.pullquote, .pull-quote, [class*="pullquote" i], [class*="pull-quote" i], [class*="pullQuote"]';
const READ_MORE_LINE =
  /^(?:read more|read also|also read|related|see also|more on this|watch|listen|recommended)\s*[:|›»-]\s*\S/i;
const BOILERPLATE_LINE =
  /^(?:share|share this( article| story)?|tweet|print|email|e-mail|comments?|\d+ comments?|read more|advertisement|ad|subscribe|sign up|follow us|related|related articles|more from .{1,40}|skip to (?:main )?content|back to top|cookies?|accept( all)?( cookies)?)[.!:…]*$/i;

function toArray<T>(list: ArrayLike<T>): T[] {
  return Array.prototype.slice.call(list) as T[];
}

/**
 * Walk a DOM subtree and produce plain text: blocks become paragraphs, <br> a line break, scripts nothing.
 * Iterative (a stack of steps, not recursion): pages nest deeper than the call stack allows.
 */
export function domToText(root: DomNode, opts: { hrMarker?: string } = {}): string {
  const parts: string[] = [];
  type Step = { node: DomNode; pre: boolean } | { after: string };
  const steps: Step[] = [{ node: root, pre: false }];
  while (steps.length > 0) {
    const step = steps.pop()!;
    if ('after' in step) {
      parts.push(step.after);
      continue;
    }
    const { node, pre } = step;
    if (node.nodeType === 3) {
      const t = node.textContent ?? '';
      parts.push(pre ? t : t.replace(/[ \t\r\n\f]+/g, ' '));
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue; // comments, PIs...
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    if (name === 'BR') {
      parts.push('\n');
      continue;
    }
    if (name === 'HR' && opts.hrMarker) {
      parts.push(`\n\n${opts.hrMarker}\n\n`);
      continue;
    }
    const block = BLOCK.has(name);
    const cell = name === 'TD' || name === 'TH';
    if (block) parts.push('\n\n');
    if (cell) parts.push(' ');
    if (block || cell) steps.push({ after: block ? '\n\n' : ' ' });
    const isPre = pre || name === 'PRE';
    const children = toArray(node.childNodes);
    for (let k = children.length - 1; k >= 0; k--) steps.push({ node: children[k]!, pre: isPre });
  }
  // Spaces around the forced breaks are noise.
  return normaliseBody(parts.join('').replace(/ *\n */g, '\n'));
}

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES = new Set([
  'newsarticle',
  'article',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'blogposting',
  'report',
  'scholarlyarticle',
  'liveblogposting',
]);

function typesOf(o: JsonObject): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t.toLowerCase()];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase());
  return [];
}

function findJsonLdArticle(doc: DomDocument): { obj: JsonObject; type: string } | null {
  const found: { obj: JsonObject; type: string }[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 6 || v == null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v.slice(0, 50)) visit(x, depth + 1);
      return;
    }
    const o = v as JsonObject;
    const t = typesOf(o).find((x) => ARTICLE_TYPES.has(x));
    if (t) found.push({ obj: o, type: (o['@type'] && typeof o['@type'] === 'string' ? o['@type'] : t) as string });
    if (o['@graph']) visit(o['@graph'], depth + 1);
    if (o['mainEntity']) visit(o['mainEntity'], depth + 1);
  };
  for (const s of toArray(
    doc.querySelectorAll('script[type="application/ld+json" i], script[type="application/ld+json"]'),
  )) {
    try {
      visit(JSON.parse(stripCdata(s.textContent ?? '')), 0);
    } catch {
      /* broken JSON-LD is common; ignore it */
    }
  }
  found.sort((a, b) => Number(b.type.toLowerCase().includes('news')) - Number(a.type.toLowerCase().includes('news')));
  return found[0] ?? null;
}

/** JSON-LD wrapped for old XHTML parsers: `//<![CDATA[ … //]]>` or `<![CDATA[ … ]]>`, and HTML comments. */
function stripCdata(t: string): string {
  return t
    .trim()
    .replace(/^(?:\/\/\s*|\/\*\s*)?<!\[CDATA\[/, '')
    .replace(/(?:\/\/\s*|\/\*\s*)?\]\]>(?:\s*\*\/)?$/, '')
    .replace(/^<!--/, '')
    .replace(/-->$/, '')
    .trim();
}

/** A logo, site-name or section heading is not the headline: the first h1 outside page furniture that is not. */
function headlineH1(doc: DomDocument, siteName: string | null, titleTag: string | null): string | null {
  const norm = (x: string) => cleanInline(x).toLowerCase();
  const h1s = toArray(doc.querySelectorAll('h1'))
    .map((el) => ({ el, text: cleanInline(el.textContent ?? '') }))
    .filter((h) => h.text.length > 0);
  const inFurniture = (el: DomElement): boolean => {
    for (let n: DomNode | null = el; n && n.nodeType === 1; n = n.parentNode) {
      const e = n as DomElement;
      if (e !== el && /^(?:HEADER|NAV|FOOTER|ASIDE)$/.test(e.tagName) && !e.parentNode?.nodeName.match(/ARTICLE/i))
        return true;
      const cls = `${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''} ${e.getAttribute('role') ?? ''}`;
      if (
        /\b(?:logo|brand|site-?(?:title|name)|masthead|banner|navigation|section-?(?:title|name)|kicker)\b/i.test(cls)
      )
        return true;
      if (e.tagName === 'A' && /home/i.test(e.getAttribute('rel') ?? '')) return true;
    }
    return false;
  };
  const t = titleTag ? norm(titleTag) : '';
  // The h1 the <title> starts with is the headline, wherever it sits.
  const inTitle = h1s.find((h) => t && h.text.length >= 12 && t.startsWith(norm(h.text)));
  if (inTitle) return inTitle.text;
  const real = h1s.filter(
    (h) => !inFurniture(h.el) && (!siteName || norm(h.text) !== norm(siteName)) && h.text.split(/\s+/).length >= 3,
  );
  const inArticle = real.find((h) => {
    for (let n: DomNode | null = h.el.parentNode; n; n = n.parentNode)
      if (/^(?:ARTICLE|MAIN)$/.test(n.nodeName)) return true;
    return false;
  });
  return (inArticle ?? real[0])?.text ?? null;
}

/** A date in an article's address: /2025/03/04/, /2025-03-04-, /20250304/. */
function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const m =
    /\/((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?=[/-]|$)/.exec(url) ??
    /[/_-]((?:19|20)\d\d)(\d\d)(\d\d)(?=[/_.-]|$)/.exec(url);
  return m ? parseDateValue(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`) : null;
}

function jsonText(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) {
    const names = v.map(jsonText).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : null;
  }
  if (v && typeof v === 'object') {
    const o = v as JsonObject;
    return jsonText(o['name']) ?? jsonText(o['@value']) ?? jsonText(o['url']) ?? jsonText(o['@id']);
  }
  return null;
}

function safeUrl(u: string | null | undefined): string | null {
  if (!u) return null;
  const t = u.trim();
  return /^https?:\/\/[^\s<>"]+$/i.test(t) ? t : null;
}

interface Candidate {
  value: string | null | undefined;
  origin: string;
}

function pick(
  cands: Candidate[],
  accept: (v: string) => string | null = (v) => cleanInline(v) || null,
): { value: string; origin: string } | null {
  for (const c of cands) {
    if (!c.value) continue;
    const v = accept(c.value);
    if (v) return { value: v, origin: c.origin };
  }
  return null;
}

/** "Headline | The Meridian Ledger" → "Headline" when the tail is the site name or looks like one. */
function stripSiteSuffix(title: string, site: string | null): string {
  const parts = title.split(/\s+[|–—:•·]\s+|\s+-\s+/);
  if (parts.length < 2) return title;
  const last = (parts[parts.length - 1] ?? '').trim();
  const first = (parts[0] ?? '').trim();
  if (site && last.toLowerCase() === site.toLowerCase())
    return title.slice(0, title.lastIndexOf(last)).replace(/[\s|–—:•·-]+$/, '');
  if (site && first.toLowerCase() === site.toLowerCase()) return title.slice(first.length).replace(/^[\s|–—:•·-]+/, '');
  if (last.length <= 40 && first.length >= 15 && parts.length === 2) return first;
  return title;
}

export interface HtmlReadOptions {
  name: string;
  format?: string;
  /** Base origin label prefix, e.g. "html" or "email html". */
  originPrefix?: string;
}

/** The page flattened (furniture left out, unless that leaves no text at all). */
function flatPage(html: string): FlatPage {
  const flat = flattenHtml(html);
  return flat.blocks.some((b) => />[^<]*[^\s<]/.test(b)) ? flat : flattenHtml(html, { keepFurniture: true });
}

const FLAT_CHUNK_CHARS = 256 * 1024;

/**
 * The paragraphs of a flattened page's blocks, parsed a few hundred kilobytes at a time: never one tree, nor one
 * string, for all of it. The blocks are let go as they are read.
 */
function flatParagraphs(flat: FlatPage): string[] {
  const { blocks } = flat;
  flat.blocks = [];
  const out: string[] = [];
  for (let i = 0; i < blocks.length;) {
    const chunk: string[] = [];
    for (let size = 0; i < blocks.length && size < FLAT_CHUNK_CHARS; i++) {
      chunk.push(blocks[i]!);
      size += blocks[i]!.length;
    }
    const { document } = parseHTML(`<!DOCTYPE html><html><body>${chunk.join('')}</body></html>`) as unknown as {
      document: DomDocument;
    };
    if (document.body) out.push(...paragraphsOf(domToText(document.body)));
  }
  return out;
}

/** Read an HTML page: one article, or parts when it is long. */
export function readHtmlString(html: string, opts: HtmlReadOptions): IngestedArticle[] {
  const prefix = opts.originPrefix ?? 'html';
  const shape = measureHtml(html);
  const flattened = shape.depth > MAX_TREE_DEPTH || html.length > MAX_TREE_CHARS;
  const flat = flattened ? flatPage(html) : null;
  // A flattened page's metadata comes from its head and the start of its body (a heading, a <time>).
  const source = flat
    ? flat.head.replace('<body></body>', `<body>${flat.blocks.slice(0, 100).join('')}</body>`)
    : /<html[\s>]/i.test(html)
      ? html
      : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  // Flattened, a long page is no longer needed: let it go now rather than when reading ends.
  // eslint-disable-next-line no-useless-assignment -- the point is to drop the reference
  if (flat) html = '';
  const { document } = parseHTML(source) as unknown as { document: DomDocument };
  if (!document.documentElement) throw new IngestError('HTML could not be parsed');

  const meta = new Map<string, string>();
  for (const m of toArray(document.querySelectorAll('meta'))) {
    const key = (
      m.getAttribute('property') ??
      m.getAttribute('name') ??
      m.getAttribute('itemprop') ??
      m.getAttribute('http-equiv') ??
      ''
    )
      .trim()
      .toLowerCase();
    const content = m.getAttribute('content');
    if (key && content && !meta.has(key)) meta.set(key, content);
  }
  const mv = (k: string): Candidate => ({ value: meta.get(k), origin: `${prefix} meta ${k}` });
  const ld = findJsonLdArticle(document);
  const ldOrigin = ld ? `json-ld ${ld.type}` : 'json-ld';
  const lv = (k: string): Candidate => ({ value: ld ? jsonText(ld.obj[k]) : null, origin: ldOrigin });

  const origins: Partial<Record<MetaField, string>> = {};
  const warnings: string[] = [];

  const site = pick([
    mv('og:site_name'),
    { value: ld ? jsonText(ld.obj['publisher']) : null, origin: ldOrigin },
    mv('application-name'),
    mv('citation_journal_title'),
    mv('dc.publisher'),
    mv('publisher'),
  ]);
  const titleTag = document.querySelector('title')?.textContent ?? null;
  // No site named anywhere: the tail of "Headline | Site Name" in <title> is the outlet.
  const titleSite = !site && titleTag ? splitSiteSuffix(cleanInline(titleTag)).site : null;
  if (titleSite) {
    origins.source = `${prefix} title suffix`;
  }
  const siteName = site?.value ?? titleSite;
  const h1 = headlineH1(document, siteName, titleTag);
  const title = pick(
    [
      mv('og:title'),
      mv('twitter:title'),
      mv('citation_title'),
      mv('dc.title'),
      lv('headline'),
      {
        value: document.querySelector('[itemprop="headline"]:not(meta)')?.textContent,
        origin: `${prefix} microdata headline`,
      },
      { value: h1, origin: `${prefix} h1` },
      { value: titleTag ? stripSiteSuffix(cleanInline(titleTag), siteName) : null, origin: `${prefix} title` },
    ],
    // Meta titles sometimes carry the site name too: drop it only when it is exactly the site's name.
    (v) => {
      const t = cleanInline(v);
      if (!t) return null;
      if (!siteName) return t;
      const parts = t.split(/\s+[|–—•·]\s+|\s+-\s+/);
      const last = (parts[parts.length - 1] ?? '').trim().toLowerCase();
      return parts.length > 1 && last === siteName.toLowerCase() ? stripSiteSuffix(t, siteName) : t;
    },
  );
  // A <time> that says "updated" is a modification date: the publication date wins over it.
  const times = toArray(document.querySelectorAll('time[datetime]'));
  const isUpdate = (el: DomElement): boolean => {
    const before = (el as unknown as { previousSibling: DomNode | null }).previousSibling?.textContent ?? '';
    return /updat|modif/i.test(
      `${el.getAttribute('itemprop') ?? ''} ${el.getAttribute('class') ?? ''} ${before.slice(-40)}`,
    );
  };
  const timeEl =
    document.querySelector('time[itemprop="datePublished"], time[pubdate][datetime]') ??
    times.find((el) => !isUpdate(el)) ??
    null;
  const modifiedTime = times.find(isUpdate) ?? null;
  const urlForDate =
    meta.get('og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const date = pick(
    [
      mv('article:published_time'),
      lv('datePublished'),
      mv('og:published_time'),
      mv('datepublished'),
      mv('citation_publication_date'),
      mv('citation_date'),
      mv('dc.date.issued'),
      mv('dc.date'),
      mv('dcterms.date'),
      mv('date'),
      mv('pubdate'),
      mv('publishdate'),
      mv('publish-date'),
      mv('parsely-pub-date'),
      mv('sailthru.date'),
      {
        value: document.querySelector('[itemprop="datePublished"]:not(meta)')?.getAttribute('content'),
        origin: `${prefix} microdata datePublished`,
      },
      { value: timeEl?.getAttribute('datetime'), origin: `${prefix} time datetime` },
      lv('dateCreated'),
      { value: dateFromUrl(urlForDate), origin: `${prefix} date in address` },
      {
        value: document.querySelector('.byline, .dateline, .article-date, .published, .date, [itemprop="author"]')
          ?.textContent,
        origin: `${prefix} byline element`,
      },
      mv('article:modified_time'),
      lv('dateModified'),
      mv('og:updated_time'),
      { value: modifiedTime?.getAttribute('datetime'), origin: `${prefix} time datetime (modified)` },
    ],
    (v) => parseDateValue(v),
  );
  if (date && /modified|updated/i.test(date.origin)) warnings.push('only a modification date found');
  const byline = pick(
    [
      mv('author'),
      { value: ld ? jsonText(ld.obj['author']) : null, origin: ldOrigin },
      mv('article:author'),
      mv('citation_author'),
      mv('dc.creator'),
      mv('byl'),
      {
        value: document.querySelector('[rel="author"], [itemprop="author"], .byline, .author')?.textContent,
        origin: `${prefix} byline element`,
      },
    ],
    (v) => {
      // "By Ada Finch | 27 January 2025" → "Ada Finch"
      const t = (
        cleanInline(v)
          .replace(/^by\s+/i, '')
          .split(/\s+[|•·]\s+|\s+[-–—]\s+(?=.*\d)/)[0] ?? ''
      ).trim();
      return t && !/^https?:/i.test(t) && !/^@/.test(t) && t.length <= 200 ? t : null;
    },
  );
  const url = pick(
    [
      mv('og:url'),
      {
        value: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
        origin: `${prefix} link canonical`,
      },
      lv('url'),
      { value: ld ? jsonText(ld.obj['mainEntityOfPage']) : null, origin: ldOrigin },
      mv('twitter:url'),
      mv('citation_public_url'),
    ],
    safeUrl,
  );
  const language = pick(
    [
      { value: document.documentElement.getAttribute('lang'), origin: `${prefix} lang` },
      mv('content-language'),
      mv('og:locale'),
      lv('inLanguage'),
      mv('citation_language'),
      mv('dc.language'),
    ],
    (v) => normaliseLanguageTag(v.replace(/_/g, '-')),
  );

  // Body: drop everything that is never text, then let Readability find the main content.
  for (const el of toArray(document.querySelectorAll(DROP_ALWAYS))) el.remove();
  for (const el of toArray(document.querySelectorAll('a[href^="javascript:" i], a[href^="javascript:"]'))) el.remove();
  // Pull quotes repeat a quote from the story: keeping them would count the quote twice.
  for (const el of toArray(document.querySelectorAll(PULL_QUOTES))) el.remove();
  const flatParas = flat ? flatParagraphs(flat) : null;
  const fullBody = flatParas ? '' : document.body ? domToText(document.body) : '';
  let body = '';
  let readabilityByline: string | null = null;
  // Readability's scoring grows faster than linearly with page size (seconds for a 1 MB page) and with nesting
  // (40 s for 2,000 stray unclosed tags): on such pages, use the page text minus boilerplate instead.
  const elementCount = document.querySelectorAll('*').length;
  const tooDeep = shape.depth > MAX_READABILITY_DEPTH || shape.elements * shape.depth > MAX_READABILITY_WORK;
  const tooLarge =
    flattened || fullBody.length > MAX_READABILITY_TEXT || elementCount > MAX_READABILITY_ELEMENTS || tooDeep;
  if (flattened)
    warnings.push(
      `page too ${shape.depth > MAX_TREE_DEPTH ? `deeply nested (${shape.depth} levels)` : 'large'} to lay out: read as flat text minus navigation`,
    );
  else if (tooDeep)
    warnings.push(
      `page too deeply nested for main-text detection (${shape.depth} levels): used the page text minus navigation`,
    );
  else if (tooLarge) warnings.push('page too large for main-text detection: used the page text minus navigation');
  if (!tooLarge)
    try {
      const reader = new Readability(document as unknown as Document, { charThreshold: 200, keepClasses: false });
      const result = reader.parse();
      if (result?.content) {
        const frag = parseHTML(`<!DOCTYPE html><html><body>${result.content}</body></html>`) as unknown as {
          document: DomDocument;
        };
        for (const el of toArray(frag.document.querySelectorAll(DROP_ALWAYS))) el.remove();
        // Captions and asides interrupt the story.
        for (const el of toArray(
          frag.document.querySelectorAll(
            'figure, figcaption, aside, .pullquote, .pull-quote, [class*="pullquote"], [class*="pull-quote"]',
          ),
        ))
          el.remove();
        if (frag.document.body) body = domToText(frag.document.body);
        readabilityByline = result.byline ?? null;
      }
    } catch {
      body = '';
    }
  if (!flattened && body.length < 200 && body.length < fullBody.length * 0.5) {
    // Readability gave nothing useful (short page, odd markup): take the body minus obvious boilerplate.
    const again = parseHTML(source) as unknown as { document: DomDocument };
    for (const el of toArray(again.document.querySelectorAll(DROP_ALWAYS))) el.remove();
    for (const el of toArray(again.document.querySelectorAll(DROP_BOILERPLATE))) el.remove();
    const main = again.document.querySelector('article') ?? again.document.querySelector('main') ?? again.document.body;
    body = main ? domToText(main) : '';
    if (!body) body = fullBody;
  }

  // Drop a first paragraph that repeats the title or the byline, and stray widget labels anywhere.
  const paras = (flatParas ?? paragraphsOf(body)).filter(
    (p) => !BOILERPLATE_LINE.test(p) && !(p.length < 200 && READ_MORE_LINE.test(p)),
  );
  const norm = (s: string): string =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  while (paras.length > 1) {
    const p0 = paras[0] ?? '';
    if ((title && norm(p0) === norm(title.value)) || (h1 && norm(p0) === norm(h1))) paras.shift();
    else break;
  }

  const setO = (f: MetaField, r: { origin: string } | null): void => {
    if (r) origins[f] = r.origin;
  };
  setO('title', title);
  setO('date', date);
  setO('source', site);
  setO('url', url);
  setO('language', language);
  let bylineValue = byline?.value ?? null;
  if (byline) setO('byline', byline);
  else if (readabilityByline && cleanInline(readabilityByline).length <= 120) {
    bylineValue = cleanInline(readabilityByline).replace(/^by\s+/i, '');
    origins.byline = `${prefix} byline (readability)`;
  }

  const draft = {
    title: title?.value ?? null,
    date: date?.value ?? null,
    source: site?.value ?? titleSite,
    byline: bylineValue,
    url: url?.value ?? null,
    language: language?.value ?? null,
    origins,
    warnings,
  };
  const ctx = { fileName: opts.name, format: opts.format ?? 'html' };
  if (flatParas) return finishInParts(draft, paras, ctx);
  return [finishArticle({ ...draft, body: paras.join('\n\n') }, ctx)];
}

/** Find the charset an HTML file declares in its first bytes. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m && m[1] ? m[1].toLowerCase() : null;
}

/**
 * Decode a page: a BOM wins, then valid UTF-8 (a page declaring another charset but made of valid UTF-8 with
 * non-ASCII text was re-saved as UTF-8: believing the label would give mojibake), then the declared charset, then
 * detection.
 */
function decodeHtml(bytes: Uint8Array, warnings: string[]): string {
  const decoded = decodeText(bytes);
  let text = decoded.text;
  const cs = declaredCharset(bytes);
  const declared = cs ? canonicalCharset(cs) : null;
  if (!decoded.hadBom && decoded.encoding !== 'utf-8' && declared && declared !== 'utf-8') {
    text = decodeWithLabel(bytes, declared) ?? text;
  } else if (decoded.encoding === 'utf-8' && declared && declared !== 'utf-8' && /[^\p{ASCII}]/u.test(text)) {
    warnings.push(`declares ${cs} but is valid UTF-8: read as UTF-8`);
  } else warnings.push(...encodingWarnings(decoded));
  if (looksBinary(text)) throw new IngestError('binary data, not HTML');
  return text;
}

export function readHtml(name: string, bytes: Uint8Array): IngestedArticle[] {
  // No local holds the decoded page: a long one can go as soon as it is flattened.
  const warnings: string[] = [];
  const articles = readHtmlString(decodeHtml(bytes, warnings), { name });
  for (const a of articles) a.warnings.push(...warnings.filter((w) => !a.warnings.includes(w)));
  return articles;
}
