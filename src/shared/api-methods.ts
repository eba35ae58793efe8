import type { ApiMethod } from './api';

/** Every method of WorkbenchApi, as data (the preload cannot bundle zod, so this list is kept apart). */
export const API_METHODS = [
  'getLibraryInfo',
  'importFiles',
  'cancelImport',
  'loadDemoLibrary',
  'listArticles',
  'queryArticles',
  'getArticle',
  'deleteArticle',
  'deleteArticles',
  'listImports',
  'updateArticle',
  'rereadArticle',
  'listDuplicateGroups',
  'mergeDuplicates',
  'markNotDuplicates',
  'listActors',
  'updateActor',
  'mergeActors',
  'splitActorAlias',
  'listTopics',
  'saveTopic',
  'deleteTopic',
  'previewTopic',
  'suggestTopics',
  'queryTimeline',
  'queryCharts',
  'queryReviewQueue',
  'createStatement',
  'updateStatement',
  'deleteStatement',
  'search',
  'undo',
  'redo',
  'getHistory',
  'getReportModel',
  'exportReport',
  'listReportPresets',
  'saveReportPreset',
  'deleteReportPreset',
  'exportStatements',
  'checkLibrary',
  'repairLibrary',
  'emptyTrash',
] as const satisfies readonly ApiMethod[];

// Compile-time check that the list names every method of the contract.
type Missing = Exclude<ApiMethod, (typeof API_METHODS)[number]>;
const complete: Missing extends never ? true : Missing = true;
void complete;
