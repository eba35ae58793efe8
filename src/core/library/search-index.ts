import type { SearchHit, SearchResult, TextRange } from '../../shared/api';
import type { Actor, Statement } from '../../shared/model';
import { topK } from '../query/top-k';
import { foldWithOffsets } from '../query/fold-offsets';
import { foldText, startsWord, wordTokens } from '../query/word-tokens';
import type { LibraryState } from './library-state';
import type { LibraryStore } from './store-port';
import { ArticleMetaText } from './article-meta-text';
import { SegmentedWordIndex } from './segmented-word-index';

const SNIPPET = 160;
/** Bodies read at once while catching up, and how many are indexed between two saves of the body index. */
const READ_BATCH = 64;
const SAVE_EVERY = 2000;
/** Statements re-indexed after edits before the statement index is saved again (also saved at close). */
const SAVE_STATEMENTS_AFTER = 500;
/** Statements checked (and indexed if needed) between two turns of the event loop while catching up. */
const CHECK_BATCH = 2000;

/**
 * Candidate hits of one kind before they are read from the library, in arrays (a common word has a million):
 * each is a reference into a word index or an id, and scores at least `low[i]` and at most `low[i] * bonus`.
 */
interface Candidates {
  kind: 'statement' | 'article';
  /** How many documents match (`length` may be only those that can rank first). */
  total: number;
  length: number;
  keys: ArrayLike<number | string>;
  low: Float64Array;
  bonus: number;
}

interface Scored {
  score: number;
  date: string;
  /** The last tie-break, so that the order never depends on where the index keeps a document. */
  key: string;
  make: () => SearchHit | Promise<SearchHit>;
}

/**
 * Ranked full-text search over statements (quote, sentence, speaker, note) and articles (title, outlet, byline,
 * note, body). Words of bodies and statements are looked up in two persisted word indexes (segmented-word-index.ts,
 * in the library's index/ folder): opening a library reads neither; the first search loads them, and `warm`
 * checks every statement's stamp and indexes what the indexes lack or hold stale — statements first, then bodies —
 * in the background, a batch at a time, saving as it goes so that it never holds more than a bounded unsaved part.
 * Answers meanwhile say they are partial. Deleting index/ loses nothing: it is rebuilt.
 * A query is ranked from the indexes' counts alone (scores are a function of them); only the candidates that can
 * still reach the first `limit` are read from the library, and only the hits shown get snippets. Bodies are never
 * kept in memory: the few shown as hits are read for their excerpt.
 */
export class SearchIndex {
  private readonly bodyWords: SegmentedWordIndex;
  private readonly statementWords: SegmentedWordIndex;
  private opened: Promise<void> | null = null;
  private readonly dirty = new Set<string>();
  /** Actors are replaced, never mutated, on edit: keyed by object, a fold never goes stale. */
  private readonly foldedActors = new WeakMap<Actor, string>();
  private readonly metaText = new ArticleMetaText();
  private loading: Promise<void> | null = null;
  private loaded = false;
  /** Statements whose stamps were checked against the index since it was loaded, and whether all were. */
  private checked = 0;
  private statementsChecked = false;

  constructor(
    private readonly state: LibraryState,
    private readonly store: LibraryStore,
  ) {
    this.bodyWords = new SegmentedWordIndex('body', store);
    this.statementWords = new SegmentedWordIndex('statements', store);
    state.watchStatements((id) => this.dirty.add(id));
  }

  /**
   * Starts loading the saved indexes (once) and returns at once: searches answer, partially, from what is read so
   * far. What the indexes lack is indexed by `warm`.
   */
  prepare(): Promise<void> {
    void this.load();
    return Promise.resolve();
  }

  private load(): Promise<void> {
    // Unreadable parts are left out by the indexes themselves; nothing here may reject unobserved.
    this.opened ??= (async () => {
      await this.statementWords.load();
      await this.bodyWords.load();
    })().catch(() => undefined);
    return this.opened;
  }

  /** How many statements are still to check and articles' bodies to index (new imports, a missing index…). */
  unindexed(): number {
    if (!this.bodyWords.loaded) return this.state.statements.size + this.state.articles.size;
    const statements = this.statementsChecked ? 0 : Math.max(0, this.state.statements.size - this.checked);
    return statements + this.missingBodies().length;
  }

  /** Articles whose bodies are not in the index (after dropping the entries of articles deleted since). */
  private missingBodies(): string[] {
    const { articles } = this.state;
    if (this.bodyWords.size !== articles.size) {
      for (const id of this.bodyWords.docs()) if (!articles.has(id)) this.bodyWords.remove(id);
    }
    // The index holds only the library's articles now, so as many entries means every article is in.
    if (this.bodyWords.size === articles.size) return [];
    return [...articles.keys()].filter((id) => !this.bodyWords.isCurrent(id, ''));
  }

  /** Starts (once) checking the statements and reading the bodies the index lacks into it, saving as it goes. */
  warm(): Promise<void> {
    if (this.loaded && this.unindexed() > 0) {
      this.loaded = false;
      this.loading = null;
    }
    this.loading ??= (async () => {
      await this.load();
      await this.checkStatements();
      const missing = this.missingBodies();
      // Bodies are read a batch at a time: one by one, the index would wait on the disk more than it works.
      for (let i = 0; i < missing.length; i += READ_BATCH) {
        const ids = missing.slice(i, i + READ_BATCH);
        const bodies = await Promise.all(ids.map((id) => this.store.readBody(id)));
        // An article without a readable body is indexed empty, so that it is not read again at every search.
        ids.forEach((id, k) => this.state.articles.has(id) && this.bodyWords.add(id, '', foldText(bodies[k] ?? '')));
        if (this.bodyWords.needsSave || this.bodyWords.unsaved >= SAVE_EVERY) await this.saveBodies();
      }
      await this.saveBodies();
      this.loaded = true;
    })();
    return this.loading;
  }

  /**
   * Compares every statement's stamp with its index entry once after loading, indexing the new or changed ones
   * and forgetting those the library no longer has; a batch at a time, so searches answer in between.
   */
  private async checkStatements(): Promise<void> {
    if (this.statementsChecked) return;
    this.checked = 0;
    for (const st of this.state.statements.values()) {
      this.indexStatement(st);
      if (++this.checked % CHECK_BATCH === 0) {
        if (this.statementWords.needsSave) await this.saveStatements();
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    }
    for (const id of this.statementWords.docs()) if (!this.state.statements.has(id)) this.statementWords.remove(id);
    this.statementsChecked = true;
    await this.saveStatements();
  }

  /** Brings one statement's entry up to date: re-indexed if its text changed, hidden while it is rejected. */
  private indexStatement(st: Statement): void {
    const stamp = statementStamp(st);
    const hidden = st.status === 'rejected';
    if (!this.statementWords.isCurrent(st.id, stamp)) this.statementWords.add(st.id, stamp, foldStatement(st), hidden);
    else this.statementWords.setHidden(st.id, hidden);
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
    void this.load();
    // While indexing goes on, a turn of the event loop first: a caller asking again and again until the answer is
    // complete must not starve the background work (it waits on timers, which promise callbacks never let run).
    if (!this.loaded) await new Promise((resolve) => setTimeout(resolve, 0));
    const phrase = terms.length > 1 ? foldText(query.replace(/["“”]/g, '').trim()) : null;
    this.syncStatements();
    if (this.bodyWords.loaded) this.missingBodies(); // drops the entries of deleted articles

    const candidates = [this.statementCandidates(terms, phrase, limit), this.articleCandidates(terms, phrase, limit)];
    const total = candidates[0]!.total + candidates[1]!.total;
    // Every candidate scores at least `low`, so the limit-th largest `low` is a score the hits shown reach: a
    // candidate that cannot reach it is never read from the library.
    const floor = limit <= 0 ? Infinity : total > limit ? kthLargest(candidates, limit) : -Infinity;
    let resolved = this.resolve(candidates, floor, limit, terms, phrase);
    if (resolved.dropped > 0 && floor > -Infinity) resolved = this.resolve(candidates, -Infinity, limit, terms, phrase);
    const order = (x: Scored, y: Scored) =>
      y.score - x.score || (x.date < y.date ? 1 : x.date > y.date ? -1 : x.key < y.key ? -1 : x.key > y.key ? 1 : 0);
    const best = topK(resolved.scored, limit, order);
    const hits = await Promise.all(best.map((h) => h.make()));
    if (this.statementWords.unsaved >= SAVE_STATEMENTS_AFTER) void this.saveStatements();
    return { query, total: total - resolved.dropped, hits, partial: !this.loaded };
  }

  /**
   * Statements using every term. Their scores come from the index's counts; only the phrase bonus (×2) needs the
   * text. When a term is in a speaker's name, the speaker's words count too, and that speaker's statements are read.
   */
  private statementCandidates(terms: string[], phrase: string | null, limit: number): Candidates {
    const bonus = phrase ? 2 : 1;
    const speakers = new Map<string, number[]>();
    for (const a of this.state.actors()) {
      const name = this.foldActor(a);
      if (terms.some((t) => name.includes(t)))
        speakers.set(
          a.id,
          terms.map((t) => countWord(name, t)),
        );
    }
    const ranked = speakers.size === 0 && terms.length === 1 ? this.statementWords.topByCount(terms[0]!, limit) : null;
    if (ranked) {
      // One word: the statements using it most are the first hits; the others are only counted.
      const { length, refs, counts } = ranked.top;
      const low = new Float64Array(length);
      for (let i = 0; i < length; i++) low[i] = (1 + Math.log(counts[0]![i]!)) * 1.5; // statementScore of one term
      return { kind: 'statement', total: ranked.total, length, keys: refs, low, bonus };
    }
    if (speakers.size === 0) {
      const { length, refs, counts } = this.statementWords.match(terms);
      const low = new Float64Array(length);
      // statementScore, written out: every count is above 0 here, and a closure per match would cost more.
      for (let i = 0; i < length; i++) {
        let total = 0;
        for (let t = 0; t < counts.length; t++) total += (1 + Math.log(counts[t]![i]!)) * 1.5;
        low[i] = total;
      }
      return { kind: 'statement', total: length, length, keys: refs, low, bonus };
    }
    const keys: string[] = [];
    const lows: number[] = [];
    const inText = this.statementWords.countsAny(terms);
    const consider = (id: string, speakerId: string | null | undefined) => {
      const text = inText.get(id);
      const extra = speakerId ? speakers.get(speakerId) : undefined;
      const low = statementScore(terms.length, (t) => (text?.[t] ?? 0) + (extra?.[t] ?? 0));
      if (low > 0) {
        keys.push(id);
        lows.push(low);
      }
    };
    for (const s of this.state.statements.values()) {
      if (s.status === 'rejected') continue;
      if (inText.has(s.id) || (s.speakerId && speakers.has(s.speakerId))) consider(s.id, s.speakerId);
    }
    return { kind: 'statement', total: keys.length, length: keys.length, keys, low: Float64Array.from(lows), bonus };
  }

  /** Articles whose metadata (scanned: it is small and editable) or body (from the index) uses every term. */
  private articleCandidates(terms: string[], phrase: string | null, limit: number): Candidates {
    const keys: Array<number | string> = [];
    const values: number[] = [];
    const inMeta = new Map<number | string, number>();
    this.metaText.refresh(this.state.articles.values());
    // A score above 0 needs every term, so the articles holding the first one are all there is to score.
    for (const i of this.metaText.containing(terms[0]!)) {
      const value = score(this.metaText.folded(i), terms, 2, '', phrase);
      const { id } = this.metaText.article(i);
      if (value > 0) inMeta.set(this.bodyWords.refOf(id) ?? id, value);
    }
    const ranked = inMeta.size === 0 && terms.length === 1 ? this.bodyWords.topByCount(terms[0]!, limit) : null;
    if (ranked) {
      const { length, refs, counts } = ranked.top;
      const low = new Float64Array(length);
      for (let i = 0; i < length; i++) low[i] = 0 + 1 + Math.log(counts[0]![i]!); // as a sum over one term, below
      return { kind: 'article', total: ranked.total, length, keys: refs, low, bonus: 1 };
    }
    const { length, refs, counts } = this.bodyWords.match(terms);
    for (let i = 0; i < length; i++) {
      let body = 0;
      for (let t = 0; t < terms.length; t++) body = body + 1 + Math.log(counts[t]![i]!);
      const ref = refs[i]!;
      const meta = inMeta.get(ref);
      if (meta !== undefined) inMeta.delete(ref);
      keys.push(ref);
      values.push(Math.max(meta ?? 0, body));
    }
    for (const [key, value] of inMeta) {
      keys.push(key);
      values.push(value);
    }
    return { kind: 'article', total: keys.length, length: keys.length, keys, low: Float64Array.from(values), bonus: 1 };
  }

  /** Reads the candidates that can reach `floor` from the library, with their exact scores and their hits. */
  private resolve(
    groups: Candidates[],
    floor: number,
    limit: number,
    terms: string[],
    phrase: string | null,
  ): { scored: Scored[]; dropped: number } {
    // First the exact score of each candidate that can reach the floor (the phrase bonus needs the statement's
    // text), then hits are made only of those that can still be among the first `limit`. Exact scores are known
    // first where they cost nothing (articles, statements without a bonus), and a candidate whose best score is
    // below the limit-th best exact score seen so far is passed over without reading it.
    let dropped = 0;
    const seen = new Threshold(limit);
    const exact: Candidates[] = groups.map((g) => ({ ...g, total: 0, length: 0, keys: [], low: new Float64Array(0) }));
    const cheapFirst = groups.map((g, at) => at).sort((a, b) => groups[a]!.bonus - groups[b]!.bonus);
    for (const g of cheapFirst) {
      const { kind, length, keys, low, bonus } = groups[g]!;
      const picked: Array<number | string> = [];
      const scores: number[] = [];
      // Where reading costs (a bonus to check), the best candidates go first: they raise `seen` soonest, and once
      // one cannot reach it, none after it can.
      let order: ArrayLike<number> = { length };
      if (bonus > 1) {
        const reach = [];
        for (let i = 0; i < length; i++) if (low[i]! * bonus >= floor) reach.push(i);
        order = Uint32Array.from(reach).sort((a, b) => low[b]! - low[a]!);
      }
      for (let k = 0; k < order.length; k++) {
        const i = bonus > 1 ? order[k]! : k;
        if (low[i]! * bonus < floor) continue;
        if (low[i]! * bonus < seen.value) {
          if (bonus > 1) break;
          continue;
        }
        let value = low[i]!;
        if (kind === 'statement' && phrase && bonus > 1) {
          const s = this.state.statements.get(this.statementId(keys[i]!));
          if (!s || s.status === 'rejected') {
            dropped++;
            continue;
          }
          const actor = s.speakerId ? this.state.actor(s.speakerId) : undefined;
          if (statementHolds(s, phrase) || (actor && this.foldActor(actor).includes(phrase))) value *= 2;
        }
        picked.push(keys[i]!);
        scores.push(value);
        seen.offer(value);
      }
      exact[g] = { ...exact[g]!, length: picked.length, keys: picked, low: Float64Array.from(scores), bonus: 1 };
    }
    const count = exact.reduce((n, g) => n + g.length, 0);
    const best = count > limit ? kthLargest(exact, limit) : -Infinity;
    const scored: Scored[] = [];
    for (const { kind, length, keys, low } of exact) {
      for (let i = 0; i < length; i++) {
        if (low[i]! < best) continue;
        const hit =
          kind === 'statement'
            ? this.statementHit(keys[i]!, low[i]!, terms)
            : this.articleHit(keys[i]!, low[i]!, terms);
        if (hit) scored.push(hit);
        else dropped++;
      }
    }
    return { scored, dropped };
  }

  private statementId(key: number | string): string {
    return typeof key === 'string' ? key : this.statementWords.docOf(key);
  }

  private statementHit(key: number | string, value: number, terms: string[]): Scored | null {
    const s = this.state.statements.get(this.statementId(key));
    if (!s || s.status === 'rejected') return null;
    const actor = s.speakerId ? this.state.actor(s.speakerId) : undefined;
    const article = this.state.article(s.articleId);
    return {
      score: value,
      date: article?.date ?? '',
      key: `s${s.id}`,
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
    };
  }

  private articleHit(key: number | string, value: number, terms: string[]): Scored | null {
    const a = this.state.article(typeof key === 'string' ? key : this.bodyWords.docOf(key));
    if (!a) return null;
    const meta = this.metaText.fold(a);
    return {
      score: value,
      date: a.date ?? '',
      key: `a${a.id}`,
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
    };
  }

  /** Re-indexes the statements changed (or removed) since the last search. */
  private syncStatements() {
    for (const id of this.dirty) {
      const st = this.state.statements.get(id);
      if (st) this.indexStatement(st);
      else this.statementWords.remove(id);
    }
    this.dirty.clear();
  }

  private foldActor(a: Actor): string {
    let text = this.foldedActors.get(a);
    if (text === undefined) {
      text = foldText(a.name);
      this.foldedActors.set(a, text);
    }
    return text;
  }
}

/** The text a statement is indexed by (not cached: a million of them would not fit). */
function foldStatement(s: Statement): string {
  return foldText(`${s.quote}\n${s.context ?? ''}\n${s.note ?? ''}`);
}

/** Whether the statement's folded text holds the (folded) phrase; its parts are checked one by one, sentence first. */
function statementHolds(s: Statement, phrase: string): boolean {
  if (phrase.includes('\n')) return foldStatement(s).includes(phrase);
  for (const part of [s.context, s.quote, s.note]) if (part && quickFold(part).includes(phrase)) return true;
  return false;
}

/** foldText, with a shortcut for ASCII text (nothing to decompose). */
function quickFold(text: string): string {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return foldText(text);
  return text.toLowerCase();
}

/** A statement's score from how often it uses each term (0 unless it uses every one), before the phrase bonus. */
function statementScore(terms: number, count: (t: number) => number): number {
  let total = 0;
  for (let t = 0; t < terms; t++) {
    const n = count(t);
    if (n === 0) return 0;
    total += (1 + Math.log(n)) * 1.5;
  }
  return total;
}

/** The score of folded text (metadata) that uses every term, doubled when it holds the phrase; else 0. */
function score(text: string, terms: string[], weight: number, extra: string, phrase: string | null): number {
  let total = 0;
  for (const t of terms) {
    const n = (text.includes(t) ? countWord(text, t) : 0) + (extra && extra.includes(t) ? countWord(extra, t) : 0);
    if (n === 0) return 0; // every term must appear
    total += (1 + Math.log(n)) * weight;
  }
  if (phrase && (text.includes(phrase) || extra.includes(phrase))) total *= 2;
  return total;
}

/** The k-th largest of the values offered so far (-Infinity until k were), keeping k values. */
class Threshold {
  private readonly kept: number[] = []; // ascending
  value = -Infinity;

  constructor(private readonly k: number) {}

  offer(v: number): void {
    const { kept, k } = this;
    if (k <= 0 || (kept.length === k && v <= kept[0]!)) return;
    if (kept.length === k) kept.shift();
    let at = kept.length;
    while (at > 0 && kept[at - 1]! > v) at--;
    kept.splice(at, 0, v);
    if (kept.length === k) this.value = kept[0]!;
  }
}

/** The k-th largest `low` of the candidates (k ≤ their number), keeping only k values at a time. */
function kthLargest(groups: Candidates[], k: number): number {
  const threshold = new Threshold(k);
  for (const group of groups) for (let i = 0; i < group.length; i++) threshold.offer(group.low[i]!);
  return threshold.value;
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
