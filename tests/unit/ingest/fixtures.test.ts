import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readDocument } from '../../../src/core/ingest/index';
import type { Expectation } from '../../../scripts/make-import-fixtures';

const DIR = resolve(__dirname, '../../fixtures/import');

const manifest = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, Expectation>;

describe('import fixtures match expected.json', () => {
  for (const [file, exp] of Object.entries(manifest)) {
    it(file, async () => {
      const bytes = new Uint8Array(readFileSync(join(DIR, file)));
      const entries = await readDocument({ name: file.split('/').pop()!, bytes });
      if (exp.error) {
        expect(entries).toHaveLength(1);
        expect(entries[0]!.error).toBe(exp.error);
        expect(entries[0]!.articles).toEqual([]);
        return;
      }
      if (exp.entries !== undefined) expect(entries).toHaveLength(exp.entries);
      for (const e of entries) expect(e.error, `${e.name}: ${e.error}`).toBeUndefined();
      const articles = entries.flatMap((e) => e.articles);
      if (exp.articles !== undefined) expect(articles).toHaveLength(exp.articles);
      const a = articles[0]!;
      expect(a).toBeDefined();
      expect(a.format).toBe(exp.format);
      if (exp.title !== undefined) expect(a.title).toBe(exp.title);
      if (exp.date !== undefined) expect(a.date).toBe(exp.date);
      if (exp.source !== undefined) expect(a.source).toBe(exp.source);
      if (exp.byline !== undefined) expect(a.byline).toBe(exp.byline);
      if (exp.url !== undefined) expect(a.url).toBe(exp.url);
      if (exp.language !== undefined) expect(a.language).toBe(exp.language);
      if (exp.firstSentence !== undefined)
        expect(a.body.startsWith(exp.firstSentence), `body starts: ${a.body.slice(0, 160)}`).toBe(true);
      for (const s of exp.bodyIncludes ?? []) expect(a.body).toContain(s);
      for (const s of exp.bodyExcludes ?? []) expect(a.body).not.toContain(s);
      for (const w of exp.warnings ?? []) expect(a.warnings).toContain(w);
      if (exp.each) {
        const got = entries.flatMap((e) => e.articles.map((x) => ({ entry: e.name, ...x })));
        expect(got).toHaveLength(exp.each.length);
        exp.each.forEach((want, i) => {
          const g = got[i]!;
          if (want.entry !== undefined) expect(g.entry).toBe(want.entry);
          expect(g.title).toBe(want.title);
          expect(g.date).toBe(want.date);
          if (want.source !== undefined) expect(g.source).toBe(want.source);
          if (want.language !== undefined) expect(g.language).toBe(want.language);
        });
      }
      for (const art of articles) {
        // Body invariants shared by every reader.
        expect(art.body).toBe(art.body.normalize('NFC'));
        expect(art.body).toBe(art.body.trim());
        expect(art.body).not.toMatch(/\r|\n{3,}|[ \t]\n|\n[ \t]/);
        if (art.date !== null) expect(art.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        else expect(art.warnings).toContain('no publication date found');
      }
    });
  }
});
