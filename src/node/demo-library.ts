import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { NewTopic } from '../shared/api';
import type { ImportSource } from '../core/library/import-source';
import { openImportItems } from './open-import-items';

/** The fictional demo articles and topics in resources/demo. */
export async function loadDemoLibrary(resourcesDir: string): Promise<{ sources: ImportSource[]; topics: NewTopic[] }> {
  const demoDir = path.join(resourcesDir, 'demo');
  const topics = JSON.parse(await readFile(path.join(demoDir, 'topics.json'), 'utf8')) as NewTopic[];
  const sources = await openImportItems([{ kind: 'path', path: path.join(demoDir, 'articles') }], { allowPaths: true });
  return { sources, topics };
}

/**
 * True for a library folder that has never been opened (no registry.json): the apps fill a new library with the
 * demo articles so a first start has something to show. A library emptied by its analyst is left empty.
 */
export function isNewLibrary(dataDir: string): boolean {
  return !existsSync(path.join(dataDir, 'registry.json'));
}
