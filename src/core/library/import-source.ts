import type { SourceFile } from '../ingest/types';

/** One thing the import will try to read: a file from disk or bytes sent by the UI, or an up-front failure. */
export type ImportSource = { name: string; load: () => Promise<SourceFile> } | { name: string; error: string };
