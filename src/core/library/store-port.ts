/**
 * The storage port: what core needs from wherever the library lives (src/node/lowdb-store.ts on disk).
 *
 *   Registry / Shard            the documents: actors + topics, and article metadata + statements
 *   LibraryStore                read at open, write documents and bodies, keep a registry backup
 *   StrayFile / TrashEntry      files that are not library data (set aside, unfinished, sync conflicts) and the
 *                               trash they are moved to: nothing is ever deleted except by emptying the trash
 */
import type { ReportPreset } from '../../shared/api';
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
  /** Report builder presets, by name. */
  reportPresets?: ReportPreset[];
  /** What a recovery at open did, shown in the library's health until the analyst dismisses it. */
  recoveryNotes?: string[];
}

/**
 * A shard holds the metadata and statements of the articles whose id hashes to it, so persisting one statement
 * edit rewrites one shard (1/shardCount of the library) and never an article body.
 */
export interface Shard {
  articles: ArticleMeta[];
  statements: Statement[];
}

/** A library file that could not be used at open. */
export interface DamagedFile {
  /** Path inside the library folder, e.g. "shards/07.json". */
  file: string;
  reason: string;
  /** Where it was set aside ("shards/07.json.damaged-…"), or null when the store is read-only and left it. */
  setAsideAs: string | null;
}

export interface OpenedLibrary {
  registry: Registry | null;
  /** 'missing' for a new library as well as a lost registry; the service tells them apart by the shards. */
  registryState: 'ok' | 'missing' | 'damaged';
  shards: Map<number, Shard>;
  damaged: DamagedFile[];
}

/** A file in the library folder that is not library data. */
export interface StrayFile {
  file: string;
  kind: 'set-aside' | 'temp' | 'conflict-copy';
  bytes: number;
  modified: string;
}

export interface TrashEntry {
  /** Name inside the trash folder. */
  name: string;
  from: string;
  reason: string;
  movedAt: string;
  bytes: number;
}

export interface LibraryStore {
  /** False when another process holds the library: nothing may be written, moved or deleted. */
  readonly writable: boolean;
  open(): Promise<OpenedLibrary>;
  writeRegistry(registry: Registry): Promise<void>;
  writeShard(index: number, shard: Shard): Promise<void>;
  readBody(articleId: string): Promise<string | null>;
  writeBody(articleId: string, body: string): Promise<void>;
  /** Ids of every stored body, to find those no article names any more. */
  listBodyIds(): Promise<string[]>;
  /** The newest registry backup that reads cleanly (written before each registry write), or null. */
  readRegistryBackup(): Promise<{ registry: Registry; savedAt: string } | null>;
  listStrayFiles(): Promise<StrayFile[]>;
  /** The text of a file inside the library folder (a set-aside or conflict copy, for salvage). */
  readLibraryFile(file: string): Promise<string>;
  /** Moves a file (path inside the library folder) to the trash, with the reason shown to the analyst. */
  moveToTrash(file: string, reason: string): Promise<void>;
  bodyFile(articleId: string): string;
  listTrash(): Promise<TrashEntry[]>;
  /** Finishes pending background writes (the registry's backup copy). */
  close?(): Promise<void>;
  /** Deletes everything in the trash; the only deletion the library ever does. Returns the number of files. */
  emptyTrash(): Promise<number>;
  /**
   * Derived data (the search index) kept in index/ beside the documents, by a plain name ("body-3.seg"). Losing or
   * damaging it loses nothing: it is rebuilt from the documents. Reading a missing file gives null; writing is
   * atomic; a read-only library writes nothing (and says so by `writable`).
   */
  readIndexFile(name: string): Promise<Uint8Array | null>;
  writeIndexFile(name: string, bytes: Uint8Array): Promise<void>;
  removeIndexFile(name: string): Promise<void>;
}

export function shardOf(articleId: string, shardCount: number): number {
  let h = 2166136261;
  for (let i = 0; i < articleId.length; i++) {
    h ^= articleId.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) % shardCount;
}
