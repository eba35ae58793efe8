/**
 * The storage port: what core needs from wherever the library lives (src/node/lowdb-store.ts on disk).
 *
 *   Registry / Shard            the documents: actors + topics, and article metadata + statements
 *   ShardLayout / shardOf       which folder holds the shards and how many; which shard an article is in
 *   shardCountFor               how many shards a library of a given size needs to keep each one small
 *   LibraryStore                read at open, write documents and bodies, keep a registry backup
 *   StrayFile / TrashEntry      files that are not library data (set aside, unfinished, sync conflicts) and the
 *                               trash they are moved to: nothing is ever deleted except by emptying the trash
 */
import type { ReportPreset } from '../../shared/api';
import type { Actor, ArticleMeta, Statement, Topic } from '../../shared/model';

/**
 * 2: shards live in a folder the registry names (`shards-<count>/`), their count grows with the library.
 * 1 (and a registry without `shardFolder`): 64 shards in `shards/`; converted at the first open by a writer.
 */
export const SCHEMA_VERSION = 2;

/** Where the shards live: a folder of the library and the number of shards an article id is hashed over. */
export interface ShardLayout {
  folder: string;
  count: number;
}

/** The layout every library had before schema 2: a fixed 64 shards in shards/. */
export const LEGACY_LAYOUT: ShardLayout = { folder: 'shards', count: 64 };

/** The folder of a bounded layout of `count` shards. */
export function layoutFolder(count: number): string {
  return `shards-${count}`;
}

/** Layout folders as they appear in the library folder: the legacy `shards` and `shards-<count>`. */
export const LAYOUT_FOLDER = /^shards(?:-([1-9]\d{0,6}))?$/;

/**
 * Bytes of JSON a shard holds on average, at most: a shard is rewritten whole on every edit of one of its articles,
 * so this is what an edit writes (between half of it, just after a re-shard, and all of it). Measured on imports of
 * the demo library and ../shared/samples: an article's metadata is ≈ 1.6 KB and a statement ≈ 0.62 KB (0.86 KB at
 * most), ≈ 9 statements an article, so ≈ 7 KB an article. Articles fall into shards by hash, a Poisson draw of
 * 0.8–1.7 articles a shard at this target: the fullest of 1,024 shards then holds ≈ 50 KB, of 65,536 (a million
 * statements) ≈ 70 KB in the worst case just before a re-shard.
 */
export const SHARD_TARGET_BYTES = 12 * 1024;
/** A document an edit may rewrite, at typical statement sizes; one article with hundreds of statements can exceed it. */
export const SHARD_BOUND_BYTES = 64 * 1024;
export const ARTICLE_BYTES = 1700;
export const STATEMENT_BYTES = 650;
const MIN_SHARDS = 16;
const MAX_SHARDS = 1 << 20;

/** The power-of-two shard count that keeps a library of about `bytes` of shard JSON at the target average. */
export function shardCountFor(bytes: number): number {
  let count = MIN_SHARDS;
  while (count < MAX_SHARDS && bytes > count * SHARD_TARGET_BYTES) count *= 2;
  return count;
}

/** Small, often-read data: actors, topics and the user's remembered decisions. */
export interface Registry {
  schemaVersion: number;
  shardCount: number;
  /** The folder of the shards (`shards-<count>`); absent in a schema-1 library, whose shards are in `shards/`. */
  shardFolder?: string;
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
 * edit rewrites one shard (about SHARD_TARGET_BYTES, whatever the library's size) and never an article body.
 */
export interface Shard {
  articles: ArticleMeta[];
  statements: Statement[];
}

/** A library file that could not be used at open. */
export interface DamagedFile {
  /** Path inside the library folder, e.g. "shards-16/07.json". */
  file: string;
  reason: string;
  /** Where it was set aside ("shards-16/07.json.damaged-…"), or null when the store is read-only and left it. */
  setAsideAs: string | null;
}

export interface OpenedLibrary {
  registry: Registry | null;
  /** 'missing' for a new library as well as a lost registry; the service tells them apart by the shards. */
  registryState: 'ok' | 'missing' | 'damaged';
  /**
   * The layout of the library: the one the registry names; when that folder is missing (or the registry lost), the
   * layout folder written last (a marked shards-<count>, or the legacy shards/), whose shards are the ones read;
   * null when there is neither (a new library).
   */
  layout: ShardLayout | null;
  /** Shards by index, in index order. */
  shards: Map<number, Shard>;
  /** Characters (≈ bytes) of the shard files read, to calibrate the size estimate that decides re-sharding. */
  shardBytes: number;
  damaged: DamagedFile[];
}

/** A file in the library folder that is not library data. */
export interface StrayFile {
  file: string;
  /**
   * old-layout: a complete shard folder the registry does not name (the layout before a re-shard, or a re-shard's
   * new one that the registry never switched to): a copy of the library's articles and statements, a backup;
   * temp: an unfinished write, including a layout folder a re-shard had not finished writing.
   */
  kind: 'set-aside' | 'temp' | 'conflict-copy' | 'old-layout';
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
  /** Writing a registry that names a layout (`shardFolder`) makes it the one writeShard writes into. */
  writeRegistry(registry: Registry): Promise<void>;
  /**
   * Writes a shard into the current layout: the one open read or the last registry written named (a store that
   * has neither writes the legacy layout).
   */
  writeShard(index: number, shard: Shard): Promise<void>;
  /**
   * Writes a whole new layout into its own folder: every non-empty shard `shardAt(index)` gives, then a marker
   * saying it is complete. A leftover folder of the same name (a re-shard cut off earlier) is moved to the trash
   * first. Nothing reads the new folder until a registry naming it is written.
   */
  writeLayout(layout: ShardLayout, shardAt: (index: number) => Shard | null): Promise<void>;
  readBody(articleId: string): Promise<string | null>;
  writeBody(articleId: string, body: string): Promise<void>;
  /** Ids of every stored body, to find those no article names any more. */
  listBodyIds(): Promise<string[]>;
  /** The newest registry backup that reads cleanly (written before each registry write), or null. */
  readRegistryBackup(): Promise<{ registry: Registry; savedAt: string } | null>;
  listStrayFiles(): Promise<StrayFile[]>;
  /** The text of a file inside the library folder (a set-aside or conflict copy, for salvage). */
  readLibraryFile(file: string): Promise<string>;
  /** Moves a file or folder (path inside the library folder) to the trash, with the reason shown to the analyst. */
  moveToTrash(file: string, reason: string): Promise<void>;
  bodyFile(articleId: string): string;
  listTrash(): Promise<TrashEntry[]>;
  /** Finishes pending background writes (the registry's backup copy). */
  close?(): Promise<void>;
  /** Deletes everything in the trash; the only deletion the library ever does. Returns the number of files. */
  emptyTrash(): Promise<number>;
  /**
   * Derived data (the search index, the saved first screen) kept in index/ beside the documents, by a plain name
   * ("body-3.seg"). Losing or damaging it loses nothing: it is rebuilt from the documents. Reading a missing file
   * gives null; writing is atomic; a read-only library writes nothing (and says so by `writable`).
   */
  readIndexFile(name: string): Promise<Uint8Array | null>;
  writeIndexFile(name: string, bytes: Uint8Array): Promise<void>;
  removeIndexFile(name: string): Promise<void>;
}

export function shardOf(articleId: string, shardCount: number): number {
  return idHash(articleId) % shardCount;
}

/** A 32-bit FNV-1a hash of an id's UTF-16 code units. */
export function idHash(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}
