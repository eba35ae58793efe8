/**
 * One fuzz input from (run seed, index) alone, so any input can be rebuilt and run on its own.
 *   buildCase(corpus, runSeed, index, options)  -> { index, format, name, bytes, recipe }
 * The reader is drawn by FORMAT_SHARE (PDF, Word and HTML cost the most per input, so they get fewer than the
 * text formats), then a fixture of that reader, then the mutation: a format-aware one (most often), a byte-level
 * one, a splice with another fixture, a slice repeated to megabytes (rarely: they are slow), or two or three
 * stacked. A few inputs get another reader's extension or none, to fuzz format detection too.
 */
import { mutateArchive } from './archive-mutations';
import { behindMagic, bitFlips, deleteBytes, insertBytes, repeatSlice, splice, truncate } from './byte-mutations';
import { fromLatin1, fromUtf8, latin1, utf8, type Mutated } from './bytes';
import type { Corpus, FuzzFormat, Seed } from './corpus';
import { mutateJson } from './json-mutations';
import { mutateMarkup } from './markup-mutations';
import { mutateMime } from './mime-mutations';
import { mutatePdf } from './pdf-mutations';
import { caseSeed, Rng } from './prng';
import { mutateText } from './text-mutations';

export interface FuzzCase {
  index: number;
  format: FuzzFormat;
  name: string;
  bytes: Uint8Array;
  /** How the input was made, for reports: fixture, each mutation, file name and size. */
  recipe: string;
}

/** What mutations other than the repeated slice may add, at most, before the input is cut. */
const MAX_GROWTH_BYTES = 5 * 1024 * 1024;

export interface CaseOptions {
  /** Upper bound for the repeated-slice mutation. */
  maxRepeatBytes: number;
}

/** Relative share of inputs per reader. */
export const FORMAT_SHARE: Readonly<Record<FuzzFormat, number>> = {
  txt: 15,
  md: 9,
  json: 9,
  jsonl: 7,
  eml: 11,
  html: 11,
  mhtml: 8,
  docx: 10,
  zip: 9,
  pdf: 11,
};

const EXTENSION: Record<FuzzFormat, string> = {
  txt: 'txt',
  md: 'md',
  html: 'html',
  mhtml: 'mhtml',
  pdf: 'pdf',
  docx: 'docx',
  eml: 'eml',
  json: 'json',
  jsonl: 'jsonl',
  zip: 'zip',
};

const MAGIC: Record<FuzzFormat, string> = {
  txt: '',
  md: '# ',
  html: '<!DOCTYPE html><html><body>',
  mhtml:
    'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: text/html\r\n\r\n',
  eml: 'From: a@b.c\r\nSubject: s\r\nDate: Mon, 1 Jan 2024 10:00:00 +0000\r\n\r\n',
  json: '[{"title":"',
  jsonl: '{"text":"',
  pdf: '%PDF-1.4\n',
  docx: 'PK\u0003\u0004',
  zip: 'PK\u0003\u0004',
};

type Op = 'format' | 'bitFlips' | 'insert' | 'delete' | 'truncate' | 'splice' | 'repeat' | 'magic' | 'stack';
const OP_SHARE: Readonly<Record<Op, number>> = {
  format: 42,
  bitFlips: 11,
  insert: 8,
  delete: 7,
  truncate: 9,
  splice: 8,
  repeat: 1.2,
  magic: 4,
  stack: 9.8,
};

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Markup mutated as text: UTF-8 when it is UTF-8, else one char per byte so nothing is lost. */
function markup(bytes: Uint8Array, rng: Rng): Mutated {
  const asUtf8 = strictUtf8(bytes);
  const m = mutateMarkup(asUtf8 ?? latin1(bytes), rng, 'html');
  return { bytes: asUtf8 !== null ? utf8(m.text) : fromLatin1(m.text), note: m.note };
}

class CaseBuilder {
  constructor(
    private readonly corpus: Corpus,
    private readonly rng: Rng,
    private readonly options: CaseOptions,
  ) {}

  /** The format-aware mutation for `format`; depth keeps attachments and archive members from recursing far. */
  formatMutation(format: FuzzFormat, bytes: Uint8Array, depth: number): Mutated {
    const rng = this.rng;
    switch (format) {
      case 'txt':
      case 'md':
        return mutateText(bytes, rng, format === 'md');
      case 'html':
        return markup(bytes, rng);
      case 'mhtml':
        return rng.chance(0.5) ? mutateMime(bytes, rng, () => this.attachment(depth)) : markup(bytes, rng);
      case 'eml':
        return mutateMime(bytes, rng, () => this.attachment(depth));
      case 'json':
      case 'jsonl': {
        const m = mutateJson(fromUtf8(bytes), rng, format === 'jsonl');
        return { bytes: utf8(m.text), note: m.note };
      }
      case 'pdf':
        return mutatePdf(bytes, rng);
      case 'docx':
      case 'zip':
        return mutateArchive(bytes, rng, format, (name, member) => this.memberMutation(name, member, depth + 1));
    }
  }

  /** An archive member changed by its own format's mutation (or bit flips when it has none, or too deep). */
  memberMutation(name: string, bytes: Uint8Array, depth: number): Mutated {
    const ext = name.split('.').pop()?.toLowerCase() ?? '';
    const format = (Object.keys(EXTENSION) as FuzzFormat[]).find((f) => EXTENSION[f] === ext);
    if (!format || depth > 2) return this.rng.chance(0.5) ? bitFlips(bytes, this.rng) : truncate(bytes, this.rng);
    return this.formatMutation(format, bytes, depth);
  }

  /** A fixture to attach to an e-mail: any reader's, itself mutated half of the time. */
  attachment(depth: number): { name: string; bytes: Uint8Array } {
    const seed = this.rng.pick(this.corpus.all);
    const base = seed.name
      .replace(/ \(.*\)$/, '')
      .split('/')
      .pop()!;
    if (depth >= 2 || this.rng.chance(0.5)) return { name: base, bytes: seed.bytes };
    const m = this.rng.chance(0.5)
      ? this.formatMutation(seed.format, seed.bytes, depth + 1)
      : bitFlips(seed.bytes, this.rng);
    return { name: base, bytes: m.bytes };
  }

  byteMutation(op: Exclude<Op, 'format' | 'stack'>, format: FuzzFormat, bytes: Uint8Array): Mutated {
    const rng = this.rng;
    switch (op) {
      case 'bitFlips':
        return bitFlips(bytes, rng);
      case 'insert':
        return insertBytes(bytes, rng);
      case 'delete':
        return deleteBytes(bytes, rng);
      case 'truncate':
        return truncate(bytes, rng);
      case 'splice': {
        const other = rng.chance(0.6) ? rng.pick(this.corpus.byFormat[format]) : rng.pick(this.corpus.all);
        return splice(bytes, other.bytes, other.name, rng);
      }
      case 'repeat':
        return repeatSlice(bytes, rng, this.options.maxRepeatBytes);
      case 'magic':
        return behindMagic(MAGIC[format], rng);
    }
  }

  mutate(op: Op, format: FuzzFormat, bytes: Uint8Array): Mutated {
    if (op === 'format') return this.formatMutation(format, bytes, 0);
    if (op !== 'stack') return this.byteMutation(op, format, bytes);
    const steps = this.rng.int(2, 3);
    const notes: string[] = [];
    let out = bytes;
    for (let i = 0; i < steps; i++) {
      const next = this.rng.weighted({ ...OP_SHARE, stack: 0, repeat: 0, magic: 0 });
      const m = this.mutate(next, format, out);
      out = m.bytes;
      notes.push(m.note);
    }
    return { bytes: out, note: notes.join('; ') };
  }
}

function fileName(index: number, format: FuzzFormat, rng: Rng): string {
  const roll = rng.next();
  const ext = EXTENSION[format];
  if (roll < 0.92) return `fuzz-${index}.${ext}`;
  if (roll < 0.96) return `fuzz-${index}.${EXTENSION[rng.pick(Object.keys(EXTENSION) as FuzzFormat[])]}`;
  if (roll < 0.98) return `fuzz-${index}`;
  return `FUZZ-${index}.${ext.toUpperCase()}`;
}

export function buildCase(corpus: Corpus, runSeed: number, index: number, options: CaseOptions): FuzzCase {
  const rng = new Rng(caseSeed(runSeed, index));
  const format = rng.weighted(FORMAT_SHARE);
  const seed: Seed = rng.pick(corpus.byFormat[format]);
  const op = rng.weighted(OP_SHARE);
  const name = fileName(index, format, rng);
  const m = new CaseBuilder(corpus, rng, options).mutate(op, format, seed.bytes);
  // Stacked mutations can compound; no input grows past a few megabytes.
  const cap = options.maxRepeatBytes + MAX_GROWTH_BYTES;
  const bytes = m.bytes.length > cap ? m.bytes.subarray(0, cap) : m.bytes;
  const capped = bytes.length < m.bytes.length ? `; cut to ${cap} bytes` : '';
  return {
    index,
    format,
    name,
    bytes,
    recipe: `#${index} ${format} from ${seed.name}: ${m.note}${capped} -> ${name} (${bytes.length} bytes)`,
  };
}
