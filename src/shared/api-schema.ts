import { z } from 'zod';
import type { ApiMethod } from './api';
import { ACTOR_TYPES, STATEMENT_STATUSES } from './model';

const id = z.string().min(1).max(200);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const kind = z.enum(['direct', 'indirect']);
const status = z.enum(STATEMENT_STATUSES as [string, ...string[]]);

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
  })
  .strict();

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

const reportOptions = z.object({ title: z.string().max(300).optional() }).strict();

/** One argument-tuple schema per API method. The satisfies clause keeps it in step with WorkbenchApi. */
export const apiArgSchemas = {
  getLibraryInfo: z.tuple([]),
  importFiles: z.tuple([z.object({ jobId: id, items: z.array(importItem).max(100_000) }).strict()]),
  cancelImport: z.tuple([id]),
  loadDemoLibrary: z.tuple([id]),
  listArticles: z.tuple([]),
  getArticle: z.tuple([id]),
  deleteArticle: z.tuple([id]),
  listActors: z.tuple([]),
  listTopics: z.tuple([]),
  saveTopic: z.tuple([
    z
      .object({
        id: id.optional(),
        name: z.string().trim().min(1).max(120),
        query: z.string().trim().min(1).max(2000),
        color: z.string().regex(/^#[0-9a-fA-F]{6}$/).optional(),
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
  updateStatement: z.tuple([
    id,
    z
      .object({
        status: status.optional(),
        speakerId: id.nullable().optional(),
        speakerName: z.string().trim().min(1).max(200).optional(),
        kind: kind.optional(),
        topicIds: z.array(id).max(200).optional(),
        note: z.string().max(20_000).optional(),
      })
      .strict(),
  ]),
  deleteStatement: z.tuple([id]),
  getReportModel: z.tuple([filterSchema, reportOptions.optional()]),
  exportReport: z.tuple([filterSchema, reportOptions.optional()]),
} satisfies Record<ApiMethod, z.ZodType>;

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(apiArgSchemas, name);
}

export const actorTypeSchema = z.enum(ACTOR_TYPES as [string, ...string[]]);
