import { useEffect, useMemo, useState } from 'react';
import type { Statement } from '../../../../shared/model';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { articleHref, navigate } from '../../app/router';
import { ErrorNote } from '../../components/EmptyState';
import { formatDate } from '../../components/format';
import { segmentBody } from './segments';
import { StatementPanel } from './StatementPanel';

export function ArticleView(props: { id: string; statementId: string | null }) {
  const detail = useApi(() => api.getArticle(props.id), [props.id]);
  const actors = useApi(() => api.listActors(), []);
  const [overrides, setOverrides] = useState<Record<string, Statement>>({});
  const selectedId = props.statementId;

  const statements = useMemo(
    () => (detail.data?.statements ?? []).map((s) => overrides[s.id] ?? s),
    [detail.data, overrides],
  );
  const selected = statements.find((s) => s.id === selectedId) ?? null;
  const byId = useMemo(() => new Map(statements.map((s) => [s.id, s])), [statements]);
  const actorById = useMemo(() => {
    const m = new Map((detail.data?.actors ?? []).map((a) => [a.id, a]));
    for (const a of actors.data ?? []) m.set(a.id, a);
    return m;
  }, [detail.data, actors.data]);

  useEffect(() => setOverrides({}), [detail.data]);
  useEffect(() => {
    if (!selectedId) return;
    document.querySelector(`[data-statement-id="${CSS.escape(selectedId)}"]`)?.scrollIntoView({ block: 'center' });
  }, [selectedId, detail.data]);

  const select = (id: string | null) => navigate(articleHref(props.id, id ?? undefined));
  const visible = statements.filter((s) => s.status !== 'rejected');

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement || e.ctrlKey || e.metaKey || e.altKey) return;
      const index = visible.findIndex((s) => s.id === selectedId);
      if (e.key === 'j' || e.key === 'k') {
        const next = visible[e.key === 'j' ? index + 1 : Math.max(0, index - 1)] ?? visible[0];
        if (next) select(next.id);
      } else if (selected && (e.key === 'a' || e.key === 'x')) {
        void api
          .updateStatement(selected.id, { status: e.key === 'a' ? 'accepted' : 'rejected' })
          .then((s) => setOverrides((o) => ({ ...o, [s.id]: s })));
      } else if (e.key === 'Escape') select(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (detail.error) return <ErrorNote error={detail.error} />;
  if (!detail.data) return <div className="page muted">Loading…</div>;
  const { article, topics } = detail.data;
  const segments = segmentBody(article.body.length, visible);

  return (
    <div className="article-layout">
      <article className="page article" aria-label={article.title}>
        <button type="button" className="link" onClick={() => window.history.back()}>
          ← Back
        </button>
        <h1 data-testid="article-title">{article.title}</h1>
        <div className="article-meta">
          <span title={article.origins.date ? `from ${article.origins.date}` : 'No publication date found'} className={article.date ? '' : 'warn'}>
            {formatDate(article.date)}
          </span>
          {article.source && <span title={article.origins.source ? `from ${article.origins.source}` : undefined}>{article.source}</span>}
          {article.byline && <span>{article.byline}</span>}
          <span className="muted">{article.fileName}</span>
          <span className="muted">{visible.length} statements</span>
        </div>
        <div className="article-body" data-testid="article-body">
          {segments.map((seg) => {
            const text = article.body.slice(seg.start, seg.end);
            const id = seg.ids[seg.ids.length - 1];
            const s = id ? byId.get(id) : undefined;
            if (!s) return <span key={seg.start}>{text}</span>;
            const topic = topics.find((t) => s.topicIds.includes(t.id));
            const speaker = s.speakerId ? actorById.get(s.speakerId)?.name : undefined;
            return (
              <mark
                key={seg.start}
                className={`hl ${s.kind} ${s.status} ${s.id === selectedId ? 'selected' : ''} ${seg.ids.length > 1 ? 'overlap' : ''}`}
                style={topic ? { borderColor: topic.color } : undefined}
                data-statement-id={s.id}
                data-speaker={seg.start === s.start ? (speaker ?? 'Unknown') : undefined}
                title={`${speaker ?? 'Unknown speaker'} · ${s.kind} · ${s.cue}`}
                role="button"
                tabIndex={0}
                onClick={() => select(s.id)}
                onKeyDown={(e) => e.key === 'Enter' && select(s.id)}
              >
                {text}
              </mark>
            );
          })}
        </div>
      </article>
      <div className="side">
        {selected ? (
          <StatementPanel
            statement={selected}
            speaker={selected.speakerId ? actorById.get(selected.speakerId) : undefined}
            topics={topics}
            actors={actors.data ?? []}
            onChanged={(s) => {
              setOverrides((o) => ({ ...o, [s.id]: s }));
              actors.reload();
            }}
          />
        ) : (
          <div className="side-hint muted">
            Click a highlighted statement to review it. <kbd>J</kbd>/<kbd>K</kbd> move between statements, <kbd>A</kbd>{' '}
            accepts, <kbd>X</kbd> rejects.
          </div>
        )}
      </div>
    </div>
  );
}
