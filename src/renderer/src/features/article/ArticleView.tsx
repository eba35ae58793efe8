import { useEffect, useMemo, useRef, useState } from 'react';
import type { StatementPatch } from '../../../../shared/api';
import type { StatementKind } from '../../../../shared/model';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { topicColour } from '../../app/palette';
import { articleHref, navigate } from '../../app/router';
import { matchedCombo, shortcutText, type ShortcutId } from '../../app/shortcuts';
import { useTheme } from '../../app/ThemeContext';
import { useShortcuts } from '../../app/useShortcuts';
import { ErrorNote } from '../../components/EmptyState';
import { ShortcutHints } from '../../components/Keys';
import { errorText, useNotice } from '../../components/Notice';
import { ArticleDetails } from './ArticleDetails';
import { NewStatementForm } from './NewStatementForm';
import { segmentBody } from './segments';
import { selectionOffsets } from './selection-offsets';
import { StatementPanel } from './StatementPanel';
import { nudge } from './word-steps';

const HINTS: ShortcutId[] = [
  'article.next',
  'article.previous',
  'article.accept',
  'article.reject',
  'article.speaker',
  'article.endEarlier',
  'article.endLater',
  'article.startEarlier',
  'article.startLater',
  'article.newStatement',
];

function inViewport(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.top >= 0 && r.bottom <= window.innerHeight;
}

export function ArticleView(props: { id: string; statementId: string | null }) {
  const detail = useApi(() => api.getArticle(props.id), [props.id], ['articles', 'statements', 'actors', 'topics']);
  const actors = useApi(() => api.listActors(), [], ['actors']);
  const { notify } = useNotice();
  const { theme } = useTheme();
  const bodyRef = useRef<HTMLDivElement>(null);
  const sideRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const selectedByMouse = useRef(false);
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

  // The highlight comes into view only if it is not already: a click never makes the text jump under the pointer.
  useEffect(() => {
    if (!selectedId) return;
    const mark = document.querySelector(`[data-statement-id="${CSS.escape(selectedId)}"]`);
    if (mark && !inViewport(mark)) mark.scrollIntoView({ block: 'center' });
  }, [selectedId, detail.data]);

  // The panel beside the text shows from its top and takes keyboard focus whenever it opens on another statement.
  const panelOpen = !!selected && !draft;
  useEffect(() => {
    if (!panelOpen) return;
    sideRef.current?.scrollTo({ top: 0 });
    panelRef.current?.focus({ preventScroll: true });
  }, [selectedId, panelOpen]);
  useEffect(() => {
    if (draft) sideRef.current?.scrollTo({ top: 0 });
  }, [draft]);

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

  const move = (step: 1 | -1) => {
    const index = visible.findIndex((s) => s.id === selectedId);
    const next = visible[step > 0 ? index + 1 : Math.max(0, index - 1)] ?? visible[0];
    if (next) select(next.id);
  };
  const onSelected = (action: () => void) => (selected ? action : undefined);
  useShortcuts('article', {
    'article.next': () => move(1),
    'article.previous': () => move(-1),
    'article.newStatement': () => {
      const offsets = bodyRef.current ? selectionOffsets(bodyRef.current) : null;
      if (offsets) setDraft(offsets);
    },
    'article.accept': onSelected(() => update({ status: 'accepted' })),
    'article.reject': onSelected(() => update({ status: 'rejected' })),
    'article.endEarlier': onSelected(() => nudgeEdge('end', -1)),
    'article.endLater': onSelected(() => nudgeEdge('end', 1)),
    'article.startEarlier': onSelected(() => nudgeEdge('start', -1)),
    'article.startLater': onSelected(() => nudgeEdge('start', 1)),
    'article.speaker': onSelected(() => document.getElementById('panel-speaker-input')?.focus()),
    'article.close': () => {
      // Keyboard focus goes back to the highlight the panel was about.
      if (selectedId)
        document
          .querySelector<HTMLElement>(`[data-statement-id="${CSS.escape(selectedId)}"]`)
          ?.focus({ preventScroll: true });
      setDraft(null);
      select(null);
    },
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
        <ArticleDetails
          article={article}
          onSave={(patch) => void run(() => api.updateArticle(article.id, patch), 'Article details saved')}
        />
        <div
          className="article-body"
          data-testid="article-body"
          ref={bodyRef}
          onMouseDown={() => {
            selectedByMouse.current = false;
          }}
          onMouseUp={() => {
            const offsets = bodyRef.current ? selectionOffsets(bodyRef.current) : null;
            if (offsets && article.body.slice(offsets.start, offsets.end).trim().length > 2) {
              selectedByMouse.current = true;
              setDraft(offsets);
            }
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
                style={topic ? { borderBottomColor: topicColour(topic.color, theme) } : undefined}
                data-statement-id={s.id}
                data-speaker={seg.start === s.start ? (speaker ?? 'Unknown') : undefined}
                title={`${speaker ?? 'Unknown speaker'} · ${s.kind} · ${s.cue || 'added by hand'}`}
                role="button"
                tabIndex={0}
                onClick={() => {
                  // A drag that ends on a highlight is a selection for a new statement, not a click on it.
                  if (selectedByMouse.current || !window.getSelection()?.isCollapsed) return;
                  setDraft(null);
                  select(s.id);
                }}
                onKeyDown={(e) => matchedCombo('article.open', e) >= 0 && select(s.id)}
              >
                {text}
              </mark>
            );
          })}
        </div>
      </article>
      <div className="side-column">
        <div className="side" ref={sideRef} data-testid="article-side">
          {draft ? (
            <NewStatementForm
              key={`${draft.start}-${draft.end}`}
              text={article.body.slice(draft.start, draft.end)}
              actors={actors.data ?? []}
              topics={topics}
              onCreate={create}
              onCancel={() => setDraft(null)}
            />
          ) : selected ? (
            <StatementPanel
              ref={panelRef}
              statement={selected}
              speaker={selected.speakerId ? actorById.get(selected.speakerId) : undefined}
              topics={topics}
              actors={actors.data ?? []}
              onUpdate={update}
              onNudge={nudgeEdge}
              onDelete={() =>
                void run(
                  () => api.deleteStatement(selected.id),
                  `Statement deleted (${shortcutText('undo')} brings it back)`,
                ).then(() => select(null))
              }
            />
          ) : (
            <div className="side-hint muted">
              <p>Click a highlighted statement to review it, or select any text to make it a statement.</p>
              <p>
                <ShortcutHints ids={HINTS} />
              </p>
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
