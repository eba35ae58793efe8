import type {
  ActorRow,
  ArticleDetail,
  ArticleRow,
  ExportedReport,
  ImportFileResult,
  ImportItem,
  ImportProgress,
  ImportSummary,
  LibraryInfo,
  NewTopic,
  ReportOptions,
  StatementPatch,
  WorkbenchApi,
  WorkbenchEvents,
} from '../../shared/api';
import { bytesToBase64 } from '../../shared/base64';
import type { ArticleMeta, Filter, Statement, Topic } from '../../shared/model';
import { extractStatements } from '../extract/index';
import type { ExtractInput, ExtractionResult } from '../extract/types';
import { readDocument } from '../ingest/index';
import type { IngestEntry, IngestedArticle, SourceFile } from '../ingest/types';
import { queryCharts } from '../query/charts';
import { queryTimeline } from '../query/timeline';
import { compileTopicQuery } from '../query/topic-query';
import { buildReport } from '../report/build-report';
import { contentHash } from './content-hash';
import type { ImportSource } from './import-source';
import { LibraryState } from './library-state';
import type { LibraryStore } from './store-port';
import { createTopicMatcher, sentenceAround } from './topic-tagging';

export interface WorkbenchDeps {
  /** Turns the UI's import items (paths or bytes) into sources; folders expand here. Host-specific. */
  openImportItems(items: ImportItem[]): Promise<ImportSource[]>;
  /** The demo articles and topics shipped in resources/demo. */
  demoLibrary?(): Promise<{ sources: ImportSource[]; topics: NewTopic[] }>;
  /** Prints the report page for this filter to PDF. Host-specific (Electron printToPDF, Chromium elsewhere). */
  printReport?(filter: Filter, options: ReportOptions): Promise<Uint8Array>;
  emit?<E extends keyof WorkbenchEvents>(event: E, payload: WorkbenchEvents[E]): void;
  readDocument?(file: SourceFile): Promise<IngestEntry[]>;
  extract?(input: ExtractInput): ExtractionResult | Promise<ExtractionResult>;
  now?(): Date;
}

export interface Workbench extends WorkbenchApi {
  /** Waits for pending writes. */
  close(): Promise<void>;
}

const TOPIC_COLORS = ['#3b6fd8', '#d8743b', '#2f9e6e', '#b8417a', '#7a5cc7', '#c9a227', '#3aa3b5', '#8c6d4f'];

export async function createWorkbench(store: LibraryStore, deps: WorkbenchDeps): Promise<Workbench> {
  const now = deps.now ?? (() => new Date());
  const read = deps.readDocument ?? ((file: SourceFile) => readDocument(file));
  const extract = deps.extract ?? extractStatements;
  const emit = deps.emit ?? (() => undefined);
  let idCounter = 0;
  const newId = (prefix: string) => `${prefix}${now().getTime().toString(36)}${(idCounter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

  const state = await LibraryState.open(store, () => newId('p'));
  await state.flush(store);
  const cancelled = new Set<string>();

  // Every mutation runs through this queue, so edits and imports never interleave half-way.
  let queue: Promise<unknown> = Promise.resolve();
  function serial<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  }

  function requireStatement(id: string): Statement {
    const s = state.statements.get(id);
    if (!s) throw new Error(`no statement with id ${id}`);
    return s;
  }

  async function importOne(file: SourceFile, results: ImportFileResult[]): Promise<void> {
    const entries = await read(file);
    for (const entry of entries) {
      if (entry.error || entry.articles.length === 0) {
        results.push({ name: entry.name, status: 'failed', message: entry.error ?? 'no article text found' });
        continue;
      }
      for (const doc of entry.articles) results.push(await addArticle(entry.name, doc));
    }
  }

  async function addArticle(name: string, doc: IngestedArticle): Promise<ImportFileResult> {
    const hash = await contentHash(doc.body);
    const existing = state.articleByHash(hash);
    if (existing) {
      return {
        name,
        status: 'duplicate',
        articleId: existing.id,
        title: existing.title,
        message: `same text as "${existing.title}" already in the library`,
      };
    }
    const id = `a${hash.slice(0, 16)}`;
    const result = await extract({ text: doc.body, title: doc.title, date: doc.date, language: doc.language });
    const matcher = createTopicMatcher(state.topicList);
    const stamp = now().toISOString();
    let registryChanged = false;
    const statements: Statement[] = result.statements.map((x, i) => {
      let speakerId: string | null = null;
      if (x.speaker) {
        const aliases = result.actors.find((a) => a.name === x.speaker)?.aliases ?? [];
        const resolved = state.registry.resolve(x.speaker, x.speakerType, aliases);
        registryChanged ||= resolved.changed;
        speakerId = resolved.actor.id;
      }
      const s: Statement = {
        id: `${id}-${i}`,
        articleId: id,
        start: x.start,
        end: x.end,
        quote: x.quote,
        kind: x.kind,
        ...(x.mixed ? { mixed: true } : {}),
        cue: x.cue,
        speakerId,
        ...(x.speakerStart !== undefined ? { speakerStart: x.speakerStart, speakerEnd: x.speakerEnd } : {}),
        topicIds: [],
        confidence: Math.round(x.confidence * 1000) / 1000,
        status: 'suggested',
        updatedAt: stamp,
      };
      s.topicIds = matcher.topicIdsFor(s, sentenceAround(doc.body, s.start, s.end));
      return s;
    });
    if (registryChanged) state.markRegistryDirty();
    const meta: ArticleMeta = {
      id,
      title: doc.title || name,
      date: doc.date,
      source: doc.source,
      byline: doc.byline,
      url: doc.url,
      language: doc.language ?? result.language ?? null,
      fileName: name,
      format: doc.format,
      contentHash: hash,
      importedAt: stamp,
      origins: doc.origins,
      bodyLength: doc.body.length,
    };
    // Body first: a shard never names an article whose body is missing.
    await store.writeBody(id, doc.body);
    state.addArticle(meta, statements);
    await state.flush(store);
    return { name, status: 'imported', articleId: id, title: meta.title, statements: statements.length };
  }

  async function runImport(jobId: string, sources: ImportSource[]): Promise<ImportSummary> {
    const files: ImportFileResult[] = [];
    const progress: ImportProgress = {
      jobId,
      total: sources.length,
      done: 0,
      imported: 0,
      failed: 0,
      duplicates: 0,
      current: null,
    };
    const count = () => {
      progress.imported = files.filter((f) => f.status === 'imported').length;
      progress.failed = files.filter((f) => f.status === 'failed').length;
      progress.duplicates = files.filter((f) => f.status === 'duplicate').length;
    };
    emit('importProgress', { ...progress });
    let wasCancelled = false;
    for (const source of sources) {
      if (cancelled.has(jobId)) {
        wasCancelled = true;
        files.push({ name: source.name, status: 'cancelled', message: 'import cancelled before this file' });
        continue;
      }
      progress.current = source.name;
      emit('importProgress', { ...progress });
      if ('error' in source) {
        files.push({ name: source.name, status: 'failed', message: source.error });
      } else {
        try {
          await serial(async () => importOne(await source.load(), files));
        } catch (err) {
          files.push({ name: source.name, status: 'failed', message: err instanceof Error ? err.message : String(err) });
        }
      }
      progress.done++;
      count();
      emit('importProgress', { ...progress });
    }
    cancelled.delete(jobId);
    progress.current = null;
    count();
    emit('importProgress', { ...progress });
    emit('libraryChanged', { reason: 'import' });
    return {
      jobId,
      imported: progress.imported,
      duplicates: progress.duplicates,
      failed: progress.failed,
      cancelled: wasCancelled,
      statements: files.reduce((n, f) => n + (f.statements ?? 0), 0),
      files,
    };
  }

  async function saveTopicNow(input: NewTopic): Promise<Topic> {
    compileTopicQuery(input.query);
    const existing = input.id ? state.topicList.find((t) => t.id === input.id) : undefined;
    const clash = state.topicList.find((t) => t.name.toLowerCase() === input.name.toLowerCase() && t.id !== input.id);
    if (clash) throw new Error(`a topic named "${clash.name}" already exists`);
    const topic: Topic = {
      id: existing?.id ?? newId('t'),
      name: input.name.trim(),
      query: input.query.trim(),
      color: input.color ?? existing?.color ?? TOPIC_COLORS[state.topicList.length % TOPIC_COLORS.length]!,
    };
    state.setTopics(existing ? state.topicList.map((t) => (t.id === topic.id ? topic : t)) : [...state.topicList, topic]);
    await retagAll();
    await state.flush(store);
    return topic;
  }

  /** Re-applies every topic query; manual assignments survive. */
  async function retagAll(): Promise<void> {
    const matcher = createTopicMatcher(state.topicList);
    for (const articleId of state.articles.keys()) {
      const list = state.statementsOf(articleId);
      if (list.length === 0) continue;
      const body = (await store.readBody(articleId)) ?? '';
      for (const s of list) {
        const next = matcher.topicIdsFor(s, sentenceAround(body, s.start, s.end));
        if (next.length !== s.topicIds.length || next.some((t) => !s.topicIds.includes(t))) {
          state.putStatement({ ...s, topicIds: next });
        }
      }
    }
  }

  const api: Workbench = {
    async getLibraryInfo(): Promise<LibraryInfo> {
      const dates = [...state.articles.values()].map((a) => a.date).filter((d): d is string => !!d).sort();
      return {
        schemaVersion: state.registrySnapshot().schemaVersion,
        articles: state.articles.size,
        statements: state.statements.size,
        actors: state.actors().length,
        topics: state.topicList.length,
        sources: [...new Set([...state.articles.values()].map((a) => a.source).filter((s): s is string => !!s))].sort(),
        dateRange: { from: dates[0] ?? null, to: dates[dates.length - 1] ?? null },
        warnings: state.warnings,
      };
    },

    async importFiles(request) {
      const sources = await deps.openImportItems(request.items);
      return runImport(request.jobId, sources);
    },

    async cancelImport(jobId) {
      cancelled.add(jobId);
      return true;
    },

    async loadDemoLibrary(jobId) {
      if (!deps.demoLibrary) throw new Error('this host has no demo library');
      const demo = await deps.demoLibrary();
      await serial(async () => {
        for (const t of demo.topics) {
          if (!state.topicList.some((x) => x.name.toLowerCase() === t.name.toLowerCase())) await saveTopicNow(t);
        }
      });
      return runImport(jobId, demo.sources);
    },

    async listArticles(): Promise<ArticleRow[]> {
      return [...state.articles.values()]
        .map((a) => {
          const list = state.statementsOf(a.id);
          return {
            ...a,
            statementCount: list.filter((s) => s.status !== 'rejected').length,
            acceptedCount: list.filter((s) => s.status === 'accepted' || s.status === 'edited').length,
          };
        })
        .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title));
    },

    async getArticle(id): Promise<ArticleDetail> {
      const meta = state.articles.get(id);
      if (!meta) throw new Error(`no article with id ${id}`);
      const body = await store.readBody(id);
      if (body === null) throw new Error(`the text of "${meta.title}" is missing from the library folder`);
      const statements = state.statementsOf(id);
      const actorIds = new Set(statements.map((s) => s.speakerId).filter((x): x is string => !!x));
      return {
        article: { ...meta, body },
        statements,
        actors: [...actorIds].map((a) => state.actor(a)!).filter(Boolean),
        topics: state.topicList,
      };
    },

    deleteArticle(id) {
      return serial(async () => {
        if (!state.articles.has(id)) throw new Error(`no article with id ${id}`);
        state.removeArticle(id);
        await state.flush(store);
        await store.deleteBody(id);
        emit('libraryChanged', { reason: 'delete article' });
      });
    },

    async listActors(): Promise<ActorRow[]> {
      const counts = new Map<string, number>();
      for (const s of state.statements.values()) {
        if (s.speakerId && s.status !== 'rejected') counts.set(s.speakerId, (counts.get(s.speakerId) ?? 0) + 1);
      }
      return state
        .actors()
        .map((a) => ({ ...a, statementCount: counts.get(a.id) ?? 0 }))
        .filter((a) => a.statementCount > 0)
        .sort((a, b) => b.statementCount - a.statementCount || a.name.localeCompare(b.name));
    },

    async listTopics() {
      return state.topicList;
    },

    saveTopic(topic) {
      return serial(async () => {
        const saved = await saveTopicNow(topic);
        emit('libraryChanged', { reason: 'topic saved' });
        return saved;
      });
    },

    async queryTimeline(filter, page) {
      return queryTimeline(state, filter, page?.offset ?? 0, page?.limit ?? 500);
    },

    async queryCharts(filter) {
      return queryCharts(state, filter);
    },

    updateStatement(id, patch: StatementPatch) {
      return serial(async () => {
        const current = requireStatement(id);
        const next: Statement = { ...current, updatedAt: now().toISOString() };
        let contentEdited = false;
        if (patch.speakerName !== undefined) {
          const { actor, changed } = state.registry.resolve(patch.speakerName, 'person');
          if (changed) state.markRegistryDirty();
          contentEdited ||= actor.id !== current.speakerId;
          next.speakerId = actor.id;
        } else if (patch.speakerId !== undefined) {
          if (patch.speakerId !== null && !state.actor(patch.speakerId)) throw new Error(`no actor with id ${patch.speakerId}`);
          contentEdited ||= patch.speakerId !== current.speakerId;
          next.speakerId = patch.speakerId;
        }
        if (patch.kind !== undefined) {
          contentEdited ||= patch.kind !== current.kind;
          next.kind = patch.kind;
        }
        if (patch.topicIds !== undefined) {
          const known = new Set(state.topicList.map((t) => t.id));
          const unknown = patch.topicIds.find((t) => !known.has(t));
          if (unknown) throw new Error(`no topic with id ${unknown}`);
          next.topicIds = [...new Set(patch.topicIds)];
          next.manualTopicIds = next.topicIds;
        }
        if (patch.note !== undefined) next.note = patch.note;
        if (patch.status !== undefined) next.status = patch.status;
        else if (contentEdited) next.status = 'edited';
        state.putStatement(next);
        await state.flush(store);
        emit('libraryChanged', { reason: 'statement updated' });
        return next;
      });
    },

    deleteStatement(id) {
      return serial(async () => {
        requireStatement(id);
        state.removeStatement(id);
        await state.flush(store);
        emit('libraryChanged', { reason: 'statement deleted' });
      });
    },

    async getReportModel(filter, options) {
      return buildReport(state, filter, options ?? {}, now());
    },

    async exportReport(filter, options): Promise<ExportedReport> {
      if (!deps.printReport) throw new Error('PDF export is not available in this host');
      const pdf = await deps.printReport(filter, options ?? {});
      return {
        fileName: `soundbite-report-${now().toISOString().slice(0, 10)}.pdf`,
        pdfBase64: bytesToBase64(pdf),
        bytes: pdf.length,
      };
    },

    async close() {
      await serial(async () => {
        await state.flush(store);
      });
    },
  };
  return api;
}
