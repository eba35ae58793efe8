import type { ChangeArea, ReportPreset } from '../../shared/api';
import type { Actor, ArticleMeta, Statement, Topic } from '../../shared/model';
import type { LibraryState } from './library-state';

interface Delta<T> {
  before: T | null;
  after: T | null;
}

/** What one user action changed, with the state before and after, so it can be undone and redone. */
export interface Change {
  label: string;
  articles: Map<string, Delta<ArticleMeta>>;
  statements: Map<string, Delta<Statement>>;
  actors: Map<string, Delta<Actor>>;
  topics: Delta<Topic[]> | null;
  notDuplicates: Delta<string[]> | null;
  reportPresets?: Delta<ReportPreset[]>;
}

/** The parts of the library a change wrote, so the UI refreshes only the views that read them. */
export function touchedAreas(c: Change): ChangeArea[] {
  const areas: ChangeArea[] = [];
  if (c.articles.size > 0 || c.notDuplicates) areas.push('articles');
  if (c.statements.size > 0) areas.push('statements');
  if (c.actors.size > 0) areas.push('actors');
  if (c.topics) areas.push('topics');
  if (c.reportPresets) areas.push('presets');
  return areas;
}

function record<T>(map: Map<string, Delta<T>>, id: string, before: T | null, after: T | null) {
  const existing = map.get(id);
  if (existing) existing.after = after;
  else map.set(id, { before, after });
}

/** Every mutation of the library goes through a transaction, which applies it and remembers how to revert it. */
export class Transaction {
  readonly change: Change;

  constructor(
    private readonly state: LibraryState,
    label: string,
  ) {
    this.change = {
      label,
      articles: new Map(),
      statements: new Map(),
      actors: new Map(),
      topics: null,
      notDuplicates: null,
    };
  }

  isEmpty(): boolean {
    const c = this.change;
    return (
      c.articles.size === 0 &&
      c.statements.size === 0 &&
      c.actors.size === 0 &&
      !c.topics &&
      !c.notDuplicates &&
      !c.reportPresets
    );
  }

  putArticle(meta: ArticleMeta) {
    record(this.change.articles, meta.id, this.state.articles.get(meta.id) ?? null, meta);
    this.state.putArticle(meta);
  }

  removeArticle(id: string) {
    for (const s of this.state.statementsOf(id)) record(this.change.statements, s.id, s, null);
    record(this.change.articles, id, this.state.articles.get(id) ?? null, null);
    this.state.removeArticle(id);
  }

  putStatement(s: Statement) {
    record(this.change.statements, s.id, this.state.statements.get(s.id) ?? null, s);
    this.state.putStatement(s);
  }

  removeStatement(id: string) {
    record(this.change.statements, id, this.state.statements.get(id) ?? null, null);
    this.state.removeStatement(id);
  }

  putActor(actor: Actor) {
    record(this.change.actors, actor.id, this.state.actor(actor.id) ?? null, actor);
    this.state.putActor(actor);
  }

  removeActor(id: string) {
    record(this.change.actors, id, this.state.actor(id) ?? null, null);
    this.state.removeActor(id);
  }

  setNotDuplicates(pairs: string[]) {
    if (this.change.notDuplicates) this.change.notDuplicates.after = pairs;
    else this.change.notDuplicates = { before: this.state.notDuplicates, after: pairs };
    this.state.setNotDuplicates(pairs);
  }

  setReportPresets(presets: ReportPreset[]) {
    if (this.change.reportPresets) this.change.reportPresets.after = presets;
    else this.change.reportPresets = { before: this.state.reportPresets, after: presets };
    this.state.setReportPresets(presets);
  }

  setTopics(topics: Topic[]) {
    if (this.change.topics) this.change.topics.after = topics;
    else this.change.topics = { before: this.state.topicList, after: topics };
    this.state.setTopics(topics);
  }
}

/** Puts the library back to one side of a change: 'before' undoes it, 'after' redoes it. */
export function applyChange(state: LibraryState, change: Change, side: 'before' | 'after'): void {
  for (const [id, d] of change.articles) {
    const v = d[side];
    if (v) state.putArticle(v);
    else if (state.articles.has(id)) state.removeArticle(id);
  }
  for (const [id, d] of change.statements) {
    const v = d[side];
    if (v) state.putStatement(v);
    else state.removeStatement(id);
  }
  for (const [id, d] of change.actors) {
    const v = d[side];
    if (v) state.putActor(v);
    else state.removeActor(id);
  }
  if (change.topics) state.setTopics(change.topics[side] ?? []);
  if (change.notDuplicates) state.setNotDuplicates(change.notDuplicates[side] ?? []);
  if (change.reportPresets) state.setReportPresets(change.reportPresets[side] ?? []);
}
