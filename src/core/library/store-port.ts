import type { Actor, ArticleMeta, Statement, Topic } from '../../shared/model';

export const SCHEMA_VERSION = 1;

/** Small, often-read data: actors, topics and the user's remembered decisions. */
export interface Registry {
  schemaVersion: number;
  shardCount: number;
  actors: Actor[];
  topics: Topic[];
  /** Pairs of article ids ("a|b", sorted) the analyst said are not duplicates. */
  notDuplicates?: string[];
}

/**
 * A shard holds the metadata and statements of the articles whose id hashes to it, so persisting one statement
 * edit rewrites one shard (1/shardCount of the library) and never an article body.
 */
export interface Shard {
  articles: ArticleMeta[];
  statements: Statement[];
}

export interface OpenedLibrary {
  registry: Registry | null;
  shards: Map<number, Shard>;
  /** Files that could not be read; they were set aside (never overwritten) and the library opened without them. */
  warnings: string[];
}

/** The storage port. Core depends on this interface only; the lowdb implementation lives in src/node. */
export interface LibraryStore {
  open(): Promise<OpenedLibrary>;
  writeRegistry(registry: Registry): Promise<void>;
  writeShard(index: number, shard: Shard): Promise<void>;
  readBody(articleId: string): Promise<string | null>;
  writeBody(articleId: string, body: string): Promise<void>;
  deleteBody(articleId: string): Promise<void>;
  /** Ids of every stored body, to find those no article names any more. */
  listBodyIds(): Promise<string[]>;
}

export function shardOf(articleId: string, shardCount: number): number {
  let h = 2166136261;
  for (let i = 0; i < articleId.length; i++) {
    h ^= articleId.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) % shardCount;
}
