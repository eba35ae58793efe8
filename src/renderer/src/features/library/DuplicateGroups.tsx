import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { articleHref } from '../../app/router';
import { formatDate } from '../../components/format';
import { errorText, useNotice } from '../../components/Notice';

/** Near-duplicate stories (wire copies, republished pieces): merge them into one, or say they differ. */
export function DuplicateGroups() {
  const groups = useApi(() => api.listDuplicateGroups(), [], ['articles']);
  const { notify } = useNotice();
  const run = (work: () => Promise<unknown>, done: string) =>
    void work().then(
      () => notify(done),
      (err: unknown) => notify(errorText(err), 'error'),
    );
  if (!groups.data?.length) return null;
  return (
    <section className="card duplicates" aria-label="Possible duplicates" data-testid="duplicate-groups">
      <h2>Possible duplicates ({groups.data.length})</h2>
      <p className="muted small">
        These articles tell the same story. Merging keeps the first one's text and statements and records every other
        outlet and date as another publication of it.
      </p>
      {groups.data.map((g) => {
        const [keep, ...others] = g.articles;
        if (!keep) return null;
        return (
          <div key={g.articles.map((a) => a.id).join('|')} className="duplicate-group" data-testid="duplicate-group">
            <div className="muted small">{Math.round(g.similarity * 100)}% of the text in common</div>
            <ul>
              {g.articles.map((a) => (
                <li key={a.id}>
                  <a href={articleHref(a.id)}>{a.title}</a>{' '}
                  <span className="muted small">
                    {a.source ?? 'unknown outlet'} · {formatDate(a.date)}
                  </span>
                </li>
              ))}
            </ul>
            <div className="button-row">
              <button
                type="button"
                className="secondary"
                onClick={() =>
                  run(
                    () =>
                      api.mergeDuplicates(
                        keep.id,
                        others.map((o) => o.id),
                      ),
                    `Merged into "${keep.title}"`,
                  )
                }
              >
                Merge into the first
              </button>
              <button
                type="button"
                className="link"
                onClick={() =>
                  run(() => api.markNotDuplicates(g.articles.map((a) => a.id)), 'Marked as different stories')
                }
              >
                Not duplicates
              </button>
            </div>
          </div>
        );
      })}
    </section>
  );
}
