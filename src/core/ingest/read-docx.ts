/**
 * DOCX reader: text through mammoth (HTML, so headings and paragraphs survive), properties from docProps/core.xml
 * (title, creator, language, created) and docProps/app.xml (Company: the outlet when the text names none). A
 * document that is only a heading is that heading. Header lines under the headline (byline, "Outlet, 14 February
 * 2025") are read by finishArticle.
 */
import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import type { MetaField } from '../../shared/model';
import type { IngestedArticle } from './types';
import { finishArticle } from './article';
import { parseDateValue } from './dates';
import { IngestError } from './decode-text';
import { cleanInline } from './normalise';
import { domToText } from './read-html';
import { extractMember, listZip, ZipLimitError } from './zip-safe';

function xmlText(xml: string, tag: string): string | null {
  const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'i').exec(xml);
  if (!m || m[1] === undefined) return null;
  const t = cleanInline(
    m[1]
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n) <= 0x10ffff ? Number(n) : 0xfffd))
      .replace(/&#x([0-9a-f]+);/gi, (_, n: string) =>
        String.fromCodePoint(parseInt(n, 16) <= 0x10ffff ? parseInt(n, 16) : 0xfffd),
      )
      .replace(/&amp;/g, '&'),
  );
  return t || null;
}

/** Placeholder authors that tools write when nobody is named. */
const JUNK_CREATOR = /^(?:un-?named|unknown|author|user|admin(?:istrator)?|owner|python-docx|docx)$/i;
const JUNK_TITLE = /^(?:untitled|document\d*|title|new document|microsoft word.*)$/i;

export interface DocxLimits {
  maxBytes: number;
  maxEntries: number;
}

export async function readDocx(name: string, bytes: Uint8Array, limits: DocxLimits): Promise<IngestedArticle> {
  let members: ReturnType<typeof listZip>;
  try {
    members = listZip(bytes, limits.maxEntries);
  } catch (e) {
    if (e instanceof IngestError && !(e instanceof ZipLimitError))
      throw new IngestError(
        e.message.replace('not a ZIP archive', 'Word document is damaged').replace(': file is damaged', ''),
      );
    throw e;
  }
  if (!members.some((m) => m.name === 'word/document.xml'))
    throw new IngestError('not a Word document (no word/document.xml)');
  // Inflate every member once under a running budget: a bomb hidden in any part is caught before mammoth runs.
  let budget = limits.maxBytes * 4;
  let coreXml: string | null = null;
  let appXml: string | null = null;
  for (const m of members) {
    if (m.isDirectory) continue;
    let data: Uint8Array;
    try {
      data = extractMember(bytes, m, Math.min(budget, limits.maxBytes * 2));
    } catch (e) {
      if (e instanceof ZipLimitError) throw new IngestError('document expands too much when unpacked (zip bomb?)');
      throw e;
    }
    budget -= data.length;
    if (m.name === 'docProps/core.xml') coreXml = new TextDecoder('utf-8').decode(data);
    if (m.name === 'docProps/app.xml') appXml = new TextDecoder('utf-8').decode(data);
  }
  const origins: Partial<Record<MetaField, string>> = {};
  const warnings: string[] = [];
  let html: string;
  try {
    const ab = bytes.slice().buffer;
    const input = { buffer: bytes, arrayBuffer: ab } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
    const result = await mammoth.convertToHtml(input, {
      externalFileAccess: false,
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    });
    html = result.value;
  } catch (e) {
    throw new IngestError(
      `Word document is damaged: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]?.slice(0, 120)}`,
    );
  }
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`) as unknown as {
    document: {
      body: Parameters<typeof domToText>[0] | null;
      querySelector(s: string): { textContent: string | null; remove(): void } | null;
    };
  };
  let title = coreXml ? xmlText(coreXml, 'dc:title') : null;
  if (title && JUNK_TITLE.test(title)) title = null;
  if (title) origins.title = 'docx core properties';
  // A heading at the very top is the headline; prefer it, and keep it out of the body.
  const firstBlock = document.querySelector('body > *');
  const firstTag = (firstBlock as unknown as { tagName?: string } | null)?.tagName?.toUpperCase() ?? '';
  let headingOnly: string | null = null;
  if (firstBlock && /^H[1-3]$/.test(firstTag)) {
    const heading = cleanInline(firstBlock.textContent ?? '');
    if (heading) {
      headingOnly = heading;
      if (!title || heading.toLowerCase() !== title.toLowerCase()) origins.title = 'docx heading';
      title = heading;
      firstBlock.remove();
    }
  }
  // Footnote markers ("[1]") and back-links ("↑") are navigation, not text; the notes themselves stay at the end.
  const doc = document as unknown as {
    querySelectorAll(s: string): ArrayLike<{ remove(): void; parentNode: unknown }>;
  };
  for (const el of Array.from(doc.querySelectorAll('a[href^="#footnote-ref"], a[href^="#endnote-ref"]'))) el.remove();
  for (const el of Array.from(doc.querySelectorAll('a[href^="#footnote-"], a[href^="#endnote-"]'))) {
    const parent = el.parentNode as { nodeName?: string; remove?: () => void } | null;
    if (parent?.nodeName?.toUpperCase() === 'SUP' && parent.remove) parent.remove();
    else el.remove();
  }
  let body = document.body ? domToText(document.body) : '';
  // A document whose only paragraph is a heading: the heading is its text too.
  if (!body.trim() && headingOnly) body = headingOnly;
  // The creator is often a template's author: a byline in the text comes first.
  const creator = coreXml ? xmlText(coreXml, 'dc:creator') : null;
  const language = coreXml ? xmlText(coreXml, 'dc:language') : null;
  if (language) origins.language = 'docx core properties';
  const created = coreXml ? parseDateValue(xmlText(coreXml, 'dcterms:created')) : null;
  const article = finishArticle({ title, language, body, origins, warnings }, { fileName: name, format: 'docx' });
  if (!article.byline && creator && !JUNK_CREATOR.test(creator)) {
    article.byline = creator;
    article.origins.byline = 'docx core properties';
  }
  const company = appXml ? xmlText(appXml, 'Company') : null;
  if (!article.source && company && !/^(?:microsoft|home|personal|private|none|n\/a)$/i.test(company)) {
    article.source = company;
    article.origins.source = 'docx app properties (Company)';
  }
  if (!article.date && created) {
    article.date = created;
    article.origins.date = 'docx core properties';
    article.warnings = article.warnings.filter((w) => w !== 'no publication date found');
    article.warnings.push('date is the document creation date');
  }
  return article;
}
