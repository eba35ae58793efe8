import type { ImportFileResult, ImportProgress, ImportSummary, WorkbenchApi } from '../../../shared/api';
import type { ArticleMeta, Statement } from '../../../shared/model';
import { extractStatements } from '../../extract/index';
import type { ExtractionResult } from '../../extract/types';
import type { IngestedArticle, SourceFile } from '../../ingest/types';
import { summaryWarnings } from '../../ingest/import-warnings';
import { errorMessage } from '../../../shared/result';
import { analyseFile, type AnalysedEntry } from '../analyse-file';
import type { ImportSource } from '../import-source';
import { createTopicMatcher, sentenceAround } from '../topic-tagging';
import type { WorkbenchContext } from '../workbench-context';
import type { Transaction } from '../transaction';
import { actorNamed, linkCountry, resolveSpeaker } from './speakers';
import { saveTopicIn } from './topics';

type ImportApi = Pick<WorkbenchApi, 'importFiles' | 'cancelImport' | 'loadDemoLibrary'> & {
  /** The import of ready-made sources (recovered texts); not part of the contract. */
  importSources(jobId: string, sources: ImportSource[]): Promise<ImportSummary>;
};

/** How many files are read and analysed ahead of the one being saved (enough to keep every worker busy). */
const LOOKAHEAD = 8;
/** Write the library after this many new articles, or this long after the last write, whichever comes first. */
const PERSIST_EVERY = 100;
const PERSIST_MS = 1000;

interface Analysed {
  name: string;
  error?: string;
  entries: AnalysedEntry[];
}

export function importUseCases(ctx: WorkbenchContext): ImportApi {
  const { state, store, deps } = ctx;
  // The readers (and their date parser) load on the first import that reads in this thread, not at open.
  const read =
    deps.readDocument ?? (async (file: SourceFile) => (await import('../../ingest/index')).readDocument(file));
  const extract = deps.extract ?? extractStatements;
  const cancelled = new Set<string>();

  /** The part of an import that needs no library state: read, hash, extract. Safe to run several at once. */
  async function analyse(source: ImportSource): Promise<Analysed> {
    if ('error' in source) return { name: source.name, entries: [], error: source.error };
    const file = await source.load();
    const entries = deps.analyseFile ? await deps.analyseFile(file) : await analyseFile(file, read, extract);
    return { name: source.name, entries };
  }

  /** Adds one analysed article; runs one at a time so duplicates within a batch are caught too. */
  async function commit(
    name: string,
    doc: IngestedArticle,
    hash: string,
    result: ExtractionResult,
    print: number[],
    importId: string,
  ): Promise<ImportFileResult> {
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
    const stamp = ctx.now().toISOString();
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
      fingerprint: print,
      importId,
      ...(doc.encoding ? { encoding: doc.encoding } : {}),
    };
    // The body is written first, so a shard never names an article whose text is missing.
    await store.writeBody(id, doc.body);
    const count = await ctx.mutate(
      'import',
      (tx) => {
        tx.putArticle(meta);
        return putExtractedStatements(ctx, tx, id, doc.body, result, stamp);
      },
      { history: false, persist: false },
    );
    const warnings = summaryWarnings(doc, count);
    return {
      name,
      status: 'imported',
      articleId: id,
      title: meta.title,
      statements: count,
      ...(warnings.length ? { warnings } : {}),
    };
  }

  async function runImport(jobId: string, sources: ImportSource[]): Promise<ImportSummary> {
    ctx.assertWritable();
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
    const publish = () => ctx.emit('importProgress', { ...progress });
    // Counted as they come: recounting every result at each file made a long import quadratic.
    const record = (f: ImportFileResult) => {
      files.push(f);
      if (f.status === 'imported') progress.imported++;
      else if (f.status === 'failed') progress.failed++;
      else if (f.status === 'duplicate') progress.duplicates++;
    };
    publish();
    // Analyse a few files ahead (in worker threads where the host has them) while committing in order.
    const inFlight: Array<Promise<Analysed>> = [];
    const settle = (source: ImportSource) =>
      analyse(source).catch((err: unknown): Analysed => ({ name: source.name, entries: [], error: errorMessage(err) }));
    let next = 0;
    const fill = () => {
      while (inFlight.length < LOOKAHEAD && next < sources.length && !cancelled.has(jobId))
        inFlight.push(settle(sources[next++]!));
    };
    let wasCancelled = false;
    let unsaved = 0;
    // 0: the first article is saved at once, so an analyst sees the import land; later ones are saved in batches.
    let lastPersist = 0;
    fill();
    for (let i = 0; i < sources.length; i++) {
      const source = sources[i]!;
      if (cancelled.has(jobId) || i >= next) {
        wasCancelled = true;
        record({ name: source.name, status: 'cancelled', message: 'import cancelled before this file' });
        continue;
      }
      progress.current = source.name;
      publish();
      const analysed = await inFlight.shift()!;
      fill();
      if (analysed.error) record({ name: analysed.name, status: 'failed', message: analysed.error });
      for (const entry of analysed.entries) {
        if (entry.error) {
          record({ name: entry.name, status: 'failed', message: entry.error });
          continue;
        }
        for (const a of entry.articles) {
          try {
            record(await commit(entry.name, a.doc, a.hash, a.result, a.print, jobId));
            unsaved++;
          } catch (err) {
            record({ name: entry.name, status: 'failed', message: errorMessage(err) });
          }
        }
      }
      // Shards are written in batches: a 1,000-file import would otherwise rewrite them a thousand times.
      if (unsaved >= PERSIST_EVERY || (unsaved > 0 && Date.now() - lastPersist > PERSIST_MS)) {
        await ctx.persistNow('import');
        unsaved = 0;
        lastPersist = Date.now();
      }
      progress.done++;
      publish();
    }
    await ctx.persistNow('import');
    cancelled.delete(jobId);
    progress.current = null;
    publish();
    ctx.emit('libraryChanged', { reason: 'import' });
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

  return {
    importSources: runImport,
    async importFiles(request) {
      return runImport(request.jobId, await deps.openImportItems(request.items));
    },
    async cancelImport(jobId) {
      cancelled.add(jobId);
      return true;
    },
    async loadDemoLibrary(jobId) {
      if (!deps.demoLibrary) throw new Error('this host has no demo library');
      const demo = await deps.demoLibrary();
      const missing = demo.topics.filter(
        (t) => !state.topicList.some((x) => x.name.toLowerCase() === t.name.toLowerCase()),
      );
      if (missing.length > 0) {
        await ctx.mutate(
          'add demo topics',
          (tx) => {
            for (const t of missing) saveTopicIn(ctx, tx, t);
          },
          { history: false },
        );
      }
      return runImport(jobId, demo.sources);
    },
  };
}

/**
 * The statements extraction found in an article, saved with their speakers resolved to actors and their topics
 * tagged; returns how many. Shared by imports and by re-reading an article with another encoding.
 */
export function putExtractedStatements(
  ctx: WorkbenchContext,
  tx: Transaction,
  id: string,
  body: string,
  result: ExtractionResult,
  stamp: string,
): number {
  const { state } = ctx;
  const matcher = createTopicMatcher(state.topicList);
  result.statements.forEach((x, i) => {
    const extracted = result.actors.find((a) => a.name === x.speaker);
    const aliases = extracted?.aliases ?? [];
    const mention =
      x.speakerStart !== undefined && x.speakerEnd !== undefined ? body.slice(x.speakerStart, x.speakerEnd) : '';
    let speaker = x.speaker
      ? (actorNamed(state, mention) ?? resolveSpeaker(state, tx, x.speaker, x.speakerType, aliases))
      : null;
    // "the Kestrian government": an organisation of a country, linked to that country's actor
    if (speaker && extracted?.country) speaker = linkCountry(state, tx, speaker, extracted.country);
    const s: Statement = {
      id: `${id}-${i}`,
      articleId: id,
      start: x.start,
      end: x.end,
      quote: x.quote,
      context: sentenceAround(body, x.start, x.end),
      kind: x.kind,
      ...(x.mixed ? { mixed: true } : {}),
      cue: x.cue,
      ...(x.date ? { date: x.date, datePrecision: x.datePrecision, dateOrigin: x.dateOrigin } : {}),
      ...(x.polarity && x.polarity !== 'asserts' ? { polarity: x.polarity } : {}),
      speakerId: speaker?.id ?? null,
      ...(x.speakerStart !== undefined ? { speakerStart: x.speakerStart, speakerEnd: x.speakerEnd } : {}),
      topicIds: [],
      confidence: Math.round(x.confidence * 1000) / 1000,
      status: 'suggested',
      updatedAt: stamp,
    };
    s.topicIds = matcher.topicIdsFor(s);
    state.shared.statement(s, id);
    tx.putStatement(s);
  });
  return result.statements.length;
}
