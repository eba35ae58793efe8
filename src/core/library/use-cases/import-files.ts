import type { ImportFileResult, ImportProgress, ImportSummary, WorkbenchApi } from '../../../shared/api';
import type { ArticleMeta, Statement } from '../../../shared/model';
import { extractStatements } from '../../extract/index';
import { readDocument } from '../../ingest/index';
import type { IngestedArticle, SourceFile } from '../../ingest/types';
import { contentHash } from '../content-hash';
import type { ImportSource } from '../import-source';
import { createTopicMatcher, sentenceAround } from '../topic-tagging';
import type { WorkbenchContext } from '../workbench-context';
import { resolveSpeaker } from './speakers';
import { saveTopicIn } from './topics';

type ImportApi = Pick<WorkbenchApi, 'importFiles' | 'cancelImport' | 'loadDemoLibrary'>;

export function importUseCases(ctx: WorkbenchContext): ImportApi {
  const { state, store, deps } = ctx;
  const read = deps.readDocument ?? ((file: SourceFile) => readDocument(file));
  const extract = deps.extract ?? extractStatements;
  const cancelled = new Set<string>();

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
    };
    // The body is written first, so a shard never names an article whose text is missing.
    await store.writeBody(id, doc.body);
    const count = await ctx.mutate(
      'import',
      (tx) => {
        tx.putArticle(meta);
        const matcher = createTopicMatcher(state.topicList);
        result.statements.forEach((x, i) => {
          const aliases = result.actors.find((a) => a.name === x.speaker)?.aliases ?? [];
          const speaker = x.speaker ? resolveSpeaker(state, tx, x.speaker, x.speakerType, aliases) : null;
          const s: Statement = {
            id: `${id}-${i}`,
            articleId: id,
            start: x.start,
            end: x.end,
            quote: x.quote,
            context: sentenceAround(doc.body, x.start, x.end),
            kind: x.kind,
            ...(x.mixed ? { mixed: true } : {}),
            cue: x.cue,
            speakerId: speaker?.id ?? null,
            ...(x.speakerStart !== undefined ? { speakerStart: x.speakerStart, speakerEnd: x.speakerEnd } : {}),
            topicIds: [],
            confidence: Math.round(x.confidence * 1000) / 1000,
            status: 'suggested',
            updatedAt: stamp,
          };
          s.topicIds = matcher.topicIdsFor(s);
          tx.putStatement(s);
        });
        return result.statements.length;
      },
      { history: false },
    );
    return { name, status: 'imported', articleId: id, title: meta.title, statements: count };
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

  async function runImport(jobId: string, sources: ImportSource[]): Promise<ImportSummary> {
    const files: ImportFileResult[] = [];
    const progress: ImportProgress = { jobId, total: sources.length, done: 0, imported: 0, failed: 0, duplicates: 0, current: null };
    const recount = () => {
      progress.imported = files.filter((f) => f.status === 'imported').length;
      progress.failed = files.filter((f) => f.status === 'failed').length;
      progress.duplicates = files.filter((f) => f.status === 'duplicate').length;
    };
    ctx.emit('importProgress', { ...progress });
    let wasCancelled = false;
    for (const source of sources) {
      if (cancelled.has(jobId)) {
        wasCancelled = true;
        files.push({ name: source.name, status: 'cancelled', message: 'import cancelled before this file' });
        continue;
      }
      progress.current = source.name;
      ctx.emit('importProgress', { ...progress });
      if ('error' in source) {
        files.push({ name: source.name, status: 'failed', message: source.error });
      } else {
        try {
          await importOne(await source.load(), files);
        } catch (err) {
          files.push({ name: source.name, status: 'failed', message: err instanceof Error ? err.message : String(err) });
        }
      }
      progress.done++;
      recount();
      ctx.emit('importProgress', { ...progress });
    }
    cancelled.delete(jobId);
    progress.current = null;
    ctx.emit('importProgress', { ...progress });
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
      const missing = demo.topics.filter((t) => !state.topicList.some((x) => x.name.toLowerCase() === t.name.toLowerCase()));
      if (missing.length > 0) {
        await ctx.mutate('add demo topics', (tx) => {
          for (const t of missing) saveTopicIn(ctx, tx, t);
        }, { history: false });
      }
      return runImport(jobId, demo.sources);
    },
  };
}
