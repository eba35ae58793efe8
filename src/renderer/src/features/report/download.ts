import { base64ToBytes } from '../../../../shared/base64';

/** Hands bytes from the host to the browser's (or Electron's) download flow under the given file name. */
export function saveDownload(base64: string, fileName: string, type: string): void {
  const bytes = base64ToBytes(base64);
  const url = URL.createObjectURL(new Blob([bytes.buffer as ArrayBuffer], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export const EXPORT_TYPES = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json',
  qdpx: 'application/zip',
} as const;
