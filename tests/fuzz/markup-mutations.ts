/**
 * Format-aware mutations for HTML and XML (web pages, the HTML part of MHTML, the XML inside .docx).
 *   dropClosing      closing tags removed: every element left open
 *   repeatOpen       one opening tag repeated hundreds of times (unbalanced)
 *   unclosedRaw      <script>, <style>, <textarea>, <!--, <![CDATA[ … that never end
 *   deepNesting      thousands of nested elements around the text
 *   brokenEntities   numeric references out of range, unterminated and unknown named ones
 *   attributeNoise   huge, unquoted, duplicated attributes
 *   swapTags         tag names exchanged, closers for elements never opened
 *   charsetNoise     (HTML) a <meta charset> naming UTF-16, an unknown label or nothing
 *   jsonLdNoise      (HTML) JSON-LD blocks that are broken, deep or have the wrong types
 *   entityBomb       (XML) nested entity definitions ("billion laughs") referenced in the text
 *   namespaceNoise   (XML) undeclared prefixes, wrong namespaces, processing instructions
 */
import type { Rng } from './prng';

export type MarkupDialect = 'html' | 'xml';

const TAG = /<\/?([A-Za-z][\w:.-]*)[^<>]*>/g;
/** Most characters one mutation adds, so stacked mutations of large inputs stay a few megabytes. */
const GROWTH_LIMIT = 4_000_000;
const HTML_TAGS = [
  'div',
  'p',
  'article',
  'main',
  'section',
  'table',
  'tr',
  'td',
  'ul',
  'li',
  'span',
  'a',
  'h1',
  'b',
  'font',
  'time',
];
const XML_TAGS = [
  'w:p',
  'w:r',
  'w:t',
  'w:tbl',
  'w:tr',
  'w:tc',
  'w:hyperlink',
  'w:sdt',
  'w:body',
  'dc:title',
  'cp:coreProperties',
];
const RAW_OPENERS_HTML = [
  '<script>',
  '<style>',
  '<textarea>',
  '<title>',
  '<!--',
  '<![CDATA[',
  '<xmp>',
  '<noscript>',
  '<template>',
  '<svg><foreignObject>',
  '<math><mi>',
  '<iframe>',
  '<plaintext>',
];
const RAW_OPENERS_XML = ['<!--', '<![CDATA[', '<?xml ', '<!DOCTYPE w [', '<w:t xml:space="preserve">', '<'];
const ENTITIES = [
  '&#0;',
  '&#xD800;',
  '&#x110000;',
  '&#99999999999999;',
  '&#;',
  '&#x;',
  '&amp',
  '&nbsp',
  '&bogus;',
  '&lt',
  '&#65',
  '&',
  '&#x1F600;',
];
const CHARSETS = [
  'utf-16',
  'utf-16be',
  'x-user-defined',
  'bogus',
  '',
  'iso-2022-jp',
  'shift_jis',
  'windows-1252',
  'utf-7',
  'replacement',
];

function tagPositions(text: string): { start: number; end: number; name: string; closing: boolean }[] {
  const out: { start: number; end: number; name: string; closing: boolean }[] = [];
  for (const m of text.matchAll(TAG)) {
    out.push({ start: m.index, end: m.index + m[0].length, name: m[1]!, closing: m[0][1] === '/' });
    if (out.length >= 20_000) break;
  }
  return out;
}

function insertAt(text: string, at: number, piece: string): string {
  return text.slice(0, at) + piece + text.slice(at);
}

/** A position just after a random tag (or anywhere when there are none). */
function somewhere(text: string, rng: Rng): number {
  const tags = tagPositions(text);
  return tags.length > 0 ? rng.pick(tags).end : rng.below(text.length + 1);
}

function entityBomb(rng: Rng): { doctype: string; ref: string } {
  const levels = rng.int(3, 9);
  const defs = ['<!ENTITY l0 "lolololololololololo">'];
  for (let i = 1; i < levels; i++) defs.push(`<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`);
  return { doctype: `<!DOCTYPE w [${defs.join('')}]>`, ref: `&l${levels - 1};` };
}

function jsonLd(rng: Rng): string {
  const depth = rng.logInt(1, 5000);
  const bodies = [
    '{"@type":"NewsArticle","headline":',
    '{"@type":["NewsArticle",null],"headline":{"@value":[1,2]},"datePublished":"2024-02-30T99:99"}',
    '[' + '{"@graph":['.repeat(depth) + ']}'.repeat(depth) + ']',
    '{"@type":"NewsArticle","articleBody":' +
      JSON.stringify('x'.repeat(rng.logInt(1, 100_000))) +
      ',"datePublished":-1e300}',
    '{"@type":"NewsArticle","author":{"name":{"name":{"name":null}}},"publisher":[[[]]],"dateCreated":true}',
    '</script><script>',
  ];
  return `<script type="application/ld+json">${rng.pick(bodies)}</script>`;
}

export function mutateMarkup(text: string, rng: Rng, dialect: MarkupDialect): { text: string; note: string } {
  const names = dialect === 'html' ? HTML_TAGS : XML_TAGS;
  const ops = [
    'dropClosing',
    'repeatOpen',
    'unclosedRaw',
    'deepNesting',
    'brokenEntities',
    'attributeNoise',
    'swapTags',
  ];
  if (dialect === 'html') ops.push('charsetNoise', 'jsonLdNoise');
  else ops.push('entityBomb', 'namespaceNoise');
  const op = rng.pick(ops);
  switch (op) {
    case 'dropClosing': {
      const share = rng.next();
      let n = 0;
      const out = text.replace(TAG, (m) => (m[1] === '/' && rng.next() < share ? (n++, '') : m));
      return { text: out, note: `dropped ${n} closing tags` };
    }
    case 'repeatOpen': {
      const tags = tagPositions(text).filter((t) => !t.closing);
      const tag = tags.length > 0 ? rng.pick(tags) : null;
      const open = tag ? text.slice(tag.start, tag.end) : `<${rng.pick(names)}>`;
      const n = Math.max(2, Math.min(rng.logInt(2, 3000), Math.floor(GROWTH_LIMIT / open.length)));
      return {
        text: insertAt(text, somewhere(text, rng), open.repeat(n)),
        note: `${open.slice(0, 30)} x${n} unclosed`,
      };
    }
    case 'unclosedRaw': {
      const opener = rng.pick(dialect === 'html' ? RAW_OPENERS_HTML : RAW_OPENERS_XML);
      return { text: insertAt(text, somewhere(text, rng), opener), note: `unclosed ${opener}` };
    }
    case 'deepNesting': {
      const n = rng.logInt(10, 12_000);
      const name = rng.pick(names);
      const at = somewhere(text, rng);
      const closed = rng.chance(0.5);
      const wrapped = `<${name}>`.repeat(n) + 'deep text' + (closed ? `</${name}>`.repeat(n) : '');
      return { text: insertAt(text, at, wrapped), note: `${n} nested <${name}>${closed ? '' : ' never closed'}` };
    }
    case 'brokenEntities': {
      let out = text;
      const n = rng.int(1, 200);
      for (let i = 0; i < n; i++) out = insertAt(out, rng.below(out.length + 1), rng.pick(ENTITIES));
      return { text: out, note: `${n} broken entities` };
    }
    case 'attributeNoise': {
      const value = rng.pick([
        '"',
        "'",
        '="',
        ' x=y'.repeat(rng.logInt(1, 2000)),
        `"${'a'.repeat(rng.logInt(1, 500_000))}"`,
        '\u0000',
        '>>',
      ]);
      let n = 0;
      let added = 0;
      const every = rng.int(1, 5);
      const out = text.replace(/<([A-Za-z][\w:.-]*)/g, (m) => {
        if (n++ % every !== 0 || added > GROWTH_LIMIT) return m;
        added += value.length;
        return `${m} data-x=${value}`;
      });
      return { text: out, note: `attribute ${JSON.stringify(value.slice(0, 12))}… on every ${every}` };
    }
    case 'swapTags': {
      let n = 0;
      const out = text.replace(/<(\/?)([A-Za-z][\w:.-]*)/g, (m, slash: string) =>
        rng.chance(0.2) ? (n++, `<${slash || (rng.chance(0.3) ? '/' : '')}${rng.pick(names)}`) : m,
      );
      return { text: out, note: `swapped ${n} tag names` };
    }
    case 'charsetNoise': {
      const cs = rng.pick(CHARSETS);
      const meta = rng.chance(0.5)
        ? `<meta charset="${cs}">`
        : `<meta http-equiv="Content-Type" content="text/html; charset=${cs}">`;
      const cleaned = text.replace(/<meta[^>]*charset[^>]*>/gi, '');
      return { text: insertAt(cleaned, somewhere(cleaned, rng), meta), note: `charset "${cs}"` };
    }
    case 'jsonLdNoise':
      return { text: insertAt(text, somewhere(text, rng), jsonLd(rng)), note: 'JSON-LD noise' };
    case 'entityBomb': {
      const bomb = entityBomb(rng);
      const decl = /^\s*<\?xml[^>]*\?>/.exec(text);
      const head = decl ? decl[0] : '';
      const rest = text.slice(head.length);
      const at = rest.indexOf('<w:t');
      const withRef = at >= 0 ? insertAt(rest, rest.indexOf('>', at) + 1, bomb.ref) : rest + bomb.ref;
      return { text: head + bomb.doctype + withRef, note: `entity bomb ${bomb.ref}` };
    }
    default: {
      const piece = rng.pick([
        '<zz:p>',
        '<w:p xmlns:w="urn:wrong">',
        '<?php echo 1 ?>',
        '<?xml version="9.9"?>',
        '</w:document>',
        '<w:t>\u0000\uFFFF</w:t>',
      ]);
      return {
        text: insertAt(text, somewhere(text, rng), piece.repeat(rng.logInt(1, 200))),
        note: `namespace noise ${piece}`,
      };
    }
  }
}
