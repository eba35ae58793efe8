/**
 * Bounded fuzzing: for each reader, random bytes behind the format's signature, truncated fixtures and fixtures
 * with flipped bytes, for a fixed time with a fixed seed. Every call must resolve to entries (articles or a clean
 * one-line error) and never throw or hang.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readDocument, type IngestEntry } from '../../../src/core/ingest/index';

const DIR = resolve(__dirname, '../../fixtures/import');
const BUDGET_MS = Number(process.env['INGEST_FUZZ_MS'] ?? 1500);
const CALL_TIMEOUT_MS = 15_000;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FORMATS: Record<string, { ext: string; magic: string; dir: string }> = {
  txt: { ext: 'txt', magic: '', dir: 'txt' },
  md: { ext: 'md', magic: '# ', dir: 'md' },
  html: { ext: 'html', magic: '<!DOCTYPE html><html><body>', dir: 'html' },
  mhtml: {
    ext: 'mhtml',
    magic: 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\n',
    dir: 'mhtml',
  },
  eml: { ext: 'eml', magic: 'From: a@b.c\r\nSubject: s\r\n\r\n', dir: 'eml' },
  json: { ext: 'json', magic: '[{"title":"', dir: 'json' },
  jsonl: { ext: 'jsonl', magic: '{"text":"', dir: 'jsonl' },
  pdf: { ext: 'pdf', magic: '%PDF-1.4\n', dir: 'pdf' },
  docx: { ext: 'docx', magic: 'PK\u0003\u0004', dir: 'docx' },
  zip: { ext: 'zip', magic: 'PK\u0003\u0004', dir: 'zip' },
};

function check(entries: unknown): void {
  expect(Array.isArray(entries)).toBe(true);
  const list = entries as IngestEntry[];
  expect(list.length).toBeGreaterThan(0);
  for (const e of list) {
    expect(typeof e.name).toBe('string');
    if (e.error !== undefined) {
      expect(e.error.length).toBeGreaterThan(0);
      expect(e.error).not.toContain('\n');
      expect(e.articles).toEqual([]);
    } else {
      expect(e.articles.length).toBeGreaterThan(0);
      for (const a of e.articles) {
        expect(a.body.length).toBeGreaterThan(0);
        expect(a.title.length).toBeGreaterThan(0);
        expect(a.date === null || /^\d{4}-\d{2}-\d{2}$/.test(a.date)).toBe(true);
      }
    }
  }
}

async function bounded(p: Promise<IngestEntry[]>): Promise<IngestEntry[]> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('reader hung')), CALL_TIMEOUT_MS);
  });
  try {
    return await Promise.race([p, t]);
  } finally {
    clearTimeout(timer);
  }
}

const stats: Record<string, number> = {};

describe('fuzz: readers never throw or hang', () => {
  for (const [fmt, spec] of Object.entries(FORMATS)) {
    it(`${fmt}`, async () => {
      const rand = rng(0x5eed + fmt.length * 7919 + fmt.charCodeAt(0));
      const seeds = readdirSync(join(DIR, spec.dir)).map((f) => new Uint8Array(readFileSync(join(DIR, spec.dir, f))));
      const magic = new TextEncoder().encode(spec.magic);
      const t0 = performance.now();
      let n = 0;
      while (performance.now() - t0 < BUDGET_MS || n < 6) {
        const kind = n % 3;
        let bytes: Uint8Array;
        const base = seeds[Math.floor(rand() * seeds.length)]!;
        if (kind === 0) {
          // Random bytes (sometimes printable) behind the signature.
          const len = Math.floor(rand() * 4096);
          bytes = new Uint8Array(magic.length + len);
          bytes.set(magic);
          const printable = rand() < 0.5;
          for (let i = 0; i < len; i++)
            bytes[magic.length + i] = printable ? 32 + Math.floor(rand() * 95) : Math.floor(rand() * 256);
        } else if (kind === 1) {
          bytes = base.slice(0, Math.floor(rand() * base.length));
        } else {
          bytes = base.slice();
          const flips = 1 + Math.floor(rand() * 20);
          for (let i = 0; i < flips; i++) bytes[Math.floor(rand() * bytes.length)] = Math.floor(rand() * 256);
        }
        check(await bounded(readDocument({ name: `fuzz-${n}.${spec.ext}`, bytes }, { maxBytes: 5 * 1024 * 1024 })));
        n++;
      }
      stats[fmt] = n;
      console.log(`fuzz ${fmt}: ${n} inputs in ${Math.round(performance.now() - t0)} ms`);
    });
  }
});
