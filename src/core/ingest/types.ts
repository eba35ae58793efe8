import type { ArticleEncoding, ArticleFields, MetaField } from '../../shared/model';

/** A file handed to ingest: its name (with extension) and its raw bytes. Core never touches the disk. */
export interface SourceFile {
  name: string;
  bytes: Uint8Array;
  /** Milliseconds since epoch, when the host knows it. Never used as a publication date. */
  lastModified?: number;
}

export interface IngestedArticle extends ArticleFields {
  /** Plain text body, normalised (\n line breaks, paragraphs separated by a blank line). */
  body: string;
  /** Reader that produced it: txt, md, html, mhtml, pdf, docx, eml, json, jsonl ... */
  format: string;
  origins: Partial<Record<MetaField, string>>;
  warnings: string[];
  /** The legacy charset the text was decoded from, when it was not UTF-8/16/32. */
  encoding?: ArticleEncoding;
}

/** One readable unit: a file, or a member of an archive. Errors are one clear line. */
export interface IngestEntry {
  name: string;
  articles: IngestedArticle[];
  error?: string;
}

export interface IngestOptions {
  /** Refuse single files larger than this many bytes (default 50 MB). */
  maxBytes?: number;
  /** Maximum archive nesting depth (default 2). */
  maxDepth?: number;
  /** Longest reading the document (archive members included) may take, in ms (default 60 s). */
  timeoutMs?: number;
}
