import { readFile } from 'node:fs/promises';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export type StaticFile = { status: 200; type: string; body: Buffer } | { status: 404 };

/**
 * Reads the file a decoded request path names inside root ('/' is index.html), exactly as it is on disk. Paths that
 * resolve outside root, directories and missing files are all 404.
 */
export async function readStaticFile(root: string, decodedPath: string): Promise<StaticFile> {
  const base = path.resolve(root);
  const rel = decodedPath === '/' ? 'index.html' : decodedPath.replace(/^\/+/, '');
  const file = path.resolve(base, rel);
  if (!file.startsWith(base + path.sep)) return { status: 404 };
  try {
    return { status: 200, type: TYPES[path.extname(file)] ?? 'application/octet-stream', body: await readFile(file) };
  } catch {
    return { status: 404 };
  }
}
