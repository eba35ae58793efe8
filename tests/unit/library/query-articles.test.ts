// The Library's paged list (queryArticles): pages by offset, narrowed to an import or a language; and the warnings
// an import summary carries for articles that did import.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkbench, removeDir, tempDir } from '../../helpers/temp-library';
import { writeSyntheticLibrary } from '../../helpers/synthetic-library';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => removeDir(dir));

describe('queryArticles', () => {
  it('pages a 1,200-article library by offset and narrows to one import', async () => {
    await writeSyntheticLibrary(dir, 1200, 2, (a) => (a % 4 === 0 ? 'batch-a' : 'batch-b'));
    const wb = await openWorkbench(dir);
    const first = await wb.queryArticles({ offset: 0, limit: 100 });
    expect(first.total).toBe(1200);
    expect(first.rows).toHaveLength(100);
    const later = await wb.queryArticles({ offset: 1150, limit: 100 });
    expect(later.rows).toHaveLength(50);
    const all = await wb.listArticles();
    expect(later.rows.map((r) => r.id)).toEqual(all.slice(1150).map((r) => r.id));
    const batch = await wb.queryArticles({ importIds: ['batch-a'], limit: 5 });
    expect(batch.total).toBe(300);
    expect(batch.rows.every((r) => r.importId === 'batch-a')).toBe(true);
    await wb.close();
  }, 120_000);

  it('filters by language and reports the warnings of imported articles', async () => {
    const wb = await openWorkbench(dir);
    const src = path.join(dir, 'in');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(src);
    await writeFile(
      path.join(src, 'en.txt'),
      'Harbour talks stall\nBy Mara Quell\n3 March 2025\n\n"We are done waiting," union leader Pell Ardent told reporters on Monday after the talks with the port authority broke down for the third time this winter.\n',
    );
    await writeFile(
      path.join(src, 'fr.txt'),
      'Les dockers cessent le travail\n\nLes négociations entre le port et les dockers ont échoué lundi après six heures de discussions, et le syndicat a annoncé une grève pour la semaine prochaine dans tout le pays.\n',
    );
    await writeFile(path.join(src, 'tiny.txt'), 'Quiet day here.\n');
    const summary = await wb.importFiles({ jobId: 'job-1', items: [{ kind: 'path', path: src }] });
    expect(summary.imported).toBe(3);
    const byName = Object.fromEntries(summary.files.map((f) => [path.basename(f.name), f.warnings ?? []]));
    expect(byName['en.txt']).toEqual([]);
    expect(byName['fr.txt']).toEqual([
      'no date found',
      'language not supported by extraction yet (French): statements are found in English text only',
    ]);
    expect(byName['tiny.txt']).toEqual(['very little text (3 words)', 'no date found', 'no statements found']);
    const fr = await wb.queryArticles({ languages: ['fr'] });
    expect(fr.rows.map((r) => r.title)).toEqual(['Les dockers cessent le travail']);
    expect(fr.languages).toEqual(['en', 'fr']);
    await wb.close();
  }, 120_000);
});

describe('the charset an article was read in', () => {
  it('is recorded for a legacy charset, with how sure the detection was', async () => {
    const iconv = (await import('iconv-lite')).default;
    const { mkdir } = await import('node:fs/promises');
    const src = path.join(dir, 'in');
    await mkdir(src);
    const ru =
      'Министр энергетики Алена Варга заявила во вторник, что строительство трубопровода начнётся весной. Переговоры между администрацией порта и докерами сорвались в понедельник после шести часов обсуждений.';
    await writeFile(path.join(src, 'koi8.txt'), iconv.encode(`Докеры прекратили работу\n\n${ru}\n`, 'koi8-r'));
    await writeFile(path.join(src, 'utf8.txt'), `Докеры прекратили работу снова\n\n${ru} Ещё раз.\n`);
    const wb = await openWorkbench(dir);
    await wb.importFiles({ jobId: 'job-2', items: [{ kind: 'path', path: src }] });
    const rows = (await wb.queryArticles({})).rows;
    const koi = rows.find((r) => r.fileName.endsWith('koi8.txt'))!;
    const utf = rows.find((r) => r.fileName.endsWith('utf8.txt'))!;
    expect(koi.title).toBe('Докеры прекратили работу');
    expect(koi.encoding).toMatchObject({ name: 'koi8-r', confidence: 'detected' });
    expect(utf.encoding).toBeUndefined();
    await wb.close();
  }, 120_000);
});

describe('re-reading an article with another encoding', () => {
  it('decodes the text again, replaces the article in one undoable step, and refuses Unicode texts', async () => {
    const iconv = (await import('iconv-lite')).default;
    const { mkdir } = await import('node:fs/promises');
    const src = path.join(dir, 'in');
    await mkdir(src);
    const ru =
      'Мы больше не будем ждать, заявил журналистам профсоюзный лидер Пелл Ардент. Министр энергетики Алена Варга заявила во вторник, что строительство трубопровода начнётся весной.';
    await writeFile(path.join(src, 'koi8.txt'), iconv.encode(`Докеры прекратили работу\n\n${ru}\n`, 'koi8-r'));
    await writeFile(
      path.join(src, 'utf8.txt'),
      `Plain title\n\n"We are ready," said Alena Varga on Tuesday in the capital.\n`,
    );
    const wb = await openWorkbench(dir);
    await wb.importFiles({ jobId: 'job-3', items: [{ kind: 'path', path: src }] });
    const rows = (await wb.queryArticles({})).rows;
    const koi = rows.find((r) => r.fileName.endsWith('koi8.txt'))!;
    const utf = rows.find((r) => r.fileName.endsWith('utf8.txt'))!;

    const wrong = await wb.rereadArticle(koi.id, 'windows-1251');
    expect(wrong.id).not.toBe(koi.id);
    expect(wrong.title).not.toBe('Докеры прекратили работу');
    expect(wrong.encoding).toMatchObject({ name: 'windows-1251', confidence: 'certain' });
    expect((await wb.queryArticles({})).total).toBe(2);
    const right = await wb.rereadArticle(wrong.id, 'koi8-r');
    expect(right.title).toBe('Докеры прекратили работу');
    expect((await wb.getArticle(right.id)).article.body).toBe(ru);

    await wb.undo();
    await wb.undo();
    const back = await wb.getArticle(koi.id);
    expect(back.article.title).toBe('Докеры прекратили работу');
    expect(back.article.encoding?.name).toBe('koi8-r');
    expect((await wb.queryArticles({})).total).toBe(2);
    await expect(wb.rereadArticle(utf.id, 'koi8-r')).rejects.toThrow('read as Unicode');
    await wb.close();
  }, 120_000);
});
