import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import type { ReviewOrder, StatementPatch, TimelineRow } from '../../../../shared/api';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { articleHref, navigate } from '../../app/router';
import { shortcut, shortcutText, type ShortcutId } from '../../app/shortcuts';
import { useShortcuts } from '../../app/useShortcuts';
import { EmptyState, ErrorNote } from '../../components/EmptyState';
import { formatDate } from '../../components/format';
import { Keys, ShortcutHints } from '../../components/Keys';
import { errorText, useNotice } from '../../components/Notice';
import { QuoteInContext } from '../../components/QuoteInContext';
import { SpeakerInput } from '../../components/SpeakerInput';
import { StatementText } from '../../components/StatementText';
import { FilterBar } from '../filters/FilterBar';
import { useFilter } from '../filters/FilterContext';
import { useFilterOptions } from '../filters/useFilterOptions';
import { TopicSwatch } from '../../components/TopicSwatch';

/** A queue row's usual height (three short lines); rows are measured once shown. */
const ROW_ESTIMATE = 66;

const ORDERS: Array<{ value: ReviewOrder; label: string }> = [
  { value: 'newest', label: 'Newest first' },
  { value: 'least-confident', label: 'Least confident first' },
  { value: 'article', label: 'In article order' },
];

const HINTS: ShortcutId[] = [
  'review.next',
  'review.previous',
  'review.accept',
  'review.reject',
  'review.speaker',
  'review.note',
  'review.toggleTopic',
  'review.undo',
  'review.redo',
];
const topicKeys = shortcut('review.toggleTopic').keys;
const optionId = (row: TimelineRow) => `review-option-${row.statement.id}`;

/** Triage suggested statements by keyboard: J/K move, A accept, X reject, S speaker, 1–9 topics, Enter open. */
export function ReviewView() {
  const { filter } = useFilter();
  const options = useFilterOptions();
  const { notify } = useNotice();
  const [order, setOrder] = useState<ReviewOrder>('newest');
  const [index, setIndex] = useState(0);
  const [editing, setEditing] = useState<'speaker' | 'note' | null>(null);
  const queue = useApi(
    () => api.queryReviewQueue({ ...filter, statuses: undefined }, { order, limit: 200 }),
    [JSON.stringify(filter), order],
    ['articles', 'statements', 'actors', 'topics'],
  );
  // Statements just accepted or rejected leave the list at once, before the refreshed queue arrives, so fast
  // keystrokes always act on the next statement and never twice on the same one.
  const [handled, setHandled] = useState<ReadonlySet<string>>(new Set());
  const [queueSeen, setQueueSeen] = useState(queue.data);
  if (queueSeen !== queue.data) {
    setQueueSeen(queue.data);
    const present = new Set((queue.data?.rows ?? []).map((r) => r.statement.id));
    // Forget ids the server has processed; keep hiding those whose update is still on its way.
    setHandled((h) => new Set([...h].filter((id) => present.has(id))));
  }
  const rows = (queue.data?.rows ?? []).filter((r) => !handled.has(r.statement.id));
  // The row under review: the chosen one, or the last when the list got shorter under it.
  const at = Math.max(0, Math.min(index, rows.length - 1));
  const current: TimelineRow | undefined = rows[at];
  const speakerRef = useRef<HTMLInputElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const listRef = useRef<HTMLOListElement>(null);

  // Only the rows in view exist in the page (the queue holds up to 200 at a time).
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 12,
    getItemKey: (i) => rows[i]?.statement.id ?? i,
  });
  useEffect(() => {
    if (at < rows.length) virtual.scrollToIndex(at, { align: 'auto' });
  }, [virtual, at, rows.length, current?.statement.id]);
  useEffect(() => {
    if (editing === 'speaker') speakerRef.current?.focus();
    if (editing === 'note') noteRef.current?.focus();
  }, [editing]);

  const update = async (patch: StatementPatch, done?: string) => {
    if (!current) return;
    const id = current.statement.id;
    const leaves = patch.status !== undefined || patch.speakerName !== undefined;
    if (leaves) setHandled((h) => new Set(h).add(id));
    try {
      await api.updateStatement(id, patch);
      if (done) notify(done);
    } catch (err) {
      if (leaves)
        setHandled((h) => {
          const next = new Set(h);
          next.delete(id);
          return next;
        });
      notify(errorText(err), 'error');
    }
  };
  const toggleTopic = (n: number) => {
    const topic = options.topics[n];
    if (!current || !topic) return;
    const has = current.statement.topicIds.includes(topic.id);
    void update({
      topicIds: has
        ? current.statement.topicIds.filter((t) => t !== topic.id)
        : [...current.statement.topicIds, topic.id],
    });
  };

  const open = () => current && navigate(articleHref(current.statement.articleId, current.statement.id));
  const history = (direction: 'undo' | 'redo') =>
    void (direction === 'undo' ? api.undo() : api.redo()).then(
      () => notify(direction === 'undo' ? 'Undone' : 'Redone'),
      (err: unknown) => notify(errorText(err), 'error'),
    );
  useShortcuts('review', {
    'review.next': () => setIndex(Math.min(at + 1, Math.max(0, rows.length - 1))),
    'review.previous': () => setIndex(Math.max(0, at - 1)),
    'review.accept': () => void update({ status: 'accepted' }, 'Accepted'),
    'review.reject': () => void update({ status: 'rejected' }, 'Rejected'),
    'review.speaker': () => setEditing('speaker'),
    'review.note': () => setEditing('note'),
    'review.topics': () => (document.querySelector('.review-topics input') as HTMLInputElement | null)?.focus(),
    'review.toggleTopic': (_e, n) => toggleTopic(n),
    'review.open': open,
    'review.undo': () => history('undo'),
    'review.redo': () => history('redo'),
  });

  const counts = queue.data?.counts;
  return (
    <div className="page review">
      <header className="page-head">
        <h1>Review</h1>
        {counts && (
          <span className="counts" data-testid="review-counts">
            <span className="count suggested">{counts.suggested.toLocaleString()} suggested</span>
            <span className="count accepted">{counts.accepted.toLocaleString()} accepted</span>
            <span className="count edited">{counts.edited.toLocaleString()} edited</span>
            <span className="count rejected">{counts.rejected.toLocaleString()} rejected</span>
          </span>
        )}
        <div className="spacer" />
        <label className="field-inline">
          Order
          <select value={order} onChange={(e) => setOrder(e.target.value as ReviewOrder)}>
            {ORDERS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      </header>
      <FilterBar actors={options.actors} topics={options.topics} info={options.info} hideReviewState />
      <ErrorNote error={queue.error} />
      {queue.data && rows.length === 0 ? (
        <EmptyState title="Nothing left to review" testId="review-empty">
          <p className="muted">
            Every suggested statement that matches the filter has been reviewed. Import more articles, or loosen the
            filter.
          </p>
        </EmptyState>
      ) : (
        <div className="review-layout">
          <ol
            className="review-list"
            ref={listRef}
            // Its rows are positioned, not stacked: the list takes the height they need, up to the window's.
            style={{ height: `min(calc(100vh - 230px), ${virtual.getTotalSize() + 2}px)` }}
            role="listbox"
            aria-label="Suggested statements"
            aria-activedescendant={current ? optionId(current) : undefined}
            tabIndex={0}
            data-testid="review-list"
          >
            <li
              role="presentation"
              aria-hidden="true"
              className="virtual-height"
              style={{ height: virtual.getTotalSize() }}
            />
            {virtual.getVirtualItems().map(({ index: i, key, start }) => {
              const r = rows[i]!;
              return (
                <li
                  key={key}
                  ref={virtual.measureElement}
                  data-index={i}
                  style={{ transform: `translateY(${start}px)` }}
                  id={optionId(r)}
                  role="option"
                  aria-selected={i === at}
                  aria-setsize={rows.length}
                  aria-posinset={i + 1}
                  className={i === at ? 'current' : ''}
                  onClick={() => setIndex(i)}
                >
                  <span className="speaker">{r.speakerName}</span>
                  <span className="ellipsis">
                    {r.statement.cue && <span className="cue">{r.statement.cue}: </span>}
                    {r.statement.polarity === 'denies' && <span className="polarity denies">denies</span>}
                    {r.statement.kind === 'direct' ? `“${r.statement.quote}”` : r.statement.quote}
                  </span>
                  <span className="muted small">
                    {Math.round(r.statement.confidence * 100)}% · {formatDate(r.date)}
                  </span>
                </li>
              );
            })}
          </ol>
          {current && (
            <section className="review-card card" aria-label="Statement under review" data-testid="review-card">
              <div className="muted small">
                {current.source ?? 'unknown source'} · {formatDate(current.date)} · {current.articleTitle}
              </div>
              <p className="review-said" data-testid="review-said">
                <StatementText speaker={current.speakerName} statement={current.statement} quote="" />
              </p>
              <p className={`review-quote ${current.statement.kind}`}>
                <QuoteInContext quote={current.statement.quote} context={current.statement.context} />
              </p>
              <dl className="facts">
                <dt>Speaker</dt>
                <dd>
                  {editing === 'speaker' ? (
                    <SpeakerInput
                      ref={speakerRef}
                      id="review-speaker"
                      actors={options.actors}
                      value={current.speakerName === 'Unknown speaker' ? '' : current.speakerName}
                      onSave={(name) => {
                        setEditing(null);
                        void update({ speakerName: name }, `Speaker set to ${name}`);
                      }}
                      onCancel={() => setEditing(null)}
                    />
                  ) : (
                    <span data-testid="review-speaker">{current.speakerName}</span>
                  )}
                </dd>
                <dt>Kind</dt>
                <dd>{current.statement.kind === 'direct' ? 'Direct quote' : 'Reported speech'}</dd>
                <dt>Cue</dt>
                <dd>{current.statement.cue || '—'}</dd>
                <dt>Confidence</dt>
                <dd>{Math.round(current.statement.confidence * 100)}%</dd>
                <dt>Status</dt>
                <dd>{current.statement.status}</dd>
              </dl>
              <fieldset className="review-topics">
                <legend>Topics</legend>
                {options.topics.length === 0 && (
                  <span className="muted small">No topics yet: define them on the Topics page.</span>
                )}
                {options.topics.map((t, i) => (
                  <label key={t.id} className="check">
                    <input
                      type="checkbox"
                      checked={current.statement.topicIds.includes(t.id)}
                      onChange={() => toggleTopic(i)}
                    />
                    <TopicSwatch colour={t.color} /> {t.name}{' '}
                    {topicKeys[i] && <Keys id="review.toggleTopic" combo={i} />}
                  </label>
                ))}
              </fieldset>
              <label className="field">
                Note
                {editing === 'note' ? (
                  <textarea
                    ref={noteRef}
                    defaultValue={current.statement.note ?? ''}
                    rows={3}
                    onKeyDown={(e) => {
                      if (e.key === 'Escape') setEditing(null);
                      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) (e.target as HTMLTextAreaElement).blur();
                    }}
                    onBlur={(e) => {
                      setEditing(null);
                      if (e.target.value !== (current.statement.note ?? ''))
                        void update({ note: e.target.value }, 'Note saved');
                    }}
                  />
                ) : (
                  <button type="button" className="note-view" onClick={() => setEditing('note')}>
                    {current.statement.note || (
                      <span className="muted">Add a note ({shortcutText('review.note')})</span>
                    )}
                  </button>
                )}
              </label>
              <div className="button-row">
                <button type="button" onClick={() => void update({ status: 'accepted' }, 'Accepted')}>
                  Accept <Keys id="review.accept" />
                </button>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => void update({ status: 'rejected' }, 'Rejected')}
                >
                  Reject <Keys id="review.reject" />
                </button>
                <button type="button" className="secondary" onClick={() => setEditing('speaker')}>
                  Speaker <Keys id="review.speaker" />
                </button>
                <button type="button" className="secondary" onClick={open}>
                  Open <Keys id="review.open" />
                </button>
              </div>
              <p className="muted small keys">
                <ShortcutHints ids={HINTS} /> · <Keys id="help" /> all shortcuts
              </p>
            </section>
          )}
        </div>
      )}
    </div>
  );
}
