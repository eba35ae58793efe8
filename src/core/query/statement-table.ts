/**
 * The statements as columns, in date order: what the timeline, charts and exports filter and count without
 * touching a string per statement.
 *
 *   rows / position     the statement objects in date order, and each row's place in the library's article order
 *   day / lastDay       the day a statement is placed at and the last day its date covers (day numbers since
 *                       1970-01-01; UNDATED when it has none, which sorts last)
 *   speaker / article   small integer codes, with their ids in speakerIds / articleIds; each article's outlet
 *                       as a code into sourceNames (outletOf)
 *   status / topics     the review state's code, and a bit per topic of the library's first 31 (the top bit says
 *                       "and others": those rows read their statement's topic ids)
 *   select()            the rows a filter keeps, in date order
 *
 * Built once per library order (a few hundred ms at a million statements) and patched in place when a statement
 * is replaced without moving (an accept, an edit, a new speaker); anything else builds it again.
 */
import type { ArticleMeta, Filter, Statement, StatementStatus } from '../../shared/model';
import type { LibraryView } from './library-view';
import { daySpan } from './statement-when';
import { foldText } from './topic-query';

export const UNDATED = 0x7fffffff;
const NONE = -1;
const DAY_MS = 86_400_000;
export const TOPIC_BITS = 31;
export const MORE_TOPICS = 1 << TOPIC_BITS;
export const STATUS_CODE: Record<StatementStatus, number> = { suggested: 0, accepted: 1, rejected: 2, edited: 3 };
const DEFAULT_STATUSES: StatementStatus[] = ['suggested', 'accepted', 'edited'];
/** Beyond this many distinct days the order is sorted by comparison instead of counted. */
const MAX_COUNTED_DAYS = 4_000_000;

export function dayNumber(day: string): number {
  return Math.floor(Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) / DAY_MS);
}

export function dayString(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export class StatementTable {
  readonly speakerIds: string[] = [];
  readonly articleIds: string[] = [];
  /** Per article code, its outlet's code in sourceNames, or -1 when it names none. */
  outletOf: Int32Array = new Int32Array(0);
  readonly sourceNames: string[] = [];
  /** The other outlets of merged stories (article code → outlet codes), and each article's import code. */
  private readonly alsoIn = new Map<number, number[]>();
  private importOf: Int32Array = new Int32Array(0);
  private readonly importIds: string[] = [];
  private readonly speakerCodes = new Map<string, number>();
  /** The last selection and the filter it was for: the timeline and its lanes ask for the same one in a row. */
  private lastSelection: { key: string; rows: Uint32Array } | null = null;
  /** How many replaced statements changed their confidence (orders by confidence are sorted again). */
  confidenceEdits = 0;
  /** Per row, its statement's confidence (the review queue's least-confident order). */
  confidence: Float64Array = new Float64Array(0);
  /** The most days any one row's date covers (a year-precision date: 365), to widen a range's window. */
  private longestSpan = 0;
  /** Whether a row has topics its bits do not hold (then they are read from its statement); found when first asked. */
  private topicsBeyondBits: boolean | null = null;
  /** Topic id → its bit in `topics` (the library's topics in order, at build time). */
  readonly topicBit: ReadonlyMap<string, number>;

  private constructor(
    /** The library order this table was built from (a new order means a new table). */
    readonly ordered: readonly Statement[],
    readonly rows: Statement[],
    readonly position: Uint32Array,
    /** position → row, to find a statement's row from its place in the library order. */
    readonly rowAt: Uint32Array,
    readonly day: Int32Array,
    readonly lastDay: Int32Array,
    readonly speaker: Int32Array,
    readonly article: Int32Array,
    readonly status: Uint8Array,
    readonly topics: Uint32Array,
    topicBit: Map<string, number>,
  ) {
    this.topicBit = topicBit;
  }

  get size(): number {
    return this.day.length;
  }

  /** What a saved copy of the table keeps (saved-views.ts): the columns and their codes, without the statements. */
  columns(): TableColumns {
    const alsoIn = [...this.alsoIn.entries()];
    return {
      day: this.day,
      lastDay: this.lastDay,
      speaker: this.speaker,
      article: this.article,
      status: this.status,
      topics: this.topics,
      confidence: this.confidence,
      position: this.position,
      topicIds: [...this.topicBit.keys()],
      speakerIds: this.speakerIds,
      articleIds: this.articleIds,
      sourceNames: this.sourceNames,
      outletOf: this.outletOf,
      importIds: this.importIds,
      importOf: this.importOf,
      alsoIn,
    };
  }

  /**
   * A table read back from its columns. It has no statement objects, so it answers only filters its columns hold
   * (answersOnColumns); its rows' statements are read from their shards by whoever shows them.
   */
  static fromColumns(c: TableColumns): StatementTable {
    const topicBit = new Map(c.topicIds.map((id, i) => [id, i]));
    const rowAt = new Uint32Array(c.position.length);
    c.position.forEach((p, r) => (rowAt[p] = r));
    const t = new StatementTable(
      [],
      [],
      c.position,
      rowAt,
      c.day,
      c.lastDay,
      c.speaker,
      c.article,
      c.status,
      c.topics,
      topicBit,
    );
    t.speakerIds.push(...c.speakerIds);
    c.speakerIds.forEach((id, code) => t.speakerCodes.set(id, code));
    t.articleIds.push(...c.articleIds);
    t.sourceNames.push(...c.sourceNames);
    t.importIds.push(...c.importIds);
    t.outletOf = c.outletOf;
    t.importOf = c.importOf;
    t.confidence = c.confidence;
    for (const [code, outlets] of c.alsoIn) t.alsoIn.set(code, outlets);
    t.measureSpans();
    return t;
  }

  /** Whether the columns alone answer a filter: no kind, polarity, confidence or text; no row's topics beyond the bits. */
  answersOnColumns(filter: Filter): boolean {
    if (needsStatementObjects(filter)) return false;
    this.topicsBeyondBits ??= this.topics.some((mask) => (mask & MORE_TOPICS) !== 0);
    return !this.topicsBeyondBits;
  }

  private measureSpans() {
    for (let r = 0; r < this.size; r++) {
      if (this.day[r] !== UNDATED) this.longestSpan = Math.max(this.longestSpan, this.lastDay[r]! - this.day[r]!);
    }
  }

  static build(view: LibraryView, ordered: readonly Statement[]): StatementTable {
    const n = ordered.length;
    const day = new Int32Array(n);
    const last = new Int32Array(n);
    const speaker = new Int32Array(n);
    const article = new Int32Array(n);
    const articleIds: string[] = [];
    const articleDays: Array<[number, number]> = [];
    const speakerIds: string[] = [];
    const speakerCodes = new Map<string, number>();
    let lastArticleId: string | null = null;
    let code = NONE;
    for (let p = 0; p < n; p++) {
      const s = ordered[p]!;
      // The library order keeps an article's statements together, so its code is looked up once per article.
      if (s.articleId !== lastArticleId) {
        lastArticleId = s.articleId;
        code = articleIds.length;
        articleIds.push(s.articleId);
        articleDays.push(daysOf(view.article(s.articleId)?.date ?? null, 'day'));
      }
      article[p] = code;
      const [first, end] = ownDays(s, view.article(s.articleId)) ?? articleDays[code]!;
      day[p] = first;
      last[p] = end;
      speaker[p] = s.speakerId ? codeOf(s.speakerId, speakerIds, speakerCodes) : NONE;
    }
    const perm = dateOrder(day);
    const rows = new Array<Statement>(n);
    const position = new Uint32Array(n);
    const rowAt = new Uint32Array(n);
    const cols = [new Int32Array(n), new Int32Array(n), new Int32Array(n), new Int32Array(n)] as const;
    const status = new Uint8Array(n);
    const topics = new Uint32Array(n);
    const confidence = new Float64Array(n);
    const topicBit = new Map(
      view
        .topics()
        .slice(0, TOPIC_BITS)
        .map((t, i) => [t.id, i]),
    );
    for (let r = 0; r < n; r++) {
      const p = perm[r]!;
      const s = ordered[p]!;
      rows[r] = s;
      position[r] = p;
      rowAt[p] = r;
      cols[0][r] = day[p]!;
      cols[1][r] = last[p]!;
      cols[2][r] = speaker[p]!;
      cols[3][r] = article[p]!;
      status[r] = STATUS_CODE[s.status];
      topics[r] = topicMask(s, topicBit);
      confidence[r] = s.confidence;
    }
    const table = new StatementTable(ordered, rows, position, rowAt, ...cols, status, topics, topicBit);
    table.confidence = confidence;
    table.measureSpans();
    table.articleIds.push(...articleIds);
    const sourceCodes = new Map<string, number>();
    const importCodes = new Map<string, number>();
    table.outletOf = new Int32Array(articleIds.length);
    table.importOf = new Int32Array(articleIds.length);
    articleIds.forEach((id, c) => {
      const a = view.article(id);
      const source = (s: string) => codeOf(s, table.sourceNames, sourceCodes);
      table.outletOf[c] = a?.source ? source(a.source) : NONE;
      table.importOf[c] = a?.importId ? codeOf(a.importId, table.importIds, importCodes) : NONE;
      const others = a?.attestations?.flatMap((x) => (x.source ? [source(x.source)] : []));
      if (others?.length) table.alsoIn.set(c, others);
    });
    table.speakerIds.push(...speakerIds);
    for (const [id, c] of speakerCodes) table.speakerCodes.set(id, c);
    return table;
  }

  /**
   * Takes the new version of the statement at `position` of the library order. False when its date moved, so
   * its row is no longer in date order and the caller must build the table again.
   */
  replace(position: number, s: Statement, view: LibraryView): boolean {
    const row = this.rowAt[position];
    if (row === undefined || this.rows[row]?.id !== s.id) return false;
    const [first, end] =
      ownDays(s, view.article(s.articleId)) ?? daysOf(view.article(s.articleId)?.date ?? null, 'day');
    if (first !== this.day[row] || end !== this.lastDay[row]) return false;
    this.changed();
    if (this.rows[row]!.confidence !== s.confidence) this.confidenceEdits++;
    this.confidence[row] = s.confidence;
    this.rows[row] = s;
    this.speaker[row] = s.speakerId ? codeOf(s.speakerId, this.speakerIds, this.speakerCodes) : NONE;
    this.status[row] = STATUS_CODE[s.status];
    this.topics[row] = topicMask(s, this.topicBit);
    return true;
  }

  /** The row of the statement at this place in the library order. */
  rowOfPosition(position: number): number {
    return this.rowAt[position]!;
  }

  /** The rows of these statements (which the view gave out), in their order. */
  rowsOf(view: LibraryView, statements: readonly Statement[]): Uint32Array {
    const out = new Uint32Array(statements.length);
    const byId = view.positionInOrder ? null : new Map(this.rows.map((s, r) => [s.id, r]));
    statements.forEach((s, i) => {
      const row = byId ? byId.get(s.id) : this.rowAt[view.positionInOrder!(s.id) ?? -1];
      if (row === undefined) throw new Error(`statement ${s.id} is not in the library`);
      out[i] = row;
    });
    return out;
  }

  /** The first row whose day is `day` or later (the day column is sorted). */
  private firstRowOnOrAfter(day: number): number {
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.day[mid]! < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Something a selection depends on changed (a row, or an actor's type): forget the last one. */
  changed(): void {
    this.lastSelection = null;
  }

  /** The rows a filter keeps (review state included; rejected left out unless asked for), in date order. */
  select(view: LibraryView, filter: Filter): Uint32Array {
    const key = JSON.stringify(filter);
    if (this.lastSelection?.key === key) return this.lastSelection.rows;
    const rows = this.scan(view, filter);
    this.lastSelection = { key, rows };
    return rows;
  }

  private scan(view: LibraryView, filter: Filter): Uint32Array {
    const statuses = new Uint8Array(4);
    for (const st of filter.statuses?.length ? filter.statuses : DEFAULT_STATUSES) statuses[STATUS_CODE[st]] = 1;
    const speakers = this.speakerMask(view, filter);
    const articles = this.articleMask(filter);
    const topics = nonEmptySet(filter.topicIds);
    let topicBits = 0;
    for (const t of topics ?? []) {
      const bit = this.topicBit.get(t);
      if (bit !== undefined) topicBits |= 1 << bit;
    }
    const kinds = nonEmptySet(filter.kinds);
    const polarities = nonEmptySet(filter.polarities);
    const minConfidence = filter.minConfidence ?? 0;
    const text = filter.text?.trim() ? foldText(filter.text.trim()) : null;
    // Statement objects are read only for what the columns do not hold (a cache miss per row at scale).
    const needsObject = needsStatementObjects(filter);
    const from = filter.from ? dayNumber(filter.from) : null;
    const to = filter.to ? dayNumber(filter.to) : null;
    const dated = filter.dated;
    // Rows are in day order: a date range or "dated" only reads its window (widened by the longest span, so a
    // month-precision date that starts earlier but covers `from` is still seen); undated rows come last.
    const undatedFrom = this.firstRowOnOrAfter(UNDATED);
    let begin = from !== null ? this.firstRowOnOrAfter(from - this.longestSpan) : 0;
    let end = to !== null ? this.firstRowOnOrAfter(to + 1) : this.size;
    if (dated === true || from !== null || to !== null) end = Math.min(end, undatedFrom);
    if (dated === false) begin = Math.max(begin, undatedFrom);
    const { speaker, article, day, lastDay, status, topics: topicMasks, rows } = this;
    const out = new Uint32Array(Math.max(0, end - begin));
    let count = 0;
    for (let r = begin; r < end; r++) {
      if (speakers) {
        const sp = speaker[r]!;
        if (sp === NONE || !speakers[sp]) continue;
      }
      if (articles && !articles[article[r]!]) continue;
      if (from !== null && lastDay[r]! < from) continue;
      if (to !== null && day[r]! > to) continue;
      if (!statuses[status[r]!]) continue;
      if (topics) {
        const mask = topicMasks[r]!;
        if (!(mask & topicBits) && !(mask & MORE_TOPICS && rows[r]!.topicIds.some((t) => topics.has(t)))) continue;
      }
      if (needsObject) {
        const s = rows[r]!;
        if (kinds && !kinds.has(s.kind)) continue;
        if (polarities && !polarities.has(s.polarity ?? 'asserts')) continue;
        if (s.confidence < minConfidence) continue;
        if (text && !foldText(s.quote).includes(text)) continue;
      }
      out[count++] = r;
    }
    return out.subarray(0, count);
  }

  /** One flag per speaker code for the actor and actor-type filters, or null when neither is set. */
  private speakerMask(view: LibraryView, filter: Filter): Uint8Array | null {
    const ids = nonEmptySet(filter.actorIds);
    const types = nonEmptySet(filter.actorTypes);
    if (!ids && !types) return null;
    const mask = new Uint8Array(this.speakerIds.length);
    this.speakerIds.forEach((id, c) => {
      if (ids && !ids.has(id)) return;
      if (types) {
        const type = view.actor(id)?.type;
        if (!type || !types.has(type)) return;
      }
      mask[c] = 1;
    });
    return mask;
  }

  /** One flag per article code for the outlet and import filters, or null when neither is set. */
  private articleMask(filter: Filter): Uint8Array | null {
    const sources = nonEmptySet(filter.sources);
    const imports = nonEmptySet(filter.importIds);
    if (!sources && !imports) return null;
    const wantedSource = Uint8Array.from(this.sourceNames, (s) => (sources?.has(s) ? 1 : 0));
    const wantedImport = Uint8Array.from(this.importIds, (id) => (imports?.has(id) ? 1 : 0));
    const mask = new Uint8Array(this.articleIds.length);
    for (let c = 0; c < mask.length; c++) {
      const outlet = this.outletOf[c]!;
      const im = this.importOf[c]!;
      if (sources && !(outlet >= 0 && wantedSource[outlet]) && !this.alsoIn.get(c)?.some((o) => wantedSource[o]))
        continue;
      if (imports && !(im >= 0 && wantedImport[im])) continue;
      mask[c] = 1;
    }
    return mask;
  }
}

/** The columns a saved table keeps; `alsoIn` lists the other outlets of merged stories by article code. */
export interface TableColumns {
  day: Int32Array;
  lastDay: Int32Array;
  speaker: Int32Array;
  article: Int32Array;
  status: Uint8Array;
  topics: Uint32Array;
  confidence: Float64Array;
  /** Each row's place in the library order (articles by date, each one's statements by offset). */
  position: Uint32Array;
  /** The topic of each bit, in bit order. */
  topicIds: string[];
  speakerIds: string[];
  articleIds: string[];
  sourceNames: string[];
  outletOf: Int32Array;
  importIds: string[];
  importOf: Int32Array;
  alsoIn: Array<[number, number[]]>;
}

/** Whether a filter asks for what only the statement objects hold: kind, polarity, confidence or text. */
function needsStatementObjects(filter: Filter): boolean {
  return !!(
    nonEmptySet(filter.kinds) ||
    nonEmptySet(filter.polarities) ||
    (filter.minConfidence ?? 0) > 0 ||
    filter.text?.trim()
  );
}

export function nonEmptySet<T>(list: readonly T[] | undefined): Set<T> | null {
  return list && list.length > 0 ? new Set(list) : null;
}

/** The span of a date the statement's own text gave, or null when it follows its article. */
function ownDays(s: Statement, article: ArticleMeta | undefined): [number, number] | null {
  if (s.date && s.dateOrigin === 'text') return daysOf(s.date, s.datePrecision ?? 'day');
  if (!article?.date && s.date) return daysOf(s.date, s.datePrecision ?? 'day');
  return null;
}

function daysOf(date: string | null, precision: Statement['datePrecision'] | 'day'): [number, number] {
  if (!date) return [UNDATED, UNDATED];
  const [first, last] = daySpan(date, precision ?? 'day');
  return [dayNumber(first), dayNumber(last)];
}

function topicMask(s: Statement, topicBit: ReadonlyMap<string, number>): number {
  let mask = 0;
  for (const t of s.topicIds) {
    const bit = topicBit.get(t);
    // An unknown or repeated topic sends the row to its statement's topic ids, which count it as it is.
    const flag = bit === undefined || mask & (1 << bit) ? MORE_TOPICS : 1 << bit;
    mask = (mask | flag) >>> 0;
  }
  return mask;
}

function codeOf(id: string, ids: string[], codes: Map<string, number>): number {
  let c = codes.get(id);
  if (c === undefined) {
    c = ids.length;
    ids.push(id);
    codes.set(id, c);
  }
  return c;
}

/** Positions in date order, ties kept in library order (a stable counting sort on the day numbers). */
function dateOrder(day: Int32Array): Uint32Array {
  const n = day.length;
  let min = UNDATED;
  let max = -UNDATED;
  let sorted = true;
  for (let i = 0; i < n; i++) {
    const d = day[i]!;
    if (d === UNDATED) continue;
    if (d < min) min = d;
    if (d > max) max = d;
  }
  for (let i = 1; i < n && sorted; i++) if (day[i]! < day[i - 1]!) sorted = false;
  const perm = new Uint32Array(n);
  if (sorted) {
    for (let i = 0; i < n; i++) perm[i] = i;
    return perm;
  }
  const range = max >= min ? max - min + 1 : 0;
  if (range > MAX_COUNTED_DAYS) {
    const index = Array.from({ length: n }, (_, i) => i);
    index.sort((a, b) => day[a]! - day[b]! || a - b);
    perm.set(index);
    return perm;
  }
  // Slot `range` holds the undated.
  const starts = new Uint32Array(range + 2);
  for (let i = 0; i < n; i++) starts[slot(day[i]!, min, range) + 1]!++;
  for (let k = 1; k < starts.length; k++) starts[k]! += starts[k - 1]!;
  for (let i = 0; i < n; i++) perm[starts[slot(day[i]!, min, range)]!++] = i;
  return perm;
}

function slot(d: number, min: number, range: number): number {
  return d === UNDATED ? range : d - min;
}
