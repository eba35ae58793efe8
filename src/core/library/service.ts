import type { WorkbenchApi } from '../../shared/api';
import { LibraryState } from './library-state';
import { SearchIndex } from './search-index';
import type { LibraryStore } from './store-port';
import { actorUseCases } from './use-cases/actors';
import { articleRow, articleUseCases } from './use-cases/articles';
import { duplicateUseCases } from './use-cases/duplicates';
import { importUseCases } from './use-cases/import-files';
import { queryUseCases } from './use-cases/queries';
import { reviewUseCases } from './use-cases/review';
import { topicUseCases } from './use-cases/topics';
import { WorkbenchContext, type WorkbenchDeps } from './workbench-context';

export type { WorkbenchDeps } from './workbench-context';

export interface Workbench extends WorkbenchApi {
  /** Waits for pending writes. */
  close(): Promise<void>;
}

/**
 * Bodies no article names: articles deleted in an earlier session (kept then so the deletion could be undone) or
 * an import cut off before its article was saved. Skipped when a damaged file was set aside at open, since its
 * articles may still come back.
 */
async function removeOrphanBodies(state: LibraryState, store: LibraryStore): Promise<void> {
  if (state.warnings.length > 0) return;
  for (const id of await store.listBodyIds()) {
    if (!state.articles.has(id)) await store.deleteBody(id);
  }
}

/** The whole workbench over one store: every host (Electron, HTTP, CLI, tests) serves this object. */
export async function createWorkbench(store: LibraryStore, deps: WorkbenchDeps): Promise<Workbench> {
  let counter = 0;
  const state = await LibraryState.open(store, () => `p${Date.now().toString(36)}${(counter++).toString(36)}`);
  await state.flush(store);
  await removeOrphanBodies(state, store);
  const ctx = new WorkbenchContext(state, store, deps);
  const searchIndex = new SearchIndex(state, store);
  return {
    ...importUseCases(ctx),
    ...articleUseCases(ctx),
    ...duplicateUseCases(ctx, (a) => articleRow(ctx, a)),
    ...actorUseCases(ctx),
    ...topicUseCases(ctx),
    ...reviewUseCases(ctx),
    ...queryUseCases(ctx, searchIndex),
    close: () => ctx.serial(async () => void (await state.flush(store))),
  };
}
