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
