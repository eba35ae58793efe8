import type { ArticleRow, DuplicateGroup, WorkbenchApi } from '../../../shared/api';
import type { ArticleMeta, Attestation } from '../../../shared/model';
import { groupNearDuplicates } from '../../ingest/near-duplicates';
import type { WorkbenchContext } from '../workbench-context';

type DuplicateApi = Pick<WorkbenchApi, 'listDuplicateGroups' | 'mergeDuplicates' | 'markNotDuplicates'>;

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

export function duplicateUseCases(ctx: WorkbenchContext, rowOf: (a: ArticleMeta) => ArticleRow): DuplicateApi {
  const { state } = ctx;

  return {
    async listDuplicateGroups(): Promise<DuplicateGroup[]> {
      const items = [...state.articles.values()]
        .filter((a) => a.fingerprint?.length)
        .sort((a, b) => a.importedAt.localeCompare(b.importedAt))
        .map((a) => ({ id: a.id, fingerprint: a.fingerprint! }));
      const refused = new Set(state.notDuplicates);
      const groups: DuplicateGroup[] = [];
      for (const g of groupNearDuplicates(items)) {
        // Pairs the analyst called "not duplicates" no longer link a group.
        const pairs = g.pairs.filter((p) => !refused.has(pairKey(p.a, p.b)));
        if (pairs.length === 0) continue;
        const ids = g.ids.filter((id) => pairs.some((p) => p.a === id || p.b === id));
        groups.push({
          articles: ids.map((id) => rowOf(state.articles.get(id)!)),
          similarity: Math.max(...pairs.map((p) => p.similarity)),
        });
      }
      return groups.sort((a, b) => b.similarity - a.similarity);
    },

    async mergeDuplicates(keepId, otherIds) {
      const keep = state.requireArticle(keepId);
      const others = [...new Set(otherIds)].filter((id) => id !== keepId).map((id) => state.requireArticle(id));
      if (others.length === 0) throw new Error('choose at least one other copy to merge');
      const attest = (a: ArticleMeta): Attestation => ({
        title: a.title,
        date: a.date,
        source: a.source,
        url: a.url,
        fileName: a.fileName,
      });
      const merged: ArticleMeta = {
        ...keep,
        attestations: [...(keep.attestations ?? []), ...others.flatMap((o) => [attest(o), ...(o.attestations ?? [])])],
      };
      return ctx.mutate(`merge ${others.length + 1} copies of "${keep.title}"`, (tx) => {
        for (const o of others) tx.removeArticle(o.id);
        tx.putArticle(merged);
        return merged;
      });
    },

    async markNotDuplicates(articleIds) {
      const ids = [...new Set(articleIds)];
      ids.forEach((id) => state.requireArticle(id));
      const next = new Set(state.notDuplicates);
      for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) next.add(pairKey(ids[i]!, ids[j]!));
      await ctx.mutate('mark as not duplicates', (tx) => tx.setNotDuplicates([...next]));
    },
  };
}
