/**
 * Writes a file so that no half-written file is ever left under its name: the content goes to a temporary file
 * beside it (same folder, so the rename is atomic), which is renamed over the target only once complete and is
 * deleted on any failure. Failures come back as one clear line naming the file.
 */
import { randomBytes } from 'node:crypto';
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

export class ExportWriteError extends Error {
  override name = 'ExportWriteError';
}

export async function writeAtomically(target: string, write: (tempPath: string) => Promise<void>): Promise<number> {
  const file = path.resolve(target);
  const folder = path.dirname(file);
  const existing = await stat(file).catch(() => null);
  if (existing?.isDirectory()) throw new ExportWriteError(`cannot write ${file}: it is a folder`);
  const temp = path.join(folder, `.${path.basename(file)}.${randomBytes(4).toString('hex')}.part`);
  try {
    // Creating the temp file first fails early, before any work, when the folder cannot be written.
    await writeFile(temp, '', { flag: 'wx' });
    await write(temp);
    await rename(temp, file);
    return (await stat(file)).size;
  } catch (err) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw new ExportWriteError(describeWriteError(err, file));
  }
}

/** One line a user can act on. */
export function describeWriteError(err: unknown, file: string): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  const folder = path.dirname(file);
  switch (code) {
    case 'ENOENT':
      return `cannot write ${file}: the folder ${folder} does not exist`;
    case 'ENOTDIR':
      return `cannot write ${file}: part of ${folder} is not a folder`;
    case 'EACCES':
    case 'EPERM':
      return `cannot write ${file}: permission denied`;
    case 'EROFS':
      return `cannot write ${file}: the disk is read-only`;
    case 'ENOSPC':
      return `cannot write ${file}: the disk is full`;
    case 'EISDIR':
      return `cannot write ${file}: it is a folder`;
    default: {
      const message = err instanceof Error ? err.message : String(err);
      return `cannot write ${file}: ${message.split('\n')[0]}`;
    }
  }
}
