import type { ImportItem } from '../../../../shared/api';
import { bytesToBase64 } from '../../../../shared/base64';
import { desktop } from '../../api/client';

/** Must match the host's limit: larger files are not read into memory here at all. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Electron hands the main process native paths; the browser host receives the bytes. */
export async function filesToImportItems(files: File[]): Promise<ImportItem[]> {
  const items: ImportItem[] = [];
  for (const file of files) {
    const path = desktop?.pathForFile(file);
    if (path) {
      items.push({ kind: 'path', path });
      continue;
    }
    const name = file.webkitRelativePath || file.name;
    if (file.size > MAX_FILE_BYTES) {
      items.push({ kind: 'bytes', name, base64: '', size: file.size });
      continue;
    }
    let base64: string;
    try {
      base64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
    } catch {
      base64 = '';
    }
    items.push({ kind: 'bytes', name, base64, lastModified: file.lastModified, size: file.size });
  }
  return items;
}
