/**
 * The REFI-QDA project export (.qdpx): a zip of project.qde (src/core/export/qde-project.ts) and each article's
 * text as sources/<guid>.txt (UTF-8). Streamed with fflate: one article text at a time, then the XML in chunks.
 * Articles whose text the library has lost are left out, with their statements.
 */
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Zip, ZipDeflate } from 'fflate';
import type { ExportSet } from '../../core/export/export-set';
import { qdeProjectXml, qdeSource, statementsByArticle, type QdeSource } from '../../core/export/qde-project';

const XML_BATCH_CHARS = 1 << 16;

export async function writeQdpx(set: ExportSet, file: string, name: string, now: Date): Promise<number> {
  let rows = 0;
  async function* chunks() {
    const ready: Uint8Array[] = [];
    let failure: Error | null = null;
    const zip = new Zip((err, chunk) => {
      if (err) failure = err;
      else ready.push(chunk);
    });
    const take = () => {
      if (failure) throw failure;
      return ready.splice(0);
    };

    const articles = new Map(set.articles().map((a) => [a.id, a]));
    const sources: QdeSource[] = [];
    for (const [articleId, statements] of statementsByArticle(set)) {
      const article = articles.get(articleId);
      const body = article ? await set.readBody(articleId) : null;
      if (!article || body === null) continue;
      const source = qdeSource(article, body, statements);
      rows += source.selections.length;
      sources.push(source);
      const entry = new ZipDeflate(source.entryName, { level: 6 });
      zip.add(entry);
      entry.push(Buffer.from(body, 'utf8'), true);
      yield* take();
    }

    const project = new ZipDeflate('project.qde', { level: 6 });
    zip.add(project);
    let xml = '';
    for (const part of qdeProjectXml(set, sources, name, now)) {
      xml += part;
      if (xml.length >= XML_BATCH_CHARS) {
        project.push(Buffer.from(xml, 'utf8'));
        xml = '';
        yield* take();
      }
    }
    project.push(Buffer.from(xml, 'utf8'), true);
    zip.end();
    yield* take();
  }
  await pipeline(Readable.from(chunks()), createWriteStream(file));
  return rows;
}
