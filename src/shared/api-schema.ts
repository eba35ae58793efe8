import { z } from 'zod';
import type { ApiMethod } from './api';
import { ACTOR_TYPES, STATEMENT_STATUSES, type Filter } from './model';

const id = z.string().min(1).max(200);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const kind = z.enum(['direct', 'indirect']);
const status = z.enum(STATEMENT_STATUSES as [string, ...string[]]);
const actorType = z.enum(ACTOR_TYPES as [string, ...string[]]);

export const filterSchema = z
  .object({
    actorIds: z.array(id).max(1000).optional(),
    topicIds: z.array(id).max(1000).optional(),
    sources: z.array(z.string().max(300)).max(1000).optional(),
    from: isoDate.nullable().optional(),
    to: isoDate.nullable().optional(),
    statuses: z.array(status).optional(),
    kinds: z.array(kind).optional(),
    text: z.string().max(500).optional(),
    importIds: z.array(id).max(1000).optional(),
    actorTypes: z.array(actorType).max(20).optional(),
    polarities: z
      .array(z.enum(['asserts', 'denies', 'questions']))
      .max(3)
      .optional(),
    minConfidence: z.number().min(0).max(1).optional(),
    dated: z.boolean().optional(),
  })
  .strict();
// The schema and the Filter type name the same fields, and every Filter passes the schema's type.
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
const filterKeysMatch: SameKeys<z.infer<typeof filterSchema>, Filter> = true;
const filterFits = (f: Filter): z.infer<typeof filterSchema> => f;
void filterKeysMatch;
void filterFits;

const importItem = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('path'), path: z.string().min(1).max(4096) }).strict(),
  z
    .object({
      kind: z.literal('bytes'),
      name: z.string().min(1).max(1024),
      base64: z.string(),
      lastModified: z.number().optional(),
      size: z.number().int().min(0).optional(),
    })
    .strict(),
]);

const offset = z.number().int().min(0).max(100_000_000);
const nullableText = (max: number) => z.string().trim().max(max).nullable().optional();

const reportText = (max: number) => z.string().max(max).optional();
const reportOptions = z
  .object({
    title: reportText(300),
    subtitle: reportText(300),
    preparedFor: reportText(300),
    author: reportText(300),
    summary: reportText(20_000),
    sections: z
      .array(z.enum(['key-figures', 'charts', 'timeline', 'statements', 'notes', 'sources']))
      .max(6)
      .refine((list) => new Set(list).size === list.length, 'each section at most once')
      .optional(),
    groupBy: z.enum(['actor', 'topic', 'date']).optional(),
    paper: z.enum(['a4', 'letter']).optional(),
    locale: z
      .string()
      .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a locale such as en-GB')
      .optional(),
  })
  .strict();
export const reportPresetSchema = z
  .object({ name: z.string().trim().min(1).max(120), options: reportOptions, filter: filterSchema })
  .strict();

/** One argument-tuple schema per API method. The satisfies clause keeps it in step with WorkbenchApi. */
export const apiArgSchemas = {
  getLibraryInfo: z.tuple([]),
  importFiles: z.tuple([z.object({ jobId: id, items: z.array(importItem).max(100_000) }).strict()]),
  cancelImport: z.tuple([id]),
  loadDemoLibrary: z.tuple([id]),
  listArticles: z.tuple([]),
  queryArticles: z.tuple([
    z
      .object({
        importIds: z.array(id).max(1_000).optional(),
        languages: z.array(z.string().min(1).max(20)).max(100).optional(),
        offset: z.number().int().min(0).max(10_000_000).optional(),
        limit: z.number().int().min(1).max(100_000).optional(),
      })
      .strict(),
  ]),
  getArticle: z.tuple([id]),
  deleteArticle: z.tuple([id]),
  deleteArticles: z.tuple([z.array(id).min(1).max(1_000_000)]),
  listImports: z.tuple([]),
  rereadArticle: z.tuple([id, z.string().regex(/^[A-Za-z0-9_.:-]{1,40}$/)]),
  updateArticle: z.tuple([
    id,
    z
      .object({
        title: z.string().trim().min(1).max(500).optional(),
        date: isoDate.nullable().optional(),
        source: nullableText(300),
        byline: nullableText(300),
        url: nullableText(2000),
        note: z.string().max(20_000).optional(),
      })
      .strict(),
  ]),
  listDuplicateGroups: z.tuple([]),
  mergeDuplicates: z.tuple([id, z.array(id).min(1).max(1000)]),
  markNotDuplicates: z.tuple([z.array(id).min(2).max(1000)]),
  listActors: z.tuple([]),
  updateActor: z.tuple([
    id,
    z
      .object({
        name: z.string().trim().min(1).max(200).optional(),
        type: actorType.optional(),
        aliases: z.array(z.string().trim().min(1).max(200)).max(500).optional(),
      })
      .strict(),
  ]),
  mergeActors: z.tuple([z.array(id).min(1).max(1000), id]),
  splitActorAlias: z.tuple([id, z.string().trim().min(1).max(200)]),
  listTopics: z.tuple([]),
  deleteTopic: z.tuple([id]),
  previewTopic: z.tuple([z.string().max(2000), z.number().int().min(1).max(500).optional()]),
  suggestTopics: z.tuple([z.number().int().min(1).max(100).optional()]),
  saveTopic: z.tuple([
    z
      .object({
        id: id.optional(),
        name: z.string().trim().min(1).max(120),
        query: z.string().trim().min(1).max(2000),
        color: z
          .string()
          .regex(/^#[0-9a-fA-F]{6}$/)
          .optional(),
      })
      .strict(),
  ]),
  queryTimeline: z.tuple([
    filterSchema,
    z
      .object({ offset: z.number().int().min(0).optional(), limit: z.number().int().min(1).max(5000).optional() })
      .strict()
      .optional(),
  ]),
  queryCharts: z.tuple([filterSchema]),
  queryReviewQueue: z.tuple([
    filterSchema,
    z
      .object({
        order: z.enum(['newest', 'least-confident', 'article']).optional(),
        offset: offset.optional(),
        limit: z.number().int().min(1).max(5000).optional(),
      })
      .strict()
      .optional(),
  ]),
  createStatement: z.tuple([
    z
      .object({
        articleId: id,
        start: offset,
        end: offset,
        kind,
        speakerName: z.string().trim().min(1).max(200).optional(),
        topicIds: z.array(id).max(200).optional(),
        note: z.string().max(20_000).optional(),
      })
      .strict(),
  ]),
  updateStatement: z.tuple([
    id,
    z
      .object({
        status: status.optional(),
        start: offset.optional(),
        end: offset.optional(),
        speakerId: id.nullable().optional(),
        speakerName: z.string().trim().min(1).max(200).optional(),
        kind: kind.optional(),
        topicIds: z.array(id).max(200).optional(),
        note: z.string().max(20_000).optional(),
      })
      .strict(),
  ]),
  deleteStatement: z.tuple([id]),
  search: z.tuple([z.string().max(500), z.number().int().min(1).max(500).optional()]),
  undo: z.tuple([]),
  redo: z.tuple([]),
  getHistory: z.tuple([]),
  getReportModel: z.tuple([filterSchema, reportOptions.optional()]),
  exportReport: z.tuple([filterSchema, reportOptions.optional()]),
  listReportPresets: z.tuple([]),
  saveReportPreset: z.tuple([reportPresetSchema]),
  deleteReportPreset: z.tuple([z.string().min(1).max(120)]),
  exportStatements: z.tuple([filterSchema, z.enum(['csv', 'xlsx', 'json', 'qdpx'])]),
  checkLibrary: z.tuple([]),
  repairLibrary: z.tuple([z.string().min(1).max(2000), z.string().min(1).max(100)]),
  emptyTrash: z.tuple([]),
} satisfies Record<ApiMethod, z.ZodType>;

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(apiArgSchemas, name);
}
