import type { SearchHit, SearchResult, TextRange } from '../../shared/api';
import type { Actor, Statement } from '../../shared/model';
import { foldText, wordTokens } from '../query/topic-query';
import type { LibraryState } from './library-state';
import type { LibraryStore } from './store-port';

const SNIPPET = 160;

/**
 * Ranked full-text search over statements (quote, sentence, speaker, note) and articles (title, outlet, byline,
 * note, body). Statement and metadata text comes from memory; article bodies are loaded in the background after
 * the library opens, and searches say so (partial) until they all are.
 */
export class SearchIndex {
  private readonly bodies = new Map<string, string>();
  /** Statements and actors are replaced, never mutated, on edit: keyed by object, a cached fold never goes stale. */
  private readonly foldedStatements = new WeakMap<Statement, string>();
  private readonly foldedActors = new WeakMap<Actor, string>();
  private loading: Promise<void> | null = null;
  private loaded = false;

  constructor(
    private readonly state: LibraryState,
    private readonly store: LibraryStore,
  ) {}

  /** Starts (once) reading bodies into the index, a few at a time. */
  warm(): Promise<void> {
    if (this.loaded && [...this.state.articles.keys()].some((id) => !this.bodies.has(id))) {
      this.loaded = false;
      this.loading = null;
    }
    this.loading ??= (async () => {
      for (const id of [...this.state.articles.keys()]) {
        if (this.bodies.has(id)) continue;
        const body = await this.store.readBody(id);
        if (body !== null) this.bodies.set(id, foldText(body));
      }
      this.loaded = true;
    })();
    return this.loading;
  }

  search(query: string, limit: number): SearchResult {
    const terms = [...new Set(wordTokens(query))];
    if (terms.length === 0) return { query, total: 0, hits: [], partial: !this.loaded };
    const phrase = terms.length > 1 ? foldText(query.replace(/["“”]/g, '').trim()) : null;
    const hits: SearchHit[] = [];
    const score = (text: string, weight: number) => {
      let total = 0;
      for (const t of terms) {
        const n = countWord(text, t);
        if (n === 0) return 0; // every term must appear
        total += (1 + Math.log(n)) * weight;
      }
      if (phrase && text.includes(phrase)) total *= 2;
      return total;
    };

    for (const s of this.state.statements.values()) {
      if (s.status === 'rejected') continue;
      const actor = s.speakerId ? this.state.actor(s.speakerId) : undefined;
      const speaker = actor?.name ?? '';
      let text = this.foldedStatements.get(s);
      if (text === undefined) {
        text = foldText(`${s.quote}\n${s.context ?? ''}\n${s.note ?? ''}`);
        this.foldedStatements.set(s, text);
      }
      let who = actor ? this.foldedActors.get(actor) : '';
      if (actor && who === undefined) {
        who = foldText(actor.name);
        this.foldedActors.set(actor, who);
      }
      const value = score(`${text}\n${who}`, 1.5);
      if (value <= 0) continue;
      const article = this.state.article(s.articleId);
      const shown = s.note && !foldText(s.quote).includes(terms[0]!) && foldText(s.note).includes(terms[0]!) ? s.note : s.context ?? s.quote;
      hits.push({
        kind: 'statement',
        articleId: s.articleId,
        statementId: s.id,
        title: article?.title ?? '',
        ...snippet(shown, terms),
        score: value,
        speakerName: speaker || null,
        date: article?.date ?? null,
        source: article?.source ?? null,
      });
    }
    for (const a of this.state.articles.values()) {
      const meta = foldText(`${a.title}\n${a.source ?? ''}\n${a.byline ?? ''}\n${a.note ?? ''}`);
      const body = this.bodies.get(a.id) ?? '';
      const value = score(`${meta}\n${meta}\n${body}`, 1);
      if (value <= 0) continue;
      const where = terms.every((t) => countWord(meta, t) > 0) ? `${a.title}${a.note ? ` — ${a.note}` : ''}` : excerpt(body, terms);
      hits.push({
        kind: 'article',
        articleId: a.id,
        statementId: null,
        title: a.title,
        ...snippet(where, terms),
        score: value,
        speakerName: null,
        date: a.date,
        source: a.source,
      });
    }
    hits.sort((x, y) => y.score - x.score || (y.date ?? '').localeCompare(x.date ?? ''));
    return { query, total: hits.length, hits: hits.slice(0, limit), partial: !this.loaded };
  }
}

function countWord(text: string, term: string): number {
  let n = 0;
  let from = 0;
  for (;;) {
    const i = text.indexOf(term, from);
    if (i < 0) return n;
    const before = i === 0 ? '' : text[i - 1]!;
    if (!/[\p{L}\p{N}]/u.test(before)) n++;
    from = i + term.length;
  }
}

/** Folded body text around the first match (bodies are kept folded, so this excerpt is lower case). */
function excerpt(body: string, terms: string[]): string {
  const at = Math.max(0, body.indexOf(terms[0]!));
  return body.slice(Math.max(0, at - 60), at + 100).replace(/\s+/g, ' ').trim();
}

/** A window of plain text around the first match with the ranges of every matched term in it. */
function snippet(text: string, terms: string[]): { snippet: string; highlights: TextRange[] } {
  const folded = foldText(text);
  const sameLength = folded.length === text.length;
  const first = Math.min(...terms.map((t) => folded.indexOf(t)).filter((i) => i >= 0), Number.MAX_SAFE_INTEGER);
  const start = first === Number.MAX_SAFE_INTEGER ? 0 : Math.max(0, first - 50);
  const piece = text.slice(start, start + SNIPPET);
  const foldedPiece = sameLength ? folded.slice(start, start + SNIPPET) : foldText(piece);
  const highlights: TextRange[] = [];
  if (foldedPiece.length === piece.length) {
    for (const t of terms) {
      let from = 0;
      for (;;) {
        const i = foldedPiece.indexOf(t, from);
        if (i < 0) break;
        highlights.push({ start: i, end: i + t.length });
        from = i + t.length;
      }
    }
  }
  highlights.sort((a, b) => a.start - b.start);
  return { snippet: (start > 0 ? '…' : '') + piece + (start + SNIPPET < text.length ? '…' : ''), highlights: start > 0 ? highlights.map((h) => ({ start: h.start + 1, end: h.end + 1 })) : highlights };
}
