import type { ArticleRow, ImportBatch, WorkbenchApi } from '../../../shared/api';
import type { ArticleMeta, MetaField } from '../../../shared/model';
import type { WorkbenchContext } from '../workbench-context';

type ArticleApi = Pick<
  WorkbenchApi,
  'listArticles' | 'getArticle' | 'deleteArticle' | 'deleteArticles' | 'listImports' | 'updateArticle'
>;

/** An article with its statement counts, as the library list shows it. */
export function articleRow(ctx: WorkbenchContext, a: ArticleMeta): ArticleRow {
  const counts = ctx.state.statementCounts(a.id);
  const { fingerprint: _unused, ...meta } = a;
  return { ...meta, statementCount: counts.statements, acceptedCount: counts.accepted };
}

export function articleUseCases(ctx: WorkbenchContext): ArticleApi {
  const { state, store } = ctx;

  return {
    async listArticles(): Promise<ArticleRow[]> {
      return state.articlesNewestFirst().map((a) => articleRow(ctx, a));
    },

    async getArticle(id) {
      const meta = state.requireArticle(id);
      const body = await store.readBody(id);
      if (body === null) throw new Error(`the text of "${meta.title}" is missing from the library folder`);
      const statements = state.statementsOf(id);
      const actorIds = new Set(statements.map((s) => s.speakerId).filter((x): x is string => !!x));
      const { fingerprint: _unused, ...rest } = meta;
      return {
        article: { ...rest, body },
        statements,
        actors: [...actorIds].map((a) => state.actor(a)).filter((a) => !!a),
        topics: state.topicList,
      };
    },

    async deleteArticle(id) {
      const meta = state.requireArticle(id);
      // The body file stays until the library is next opened, so the deletion can be undone in this session.
      await ctx.mutate(`delete "${meta.title}"`, (tx) => tx.removeArticle(id));
    },

    async deleteArticles(ids) {
      const unique = [...new Set(ids)];
      for (const id of unique) state.requireArticle(id);
      const label =
        unique.length === 1 ? `delete "${state.requireArticle(unique[0]!).title}"` : `delete ${unique.length} articles`;
      await ctx.mutate(label, (tx) => {
        for (const id of unique) tx.removeArticle(id);
      });
      return { deleted: unique.length };
    },

    async listImports() {
      const batches = new Map<string, ImportBatch>();
      for (const a of state.articles.values()) {
        if (!a.importId) continue;
        const batch = batches.get(a.importId) ?? { id: a.importId, at: a.importedAt, articles: 0, statements: 0 };
        batch.articles++;
        batch.statements += state.statementCounts(a.id).all;
        if (a.importedAt < batch.at) batch.at = a.importedAt;
        batches.set(a.importId, batch);
      }
      return [...batches.values()].sort((a, b) => b.at.localeCompare(a.at));
    },

    async updateArticle(id, patch) {
      const current = state.requireArticle(id);
      const next: ArticleMeta = { ...current, origins: { ...current.origins } };
      const fields = ['title', 'date', 'source', 'byline', 'url'] as const satisfies readonly MetaField[];
      for (const field of fields) {
        const value = patch[field];
        if (value === undefined) continue;
        (next as unknown as Record<string, unknown>)[field] = value === '' ? null : value;
        next.origins[field] = 'edited by you';
      }
      if (patch.note !== undefined) next.note = patch.note;
      return ctx.mutate(
        patch.note !== undefined && Object.keys(patch).length === 1 ? 'edit article note' : 'edit article details',
        (tx) => {
          tx.putArticle(next);
          return next;
        },
      );
    },
  };
}
