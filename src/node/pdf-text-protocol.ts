/** Messages between pdf-text-thread.ts (the host side) and pdf-text-worker.ts (the thread running pdf.js). */
import type { PdfText } from '../core/ingest/pdf-text';

export interface PdfThreadJob {
  id: number;
  bytes: Uint8Array;
  timeoutMs: number;
  limitMs: number;
}

/** `ready` once pdf.js has loaded; then one reply per job, with the rejections pdf.js left behind while reading it. */
export type PdfThreadReply =
  | { ready: true }
  | { id: number; ok: true; value: PdfText; strays: number }
  | { id: number; ok: false; kind: 'deadline' | 'ingest' | 'other'; error: string; strays: number };
