/**
 * The REFI-QDA project (project.qde, namespace urn:QDA-XML:project:1.0) for an export, as XML text in chunks
 * so a writer can stream it into the .qdpx zip. How Soundbite maps onto it (docs/export-formats.md):
 *
 *   article            TextSource, its text in sources/<guid>.txt; outlet, published, byline, URL as variables
 *   statement          PlainTextSelection of its source, coded with its topics and its speaker
 *   topic              Code under "Topics"
 *   speaker            Code under "Speakers", and a Case with the variables Speaker and Actor type whose
 *                      SelectionRefs name the speaker's statements
 *   notes              Notes, referred to from the statement or article
 *
 * Element order follows the schema's sequences (Project: Users, CodeBook, Variables, Cases, Sources, Notes).
 * Positions are counted in Unicode characters (code points), as the standard asks; the library counts UTF-16
 * units, so offsets are converted against the article text.
 */
import type { Statement } from '../../shared/model';
import type { ExportArticle, ExportSet } from './export-set';
import { guidFor } from './qdpx-guid';
import { xmlAttr, xmlText } from './xml-text';

export interface QdeSelection {
  statement: Statement;
  guid: string;
  /** In code points, end exclusive. */
  start: number;
  end: number;
}

export interface QdeSource {
  article: ExportArticle;
  guid: string;
  /** Path of its text inside the .qdpx. */
  entryName: string;
  selections: QdeSelection[];
}

const USER = guidFor('soundbite:user');
const TOPICS = guidFor('soundbite:codes:topics');
const SPEAKERS = guidFor('soundbite:codes:speakers');
const UNKNOWN_SPEAKER = guidFor('soundbite:codes:speaker:unknown');
const VARIABLES = {
  outlet: {
    guid: guidFor('soundbite:variable:outlet'),
    name: 'Outlet',
    type: 'Text',
    about: 'Where the article was published',
  },
  published: {
    guid: guidFor('soundbite:variable:published'),
    name: 'Published',
    type: 'Date',
    about: 'The article date',
  },
  byline: { guid: guidFor('soundbite:variable:byline'), name: 'Byline', type: 'Text', about: 'Who wrote the article' },
  url: { guid: guidFor('soundbite:variable:url'), name: 'URL', type: 'Text', about: 'Where the article was found' },
  speaker: {
    guid: guidFor('soundbite:variable:speaker'),
    name: 'Speaker',
    type: 'Text',
    about: 'Who made the statements',
  },
  actorType: {
    guid: guidFor('soundbite:variable:actor-type'),
    name: 'Actor type',
    type: 'Text',
    about: 'person, organisation, country, …',
  },
} as const;

const speakerCode = (actorId: string | null) =>
  actorId ? guidFor(`soundbite:codes:speaker:${actorId}`) : UNKNOWN_SPEAKER;
const noteGuid = (kind: 'statement' | 'article', id: string) => guidFor(`soundbite:note:${kind}:${id}`);

/** An article's source and its statements' selections, with offsets turned into code points. */
export function qdeSource(article: ExportArticle, body: string, statements: readonly Statement[]): QdeSource {
  const guid = guidFor(`soundbite:article:${article.id}`);
  const toCodePoints = codePointIndexer(body);
  const selections = statements
    .filter((s) => s.start >= 0 && s.end <= body.length && s.start < s.end)
    .map((s) => ({
      statement: s,
      guid: guidFor(`soundbite:statement:${s.id}`),
      start: toCodePoints(s.start),
      end: toCodePoints(s.end),
    }));
  return { article, guid, entryName: `sources/${guid}.txt`, selections };
}

export function* qdeProjectXml(
  set: ExportSet,
  sources: readonly QdeSource[],
  name: string,
  now: Date,
): Generator<string> {
  const at = now.toISOString();
  const stamp = `creatingUser="${USER}" creationDateTime="${at}"`;
  yield '<?xml version="1.0" encoding="utf-8"?>\n';
  yield `<Project xmlns="urn:QDA-XML:project:1.0" name="${xmlAttr(name)}" origin="Soundbite" creatingUserGUID="${USER}" creationDateTime="${at}">\n`;
  yield `<Users><User guid="${USER}" name="Soundbite export"/></Users>\n`;

  const actors = set.actors();
  const speakerless = sources.some((src) => src.selections.some((sel) => !sel.statement.speakerId));
  yield '<CodeBook><Codes>\n';
  yield `<Code guid="${TOPICS}" name="Topics" isCodable="false"><Description>Soundbite topics (saved queries)</Description>\n`;
  for (const t of set.topicsById.values()) {
    const color = /^#[0-9a-fA-F]{6}$/.test(t.color) ? ` color="${t.color}"` : '';
    yield `<Code guid="${guidFor(`soundbite:topic:${t.id}`)}" name="${xmlAttr(t.name)}" isCodable="true"${color}><Description>${xmlText(t.query)}</Description></Code>\n`;
  }
  yield '</Code>\n';
  yield `<Code guid="${SPEAKERS}" name="Speakers" isCodable="false"><Description>Who made each statement</Description>\n`;
  for (const a of actors) yield `<Code guid="${speakerCode(a.id)}" name="${xmlAttr(a.name)}" isCodable="true"/>\n`;
  if (speakerless) yield `<Code guid="${UNKNOWN_SPEAKER}" name="Unknown speaker" isCodable="true"/>\n`;
  yield '</Code>\n</Codes></CodeBook>\n';

  yield '<Variables>\n';
  for (const v of Object.values(VARIABLES)) {
    yield `<Variable guid="${v.guid}" name="${v.name}" typeOfVariable="${v.type}"><Description>${xmlText(v.about)}</Description></Variable>\n`;
  }
  yield '</Variables>\n';

  const selectionsBySpeaker = new Map<string, string[]>();
  for (const src of sources) {
    for (const sel of src.selections) {
      const id = sel.statement.speakerId;
      if (!id) continue;
      const list = selectionsBySpeaker.get(id);
      if (list) list.push(sel.guid);
      else selectionsBySpeaker.set(id, [sel.guid]);
    }
  }
  const cases = actors.filter((a) => selectionsBySpeaker.has(a.id));
  if (cases.length > 0) {
    yield '<Cases>\n';
    for (const a of cases) {
      yield `<Case guid="${guidFor(`soundbite:case:${a.id}`)}" name="${xmlAttr(a.name)}"><CodeRef targetGUID="${speakerCode(a.id)}"/>`;
      yield textValue(VARIABLES.speaker.guid, a.name) + textValue(VARIABLES.actorType.guid, a.type);
      for (const sel of selectionsBySpeaker.get(a.id) ?? []) yield `<SelectionRef targetGUID="${sel}"/>`;
      yield '</Case>\n';
    }
    yield '</Cases>\n';
  }

  const actorNames = new Map(actors.map((a) => [a.id, a.name]));
  const notes: string[] = [];
  if (sources.length > 0) {
    yield '<Sources>\n';
    for (const src of sources) {
      const a = src.article;
      yield `<TextSource guid="${src.guid}" name="${xmlAttr(a.title || a.fileName)}" plainTextPath="internal://${src.guid}.txt" ${stamp}>\n`;
      yield `<Description>${xmlText([a.outlet, a.date, a.fileName].filter(Boolean).join(' · '))}</Description>\n`;
      for (const sel of src.selections) {
        const s = sel.statement;
        const speaker = (s.speakerId && actorNames.get(s.speakerId)) || 'Unknown speaker';
        const about = `${speaker} (${s.kind === 'direct' ? 'direct quote' : 'reported speech'}, ${s.polarity ?? 'asserts'}, ${s.status})`;
        yield `<PlainTextSelection guid="${sel.guid}" name="${xmlAttr(speaker)}" startPosition="${sel.start}" endPosition="${sel.end}" ${stamp}>`;
        yield `<Description>${xmlText(about)}</Description>`;
        for (const topicId of s.topicIds) {
          if (!set.topicsById.has(topicId)) continue;
          yield coding(`${s.id}:${topicId}`, guidFor(`soundbite:topic:${topicId}`), stamp);
        }
        yield coding(`${s.id}:speaker`, speakerCode(s.speakerId), stamp);
        if (s.note?.trim()) {
          const guid = noteGuid('statement', s.id);
          notes.push(note(guid, `Note on: ${s.quote.slice(0, 60)}`, s.note, stamp));
          yield `<NoteRef targetGUID="${guid}"/>`;
        }
        yield '</PlainTextSelection>\n';
      }
      if (a.note) {
        const guid = noteGuid('article', a.id);
        notes.push(note(guid, `Note on: ${a.title}`, a.note, stamp));
        yield `<NoteRef targetGUID="${guid}"/>`;
      }
      if (a.outlet) yield textValue(VARIABLES.outlet.guid, a.outlet);
      if (a.date && /^\d{4}-\d{2}-\d{2}$/.test(a.date)) {
        yield `<VariableValue><VariableRef targetGUID="${VARIABLES.published.guid}"/><DateValue>${a.date}</DateValue></VariableValue>`;
      }
      if (a.byline) yield textValue(VARIABLES.byline.guid, a.byline);
      if (a.url) yield textValue(VARIABLES.url.guid, a.url);
      yield '</TextSource>\n';
    }
    yield '</Sources>\n';
  }
  if (notes.length > 0) yield `<Notes>\n${notes.join('')}</Notes>\n`;
  yield '</Project>\n';
}

function coding(name: string, codeGuid: string, stamp: string): string {
  return `<Coding guid="${guidFor(`soundbite:coding:${name}`)}" ${stamp}><CodeRef targetGUID="${codeGuid}"/></Coding>`;
}

function textValue(variable: string, value: string): string {
  return `<VariableValue><VariableRef targetGUID="${variable}"/><TextValue>${xmlText(value)}</TextValue></VariableValue>`;
}

function note(guid: string, name: string, text: string, stamp: string): string {
  return `<Note guid="${guid}" name="${xmlAttr(name)}" ${stamp}><PlainTextContent>${xmlText(text)}</PlainTextContent></Note>\n`;
}

/** UTF-16 offset → code point offset in `text`: counts the surrogate pairs before the offset. */
export function codePointIndexer(text: string): (utf16: number) => number {
  const pairEnds: number[] = [];
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) {
      const prev = text.charCodeAt(i - 1);
      if (prev >= 0xd800 && prev <= 0xdbff) pairEnds.push(i);
    }
  }
  if (pairEnds.length === 0) return (i) => i;
  return (offset) => {
    let lo = 0;
    let hi = pairEnds.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (pairEnds[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return offset - lo;
  };
}

/** The exported statements of each article, in the order the articles first appear. */
export function statementsByArticle(set: ExportSet): Map<string, Statement[]> {
  const by = new Map<string, Statement[]>();
  for (const s of set.statements) {
    const list = by.get(s.articleId);
    if (list) list.push(s);
    else by.set(s.articleId, [s]);
  }
  return by;
}
