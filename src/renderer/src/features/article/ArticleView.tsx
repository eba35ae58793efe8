import { useEffect, useMemo, useRef, useState } from 'react';
import type { StatementPatch } from '../../../../shared/api';
import type { StatementKind } from '../../../../shared/model';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { articleHref, navigate } from '../../app/router';
import { ErrorNote } from '../../components/EmptyState';
import { errorText, useNotice } from '../../components/Notice';
import { isTyping } from '../history/useHistory';
import { ArticleDetails } from './ArticleDetails';
import { NewStatementForm } from './NewStatementForm';
import { segmentBody } from './segments';
import { selectionOffsets } from './selection-offsets';
import { StatementPanel } from './StatementPanel';
import { nudge } from './word-steps';

export function ArticleView(props: { id: string; statementId: string | null }) {
  const detail = useApi(() => api.getArticle(props.id), [props.id]);
  const actors = useApi(() => api.listActors(), []);
  const { notify } = useNotice();
  const bodyRef = useRef<HTMLDivElement>(null);
  const [draft, setDraft] = useState<{ start: number; end: number } | null>(null);
  const selectedId = props.statementId;

  const statements = useMemo(() => detail.data?.statements ?? [], [detail.data]);
  const visible = statements.filter((s) => s.status !== 'rejected');
  const selected = statements.find((s) => s.id === selectedId) ?? null;
  const byId = useMemo(() => new Map(statements.map((s) => [s.id, s])), [statements]);
  const actorById = useMemo(() => {
    const m = new Map((detail.data?.actors ?? []).map((a) => [a.id, a]));
    for (const a of actors.data ?? []) m.set(a.id, a);
    return m;
  }, [detail.data, actors.data]);

  useEffect(() => {
    if (!selectedId) return;
    document.querySelector(`[data-statement-id="${CSS.escape(selectedId)}"]`)?.scrollIntoView({ block: 'center' });
  }, [selectedId, detail.data]);

  const select = (id: string | null) => navigate(articleHref(props.id, id ?? undefined));
  const run = async (work: () => Promise<unknown>, done?: string) => {
    try {
      await work();
      if (done) notify(done);
    } catch (err) {
      notify(errorText(err), 'error');
    }
  };
  const update = (patch: StatementPatch) => selected && void run(() => api.updateStatement(selected.id, patch));
  const nudgeEdge = (edge: 'start' | 'end', direction: -1 | 1) => {
    if (!selected || !detail.data) return;
    const next = nudge(detail.data.article.body, selected, edge, direction);
    if (next.start !== selected.start || next.end !== selected.end) update(next);
  };
  const create = (input: { speakerName?: string; kind: StatementKind; topicIds: string[] }) => {
    if (!draft) return;
    void run(async () => {
      const s = await api.createStatement({ articleId: props.id, ...draft, ...input });
      setDraft(null);
      window.getSelection()?.removeAllRanges();
      select(s.id);
    }, 'Statement created');
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      const index = visible.findIndex((s) => s.id === selectedId);
      if (e.key === 'j' || e.key === 'k') {
        const next = visible[e.key === 'j' ? index + 1 : Math.max(0, index - 1)] ?? visible[0];
        if (next) select(next.id);
      } else if (e.key === 'n' && bodyRef.current) {
        const offsets = selectionOffsets(bodyRef.current);
        if (offsets) setDraft(offsets);
      } else if (selected && e.key === 'a') update({ status: 'accepted' });
      else if (selected && e.key === 'x') update({ status: 'rejected' });
      else if (selected && e.key === ',') nudgeEdge('end', -1);
      else if (selected && e.key === '.') nudgeEdge('end', 1);
      else if (selected && e.key === '<') nudgeEdge('start', -1);
      else if (selected && e.key === '>') nudgeEdge('start', 1);
      else if (selected && e.key === 's') document.getElementById('panel-speaker-input')?.focus();
      else if (e.key === 'Escape') {
        setDraft(null);
        select(null);
      } else return;
      e.preventDefault();
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
        <ArticleDetails article={article} onSave={(patch) => void run(() => api.updateArticle(article.id, patch), 'Article details saved')} />
        <div
          className="article-body"
          data-testid="article-body"
          ref={bodyRef}
          onMouseUp={() => {
            const offsets = bodyRef.current ? selectionOffsets(bodyRef.current) : null;
            if (offsets && article.body.slice(offsets.start, offsets.end).trim().length > 2) setDraft(offsets);
          }}
        >
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
                style={topic ? { borderBottomColor: topic.color } : undefined}
                data-statement-id={s.id}
                data-speaker={seg.start === s.start ? (speaker ?? 'Unknown') : undefined}
                title={`${speaker ?? 'Unknown speaker'} · ${s.kind} · ${s.cue || 'added by hand'}`}
                role="button"
                tabIndex={0}
                onClick={() => {
                  if (!window.getSelection()?.isCollapsed) return;
                  setDraft(null);
                  select(s.id);
                }}
                onKeyDown={(e) => e.key === 'Enter' && select(s.id)}
              >
                {text}
              </mark>
            );
          })}
        </div>
      </article>
      <div className="side">
        {draft ? (
          <NewStatementForm
            text={article.body.slice(draft.start, draft.end)}
            actors={actors.data ?? []}
            topics={topics}
            onCreate={create}
            onCancel={() => setDraft(null)}
          />
        ) : selected ? (
          <StatementPanel
            statement={selected}
            speaker={selected.speakerId ? actorById.get(selected.speakerId) : undefined}
            topics={topics}
            actors={actors.data ?? []}
            onUpdate={update}
            onNudge={nudgeEdge}
            onDelete={() => void run(() => api.deleteStatement(selected.id), 'Statement deleted (Ctrl+Z brings it back)').then(() => select(null))}
          />
        ) : (
          <div className="side-hint muted">
            <p>Click a highlighted statement to review it, or select any text to make it a statement.</p>
            <p>
              <kbd>J</kbd>/<kbd>K</kbd> move between statements · <kbd>A</kbd> accept · <kbd>X</kbd> reject · <kbd>S</kbd> speaker ·{' '}
              <kbd>,</kbd>/<kbd>.</kbd> move the end by a word · <kbd>&lt;</kbd>/<kbd>&gt;</kbd> move the start · <kbd>N</kbd> new
              statement from the selection
            </p>
          </div>
        )}
      </div>
    </div>
  );
}
