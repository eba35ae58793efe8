import type { SearchHit, SearchResult, TextRange } from '../../shared/api';
import type { Actor, ArticleMeta, Statement } from '../../shared/model';
import { topK } from '../query/top-k';
import { foldWithOffsets } from '../query/fold-offsets';
import { foldText, startsWord, wordTokens } from '../query/word-tokens';
import type { LibraryState } from './library-state';
import type { LibraryStore } from './store-port';
import { SegmentedWordIndex } from './segmented-word-index';

const SNIPPET = 160;
/** Bodies read at once while catching up, and how many are indexed between two saves of the body index. */
const READ_BATCH = 64;
const SAVE_EVERY = 2000;
/** Statements re-indexed after edits before the statement index is saved again (also saved at close). */
const SAVE_STATEMENTS_AFTER = 500;

/**
 * Ranked full-text search over statements (quote, sentence, speaker, note) and articles (title, outlet, byline,
 * note, body). Statement and metadata text comes from memory. Words of bodies and statements are looked up in two
 * persisted word indexes (segmented-word-index.ts, in the library's index/ folder): opening a library reads neither;
 * the first search loads them, indexes only what they lack or hold stale (bodies in the background, and the answer
 * says it is partial until they are all in), and saves what it added. Deleting index/ loses nothing: it is rebuilt.
 * Bodies are never kept in memory: the few shown as hits are read for their excerpt.
 */
export class SearchIndex {
  private readonly bodyWords: SegmentedWordIndex;
  private readonly statementWords: SegmentedWordIndex;
  private opened: Promise<void> | null = null;
  private readonly dirty = new Set<string>();
  /** Statements and actors are replaced, never mutated, on edit: keyed by object, a cached fold never goes stale. */
  private readonly foldedStatements = new WeakMap<Statement, string>();
  private readonly foldedActors = new WeakMap<Actor, string>();
  private readonly foldedArticles = new WeakMap<ArticleMeta, string>();
  private loading: Promise<void> | null = null;
  private loaded = false;

  constructor(
    private readonly state: LibraryState,
    private readonly store: LibraryStore,
  ) {
    this.bodyWords = new SegmentedWordIndex('body', store);
    this.statementWords = new SegmentedWordIndex('statements', store);
    state.watchStatements((id) => this.dirty.add(id));
  }

  /** Loads the saved indexes (once) and brings the statement index up to date with the library. */
  prepare(): Promise<void> {
    this.opened ??= (async () => {
      await this.bodyWords.load();
      await this.statementWords.load();
      this.dirty.clear();
      for (const st of this.state.statements.values()) {
        const stamp = statementStamp(st);
        if (!this.statementWords.isCurrent(st.id, stamp)) this.statementWords.add(st.id, stamp, this.foldStatement(st));
      }
      await this.saveStatements();
    })();
    return this.opened;
  }

  /** How many articles' bodies are not in the index yet (new imports, or a missing or damaged index). */
  unindexed(): number {
    let n = 0;
    for (const id of this.state.articles.keys()) if (!this.bodyWords.isCurrent(id, '')) n++;
    return n;
  }

  /** Starts (once) reading the bodies the index lacks into it, saving as it goes. */
  warm(): Promise<void> {
    if (this.loaded && this.unindexed() > 0) {
      this.loaded = false;
      this.loading = null;
    }
    this.loading ??= (async () => {
      await this.prepare();
      const missing = [...this.state.articles.keys()].filter((id) => !this.bodyWords.isCurrent(id, ''));
      // Bodies are read a batch at a time: one by one, the index would wait on the disk more than it works.
      for (let i = 0; i < missing.length; i += READ_BATCH) {
        const ids = missing.slice(i, i + READ_BATCH);
        const bodies = await Promise.all(ids.map((id) => this.store.readBody(id)));
        ids.forEach((id, k) => bodies[k] !== null && this.bodyWords.add(id, '', foldText(bodies[k]!)));
        if (this.bodyWords.unsaved >= SAVE_EVERY) await this.saveBodies();
      }
      await this.saveBodies();
      this.loaded = true;
    })();
    return this.loading;
  }

  /** Saves what was indexed since the last save (a read-only library keeps it in memory only). */
  async close(): Promise<void> {
    await this.loading?.catch(() => undefined);
    if (!this.opened) return;
    await this.opened.catch(() => undefined);
    this.syncStatements();
    await this.saveStatements();
    await this.saveBodies();
  }

  private saveBodies(): Promise<void> {
    return this.bodyWords.save((id) => this.state.articles.has(id)).catch(() => undefined);
  }

  private saveStatements(): Promise<void> {
    return this.statementWords.save((id) => this.state.statements.has(id)).catch(() => undefined);
  }

  async search(query: string, limit: number): Promise<SearchResult> {
    const terms = [...new Set(wordTokens(query))];
    if (terms.length === 0) return { query, total: 0, hits: [], partial: !this.loaded };
    await this.prepare();
    const phrase = terms.length > 1 ? foldText(query.replace(/["“”]/g, '').trim()) : null;
    const score = (text: string, weight: number, extra = '') => {
      let total = 0;
      for (const t of terms) {
        const n = (text.includes(t) ? countWord(text, t) : 0) + (extra && extra.includes(t) ? countWord(extra, t) : 0);
        if (n === 0) return 0; // every term must appear
        total += (1 + Math.log(n)) * weight;
      }
      if (phrase && (text.includes(phrase) || extra.includes(phrase))) total *= 2;
      return total;
    };

    // Candidates come from the word indexes; only they are scored, and only the shown hits get snippets.
    this.syncStatements();
    const speakers = new Set(
      this.state
        .actors()
        .filter((a) => terms.some((t) => this.foldActor(a).includes(t)))
        .map((a) => a.id),
    );
    const candidates = new Set(this.statementWords.countsAll(terms).keys());
    if (speakers.size > 0) {
      for (const s of this.state.statements.values())
        if (s.speakerId && speakers.has(s.speakerId)) candidates.add(s.id);
    }
    const scored: Array<{ score: number; date: string; make: () => SearchHit | Promise<SearchHit> }> = [];
    for (const id of candidates) {
      const s = this.state.statements.get(id);
      if (!s || s.status === 'rejected') continue;
      const actor = s.speakerId ? this.state.actor(s.speakerId) : undefined;
      const value = score(this.foldStatement(s), 1.5, actor ? this.foldActor(actor) : '');
      if (value <= 0) continue;
      const article = this.state.article(s.articleId);
      scored.push({
        score: value,
        date: article?.date ?? '',
        make: () => {
          const inNote = !!s.note && !foldText(s.quote).includes(terms[0]!) && foldText(s.note).includes(terms[0]!);
          return {
            kind: 'statement',
            articleId: s.articleId,
            statementId: s.id,
            title: article?.title ?? '',
            ...snippet(inNote ? s.note! : (s.context ?? s.quote), terms),
            score: value,
            speakerName: actor?.name ?? null,
            cue: s.cue,
            polarity: s.polarity ?? 'asserts',
            date: article?.date ?? null,
            source: article?.source ?? null,
          };
        },
      });
    }
    // Articles: metadata is scanned (it is small and editable); bodies are looked up in the word index.
    // Body term counts come from the index, so long texts are never rescanned per query.
    const inBody = this.bodyWords.countsAll(terms);
    for (const a of this.state.articles.values()) {
      const counts = inBody.get(a.id);
      const meta = this.foldArticle(a);
      if (!counts && !terms.some((t) => meta.includes(t))) continue;
      const metaValue = score(meta, 2);
      const bodyValue = counts ? counts.reduce((sum, n) => sum + 1 + Math.log(n), 0) : 0;
      const value = Math.max(metaValue, bodyValue);
      if (value <= 0) continue;
      scored.push({
        score: value,
        date: a.date ?? '',
        make: async () => {
          const where = terms.every((t) => countWord(meta, t) > 0)
            ? `${a.title}${a.note ? ` — ${a.note}` : ''}`
            : excerpt((await this.store.readBody(a.id)) ?? '', terms);
          return {
            kind: 'article',
            articleId: a.id,
            statementId: null,
            title: a.title,
            ...snippet(where, terms),
            score: value,
            speakerName: null,
            date: a.date,
            source: a.source,
          };
        },
      });
    }
    const best = topK(scored, limit, (x, y) => y.score - x.score || (x.date < y.date ? 1 : x.date > y.date ? -1 : 0));
    const hits = await Promise.all(best.map((h) => h.make()));
    if (this.statementWords.unsaved >= SAVE_STATEMENTS_AFTER) void this.saveStatements();
    return { query, total: scored.length, hits, partial: !this.loaded };
  }

  /** Re-indexes the statements changed (or removed) since the last search. */
  private syncStatements() {
    for (const id of this.dirty) {
      const st = this.state.statements.get(id);
      if (!st) continue; // a removed statement's entry is skipped by search and left out of the next merge
      this.statementWords.add(id, statementStamp(st), this.foldStatement(st));
    }
    this.dirty.clear();
  }

  private foldStatement(s: Statement): string {
    let text = this.foldedStatements.get(s);
    if (text === undefined) {
      text = foldText(`${s.quote}\n${s.context ?? ''}\n${s.note ?? ''}`);
      this.foldedStatements.set(s, text);
    }
    return text;
  }

  private foldActor(a: Actor): string {
    let text = this.foldedActors.get(a);
    if (text === undefined) {
      text = foldText(a.name);
      this.foldedActors.set(a, text);
    }
    return text;
  }

  private foldArticle(a: ArticleMeta): string {
    let text = this.foldedArticles.get(a);
    if (text === undefined) {
      text = foldText(`${a.title}\n${a.source ?? ''}\n${a.byline ?? ''}\n${a.note ?? ''}`);
      this.foldedArticles.set(a, text);
    }
    return text;
  }
}

/** Offsets of the words in folded text that start with the term. */
function* wordsStartingWith(folded: string, term: string): Generator<number> {
  for (let i = folded.indexOf(term); i >= 0; i = folded.indexOf(term, i + term.length)) {
    if (startsWord(folded, i)) yield i;
  }
}

function countWord(text: string, term: string): number {
  let n = 0;
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length)) if (startsWord(text, i)) n++;
  return n;
}

/** Where words starting with any of the terms are in folded text, sorted, overlaps joined. */
function wordRanges(folded: string, terms: string[]): TextRange[] {
  const found: TextRange[] = [];
  for (const t of terms) for (const i of wordsStartingWith(folded, t)) found.push({ start: i, end: i + t.length });
  found.sort((a, b) => a.start - b.start);
  const out: TextRange[] = [];
  for (const r of found) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** A range of folded text as a range of the original, never empty (a term may end inside a ligature). */
function originalRange(origin: (i: number) => number, r: TextRange): TextRange {
  const start = origin(r.start);
  return { start, end: Math.max(origin(r.end), origin(r.end - 1) + 1) };
}

/** Body text, as written, around the first word that starts with the first term. */
function excerpt(body: string, terms: string[]): string {
  const { folded, origin } = foldWithOffsets(body);
  const first = wordsStartingWith(folded, terms[0]!).next();
  const at = first.done ? 0 : origin(first.value);
  return body
    .slice(Math.max(0, at - 60), at + 100)
    .replace(/\s+/g, ' ')
    .trim();
}

/** A window of the text, as written, around the first match, with the ranges of every matched word in it. */
function snippet(text: string, terms: string[]): { snippet: string; highlights: TextRange[] } {
  const { folded, origin } = foldWithOffsets(text);
  const ranges = wordRanges(folded, terms).map((r) => originalRange(origin, r));
  const start = ranges[0] ? Math.max(0, ranges[0].start - 50) : 0;
  const end = Math.min(text.length, start + SNIPPET);
  const shift = start > 0 ? 1 - start : 0; // the leading "…"
  const highlights = ranges.filter((r) => r.end <= end).map((r) => ({ start: r.start + shift, end: r.end + shift }));
  return { snippet: (start > 0 ? '…' : '') + text.slice(start, end) + (end < text.length ? '…' : ''), highlights };
}

/** A short fingerprint of the text a statement is indexed by (FNV-1a), telling a saved entry that is out of date. */
function statementStamp(st: Statement): string {
  let h = 0x811c9dc5;
  let length = 0;
  for (const part of [st.quote, st.context ?? '', st.note ?? '']) {
    for (let i = 0; i < part.length; i++) {
      h ^= part.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h = Math.imul(h ^ 10, 0x01000193);
    length += part.length + 1;
  }
  return `${(h >>> 0).toString(36)}.${length.toString(36)}`;
}
