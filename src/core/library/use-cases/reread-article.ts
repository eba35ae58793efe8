/**
 * "Re-read with encoding …": an article that was read in a legacy charset (its ArticleMeta.encoding) is decoded
 * again with a charset the analyst chooses. The text goes back to the bytes it was read from and forward through
 * the chosen charset; title, outlet and byline too, unless edited by hand. The result replaces the article — a new
 * text is a new article with its own statements — in one undoable step.
 */
import type { WorkbenchApi } from '../../../shared/api';
import type { ArticleMeta, MetaField } from '../../../shared/model';
import { extractStatements } from '../../extract/index';
import { canonicalCharset, recode } from '../../ingest/decode-text';
import { detectLanguage } from '../../ingest/detect-language';
import { fingerprint } from '../../ingest/near-duplicates';
import { normaliseBody } from '../../ingest/normalise';
import { contentHash } from '../content-hash';
import type { WorkbenchContext } from '../workbench-context';
import { putExtractedStatements } from './import-files';

export function rereadUseCases(ctx: WorkbenchContext): Pick<WorkbenchApi, 'rereadArticle'> {
  const { state, store, deps } = ctx;
  const extract = deps.extract ?? extractStatements;
  return {
    async rereadArticle(id, encoding) {
      ctx.assertWritable();
      const meta = state.requireArticle(id);
      const to = canonicalCharset(encoding);
      if (!to) throw new Error(`unknown character encoding "${encoding}"`);
      if (!meta.encoding)
        throw new Error(`"${meta.title}" was read as Unicode (UTF-8/16/32): there is no other encoding to try`);
      if (to === meta.encoding.name) return meta;
      const from = meta.encoding.name;
      const old = await store.readBody(id);
      if (old === null) throw new Error(`the text of "${meta.title}" is missing from the library folder`);
      const body = normaliseBody(recode(old, from, to).normalize('NFC'));
      const again = (field: MetaField, v: string | null): string | null =>
        v && meta.origins[field] !== 'edited by you' ? recode(v, from, to) : v;
      const hash = await contentHash(body);
      const newId = `a${hash.slice(0, 16)}`;
      const clash = state.articleByHash(hash);
      if (clash && clash.id !== id) throw new Error(`read as ${to}, the text is the same as "${clash.title}"`);
      const title = again('title', meta.title) ?? meta.title;
      const language =
        meta.origins.language === 'detected from text' ? detectLanguage(`${title}\n${body}`) : meta.language;
      const next: ArticleMeta = {
        ...meta,
        id: newId,
        title,
        source: again('source', meta.source),
        byline: again('byline', meta.byline),
        language,
        contentHash: hash,
        bodyLength: body.length,
        fingerprint: fingerprint(body),
        encoding: {
          name: to,
          confidence: 'certain',
          alternatives: [from, ...meta.encoding.alternatives.filter((a) => a !== to)],
        },
      };
      const result = await extract({ text: body, title, date: meta.date, language });
      const stamp = ctx.now().toISOString();
      await store.writeBody(newId, body);
      await ctx.mutate(`re-read "${meta.title}" as ${to.toUpperCase()}`, (tx) => {
        tx.removeArticle(id);
        tx.putArticle(next);
        putExtractedStatements(ctx, tx, newId, body, result, stamp);
      });
      return next;
    },
  };
}
