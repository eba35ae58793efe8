import type { WorkbenchApi } from '../../shared/api';
import type { Filter } from '../../shared/model';
import type { ExportSet } from '../export/export-set';
import { CallActivity } from './call-activity';
import { FirstScreenKeeper } from './first-screen-keeper';
import { FIRST_SCREEN_FILE, firstScreenFile } from './first-screen';
import { LibraryHealthService } from './library-health';
import { LibraryState } from './library-state';
import { rebuildMissingSpeakers, recoverRegistry, tidyAtOpen } from './recover-at-open';
import { memoryQueries } from './memory-queries';
import type { LibraryQueries } from './query-port';
import { SearchIndex } from './search-index';
import { SAVED_VIEWS_FILE, savedViewsFile } from './saved-views';
import type { LibraryStore } from './store-port';
import { actorUseCases } from './use-cases/actors';
import { articleRow, articleUseCases } from './use-cases/articles';
import { duplicateUseCases } from './use-cases/duplicates';
import { exportUseCases } from './use-cases/exports';
import { importUseCases } from './use-cases/import-files';
import { rereadUseCases } from './use-cases/reread-article';
import { queryUseCases } from './use-cases/queries';
import { reportPresetUseCases } from './use-cases/report-presets';
import { reviewUseCases } from './use-cases/review';
import { topicUseCases } from './use-cases/topics';
import { WorkbenchContext, type WorkbenchDeps } from './workbench-context';

export type { WorkbenchDeps } from './workbench-context';

export interface Workbench extends WorkbenchApi {
  /** Waits for pending writes. */
  close(): Promise<void>;
  /** The statements of a filter for an export written in this process (the CLI streams it to a file). */
  exportSet(filter: Filter): ExportSet;
  /**
   * Builds the article list, the library order, the statement table and the review order ahead of need, so the
   * views do not wait for them. Each step waits until the calls in progress are answered and the workbench has
   * been quiet a moment (call-activity.ts): a window opening a large library paints its first screen first.
   */
  warmUp(): Promise<void>;
}

/** The whole workbench over one store: every host (Electron, HTTP, CLI, tests) serves this object. */
export async function createWorkbench(documents: LibraryStore, deps: WorkbenchDeps): Promise<Workbench> {
  let counter = 0;
  const firstScreen = new FirstScreenKeeper(documents, [FIRST_SCREEN_FILE, SAVED_VIEWS_FILE]);
  const store = firstScreen.store;
  const state = await LibraryState.open(store, () => `p${Date.now().toString(36)}${(counter++).toString(36)}`);
  // Articles the saved first screen lists may have been set aside as damaged.
  if (state.opened.damaged.length > 0 || state.opened.registryState !== 'ok') await firstScreen.retire();
  const now = deps.now?.() ?? new Date();
  // Recovery happens in memory first; a read-only store never writes it back.
  await recoverRegistry(state, store, now);
  await rebuildMissingSpeakers(state, store, now);
  await state.flush(store);
  const ctx = new WorkbenchContext(state, store, deps);
  const { importSources, ...importApi } = importUseCases(ctx);
  const health = new LibraryHealthService(ctx, deps.readOnlyReason ?? null, importSources);
  // Nothing is moved at open unless the library is whole and this process is its one writer.
  if ((await health.checkNow()).mode === 'normal') {
    // Checked again only when tidying changed the folder: at a million statements each check lists ~150,000 files.
    if (await tidyAtOpen(state, store)) await health.checkNow();
  }
  const searchIndex = new SearchIndex(state, store);
  const queries: LibraryQueries & { warmUp?(): void } = deps.queries?.(ctx) ?? memoryQueries(ctx, searchIndex);
  const activity = new CallActivity();
  const articles = articleUseCases(ctx);
  const queryApi = queryUseCases(ctx, () => health.summary());
  firstScreen.attach({
    files: [
      firstScreenFile(async () => {
        const { health: _unused, ...info } = await queryApi.getLibraryInfo();
        return {
          info,
          imports: await articles.listImports(),
          rows: (function* () {
            for (const a of state.articlesNewestFirst()) yield articleRow(ctx, a);
          })(),
          savedAt: ctx.now().toISOString(),
        };
      }),
      savedViewsFile(() => {
        const table = state.builtStatementTable();
        return table
          ? {
              table,
              actors: state.actors(),
              topics: state.topics(),
              layout: state.shardLayout,
              savedAt: ctx.now().toISOString(),
            }
          : null;
      }),
    ],
    unsaved: () => state.hasUnsavedChanges(),
    serial: (work) => ctx.serial(work),
    quiet: () => activity.quiet(),
  });
  const api = activity.track<Omit<Workbench, 'warmUp' | 'close'>>({
    ...importApi,
    ...articles,
    ...rereadUseCases(ctx),
    ...duplicateUseCases(ctx, (a) => articleRow(ctx, a)),
    ...actorUseCases(ctx),
    ...topicUseCases(ctx),
    ...reviewUseCases(ctx),
    ...queryApi,
    ...queries,
    ...exportUseCases(ctx),
    ...reportPresetUseCases(ctx),
    checkLibrary: () => health.check(),
    repairLibrary: (problemId, repairId) => health.repair(problemId, repairId),
    emptyTrash: () => health.emptyTrash(),
  });
  return {
    ...api,
    warmUp: async () => {
      const steps = [
        () => state.articlesNewestFirst(),
        () => state.statementsInOrder(),
        () => state.statementTable(),
        () => queries.warmUp?.(),
      ];
      for (const step of steps) {
        await activity.quiet();
        step();
      }
      await firstScreen.ensureSaved();
    },
    close: () =>
      ctx.serial(async () => {
        await state.flush(store);
        await firstScreen.close();
        await searchIndex.close();
        await store.close?.();
      }),
  };
}
