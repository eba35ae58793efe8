/** E-mail (.eml) and web archive (.mhtml) readers, both MIME messages parsed with postal-mime. */
import PostalMime from 'postal-mime';
import { parseHTML } from 'linkedom';
import type { MetaField } from '../../shared/model';
import type { IngestedArticle, SourceFile } from './types';
import { finishArticle, type ArticleDraft } from './article';
import { parseDateValue } from './dates';
import { IngestError } from './decode-text';
import { cleanInline, normaliseBody, paragraphsFromPlainText, paragraphsOf } from './normalise';
import { DROP_ALWAYS, domToText, readHtmlString, type DomDocument } from './read-html';

type Email = Awaited<ReturnType<typeof PostalMime.parse>>;

const SEPARATOR = '⁂';
const SEPARATOR_LINE = /^\s*(?:[-=_*~#•·]\s*){3,}\s*$|^\s*(?:\*\s*){3,}$|^\s*⁂\s*$/;

async function parseMime(bytes: Uint8Array): Promise<Email> {
  try {
    return await PostalMime.parse(bytes, {
      maxNestingDepth: 40,
      maxHeadersSize: 1024 * 1024,
      attachmentEncoding: 'arraybuffer',
    });
  } catch (e) {
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new IngestError(`message is damaged: ${msg?.slice(0, 120) ?? 'unreadable'}`);
  }
}

function header(mail: Email, key: string): string | null {
  const h = mail.headers.find((x) => x.key === key);
  return h ? h.value : null;
}

function cleanSubject(s: string): string {
  let t = cleanInline(s);
  for (let i = 0; i < 5; i++) {
    const next = t.replace(/^(?:(?:re|fw|fwd|tr|wg|aw|sv|vs)\s*(?:\[\d+\])?\s*:\s*|\[[^\]]{1,40}\]\s*)/i, '');
    if (next === t) break;
    t = next;
  }
  return t;
}

const EMAIL_BOILERPLATE =
  /^(?:view (?:this|it) in (?:your|a) browser.*|unsubscribe.*|.*\bunsubscribe\b.*|you (?:are )?receiv(?:e|ing) this .*|manage (?:your )?(?:preferences|subscription).*|forward to a friend.*|sent from my .*|update your preferences.*|copyright ©.*|© \d{4}.*)$/i;

/** Body text of a message: plain text when it has real content, otherwise the HTML part converted. */
function messageText(mail: Email): { text: string; from: 'text' | 'html' } {
  const text = mail.text ? normaliseBody(mail.text) : '';
  if (mail.html && (text.length < 40 || /^\s*<(?:!doctype|html|body|div|p)\b/i.test(text))) {
    const { document } = parseHTML(`<!DOCTYPE html><html><body>${mail.html}</body></html>`) as unknown as {
      document: DomDocument;
    };
    for (const el of Array.from(document.querySelectorAll(DROP_ALWAYS) as ArrayLike<{ remove(): void }>)) el.remove();
    return { text: document.body ? domToText(document.body, { hrMarker: SEPARATOR }) : '', from: 'html' };
  }
  return { text: mail.text ?? '', from: 'text' };
}

interface Forwarded {
  subject?: string;
  date?: string;
  from?: string;
  rest: string;
}

/** A forwarded article: take the inner Subject/Date/From and drop the forwarding header block. */
function takeForwardHeader(text: string): Forwarded {
  // Only the top of the message is searched: a forwarding note sits above the forwarded header.
  const m =
    /^(?:-{2,}\s*(?:forwarded message|original message|message transféré|weitergeleitete nachricht|mensaje reenviado)\s*-{2,}|begin forwarded message:)\s*\n/im.exec(
      text.slice(0, 3000),
    );
  if (!m) return { rest: text };
  const after = text.slice(m.index + m[0].length);
  const lines = after.split('\n');
  const out: Forwarded = { rest: after };
  let i = 0;
  for (; i < lines.length && i < 12; i++) {
    const l = (lines[i] ?? '').trim();
    if (l === '') {
      if (i > 0) break;
      continue;
    }
    const kv = /^(from|de|von|date|datum|sent|envoyé|subject|objet|betreff|asunto|to|à|an|cc)\s*:\s*(.*)$/i.exec(l);
    if (!kv || !kv[1]) break;
    const k = kv[1].toLowerCase();
    const v = kv[2] ?? '';
    if (['from', 'de', 'von'].includes(k)) out.from = v;
    else if (['date', 'datum', 'sent', 'envoyé'].includes(k)) out.date = v;
    else if (['subject', 'objet', 'betreff', 'asunto'].includes(k)) out.subject = v;
  }
  out.rest = lines.slice(i).join('\n');
  return out;
}

function senderName(v: string | undefined | null): string | null {
  if (!v) return null;
  const m = /^\s*"?([^"<]*?)"?\s*<([^>]+)>/.exec(v);
  if (m) return cleanInline(m[1] ?? '') || cleanInline(m[2] ?? '') || null;
  return cleanInline(v) || null;
}

/** Split a newsletter into stories at separator lines; null unless at least two chunks look like stories. */
function splitStories(body: string): { title: string; body: string }[] | null {
  const chunks: string[][] = [[]];
  for (const p of paragraphsOf(body)) {
    if (p.length < 120 && SEPARATOR_LINE.test(p)) chunks.push([]);
    else chunks[chunks.length - 1]!.push(p);
  }
  if (chunks.length < 3) return null;
  const stories: { title: string; body: string }[] = [];
  for (const c of chunks) {
    const [head, ...rest] = c;
    const restText = rest.join('\n\n');
    if (
      head &&
      head.length <= 160 &&
      !/[.,;:]$/.test(head) &&
      !head.includes('\n') &&
      rest.length >= 1 &&
      restText.length >= 80
    )
      stories.push({ title: head, body: restText });
  }
  return stories.length >= 2 ? stories : null;
}

export interface EmailRead {
  /** Articles from the message text (empty when the text is only a note about the attachments). */
  articles: IngestedArticle[];
  /** Why the message text gave no article, when it did not. */
  bodyError?: string;
  /** Attached documents, to be read like archive members. */
  attachments: SourceFile[];
  /** The message's subject, date (ISO) and sender, which attached documents inherit. */
  header: { subject: string | null; date: string | null; sender: string | null };
}

function headerOf(mail: Email): EmailRead['header'] {
  const from = mail.from && 'address' in mail.from && mail.from.address ? mail.from.name || mail.from.address : null;
  return {
    subject: mail.subject ? cleanSubject(mail.subject) || null : null,
    date: parseDateValue(header(mail, 'date')),
    sender: from ? cleanInline(from) || null : null,
  };
}

const DOCUMENT_ATTACHMENT = /\.(?:txt|text|md|markdown|html?|xhtml|mhtml?|pdf|docx|eml|json|jsonl|ndjson|zip)$/i;

function attachmentsOf(mail: Email, name: string): SourceFile[] {
  const out: SourceFile[] = [];
  let unnamed = 0;
  for (const a of mail.attachments) {
    if (a.related || /^image\//i.test(a.mimeType)) continue;
    let file = a.filename ? cleanInline(a.filename).replace(/[\\/]/g, '_') : '';
    if (!file && a.mimeType === 'message/rfc822') file = `attached-message-${++unnamed}.eml`;
    if (!file || !DOCUMENT_ATTACHMENT.test(file)) continue;
    const content = a.content;
    const bytes =
      typeof content === 'string'
        ? new TextEncoder().encode(content)
        : content instanceof Uint8Array
          ? content
          : new Uint8Array(content);
    out.push({ name: `${name}/${file}`, bytes });
  }
  return out;
}

/** Read a message: its text as articles, and its attached documents for the caller to read. */
export async function readEmail(name: string, bytes: Uint8Array): Promise<EmailRead> {
  const mail = await parseMime(bytes);
  const attachments = attachmentsOf(mail, name);
  const head = headerOf(mail);
  try {
    return { articles: await readEmlText(name, mail), attachments, header: head };
  } catch (e) {
    if (e instanceof IngestError) return { articles: [], bodyError: e.message, attachments, header: head };
    throw e;
  }
}

export async function readEml(name: string, bytes: Uint8Array): Promise<IngestedArticle[]> {
  return readEmlText(name, await parseMime(bytes));
}

async function readEmlText(name: string, mail: Email): Promise<IngestedArticle[]> {
  const origins: Partial<Record<MetaField, string>> = {};
  const warnings: string[] = [];
  const { text } = messageText(mail);
  const fwd = takeForwardHeader(text);
  let title = mail.subject ? cleanSubject(mail.subject) : null;
  if (fwd.subject) title = cleanSubject(fwd.subject);
  if (title) origins.title = 'email header';
  const date = parseDateValue(fwd.date ?? header(mail, 'date'));
  if (date) origins.date = 'email header';
  const fromHeader =
    mail.from && 'address' in mail.from && mail.from.address ? mail.from.name || mail.from.address : null;
  const source = fwd.from ? senderName(fwd.from) : fromHeader ? cleanInline(fromHeader) : null;
  if (source) origins.source = 'email header';
  // Signature and mailing-list footer: everything after "-- " and lines that are plainly list boilerplate.
  let body = fwd.rest.replace(/\n-- ?\n[\s\S]*$/, '');
  body = paragraphsFromPlainText(body);
  body = paragraphsOf(body)
    .filter((p) => p.length > 400 || !EMAIL_BOILERPLATE.test(p.trim()))
    .join('\n\n');
  const ctx = { fileName: name, format: 'eml' };
  const stories = splitStories(body);
  if (stories) {
    return stories.map((s) =>
      finishArticle(
        {
          title: s.title,
          date,
          source,
          body: s.body,
          origins: { ...origins, title: 'newsletter heading' },
          warnings: [...warnings],
        },
        ctx,
      ),
    );
  }
  body = paragraphsOf(body)
    .filter((p) => p.length >= 120 || !SEPARATOR_LINE.test(p))
    .join('\n\n');
  if (!normaliseBody(body)) {
    if (mail.attachments.length > 0) throw new IngestError('message has no text, only attachments');
    throw new IngestError('message has no text');
  }
  const draft: ArticleDraft = { title, date, source, body, origins, warnings };
  return [finishArticle(draft, ctx)];
}

export async function readMhtml(name: string, bytes: Uint8Array): Promise<IngestedArticle[]> {
  const mail = await parseMime(bytes);
  if (!mail.html) {
    if (mail.text) {
      const article = finishArticle(
        { title: mail.subject ?? null, body: mail.text, origins: mail.subject ? { title: 'mhtml header' } : {} },
        { fileName: name, format: 'mhtml' },
      );
      return [article];
    }
    throw new IngestError('web archive has no HTML page');
  }
  const articles = readHtmlString(mail.html, { name, format: 'mhtml' });
  const location = header(mail, 'snapshot-content-location') ?? header(mail, 'content-location');
  for (const article of articles) {
    if (!article.url && location && /^https?:\/\//i.test(location.trim())) {
      article.url = location.trim();
      article.origins.url = 'mhtml header';
    }
  }
  const [only] = articles;
  if (articles.length === 1 && only && only.origins.title === 'first sentence' && mail.subject) {
    only.title = cleanInline(mail.subject);
    only.origins.title = 'mhtml header';
  }
  return articles;
}
