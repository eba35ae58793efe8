import type { ExtractInput, ExtractionResult } from '../extract/types';
import { fingerprint } from '../ingest/near-duplicates';
import type { IngestEntry, IngestedArticle, SourceFile } from '../ingest/types';
import { contentHash } from './content-hash';

export interface AnalysedArticle {
  doc: IngestedArticle;
  hash: string;
  print: number[];
  result: ExtractionResult;
}

export interface AnalysedEntry {
  name: string;
  error?: string;
  articles: AnalysedArticle[];
}

/**
 * Everything an import does to one file that needs no library state: read it, then hash, fingerprint and extract
 * each article. Pure and self-contained, so a worker thread can run it whole.
 */
export async function analyseFile(
  file: SourceFile,
  read: (file: SourceFile) => Promise<IngestEntry[]>,
  extract: (input: ExtractInput) => ExtractionResult | Promise<ExtractionResult>,
): Promise<AnalysedEntry[]> {
  const out: AnalysedEntry[] = [];
  for (const entry of await read(file)) {
    if (entry.error || entry.articles.length === 0) {
      out.push({ name: entry.name, error: entry.error ?? 'no article text found', articles: [] });
      continue;
    }
    const articles: AnalysedArticle[] = [];
    for (const doc of entry.articles) {
      const result = await extract({ text: doc.body, title: doc.title, date: doc.date, language: doc.language });
      articles.push({ doc, hash: await contentHash(doc.body), print: fingerprint(doc.body), result });
    }
    out.push({ name: entry.name, articles });
  }
  return out;
}
