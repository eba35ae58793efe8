import { forwardRef } from 'react';
import type { ActorRow, StatementPatch } from '../../../../shared/api';
import type { Actor, Statement, Topic } from '../../../../shared/model';
import { shortcutText } from '../../app/shortcuts';
import { formatDate, formatMonth } from '../../components/format';
import { Keys } from '../../components/Keys';
import { SpeakerInput } from '../../components/SpeakerInput';
import { cueLine } from '../../components/StatementText';
import { TopicChecklist } from '../../components/TopicChecklist';

/** Details and review actions for the selected statement: accept, reject, re-attribute, tag, note, boundaries. */
export const StatementPanel = forwardRef<
  HTMLElement,
  {
    statement: Statement;
    speaker: Actor | undefined;
    topics: Topic[];
    actors: ActorRow[];
    onUpdate: (patch: StatementPatch) => void;
    onNudge: (edge: 'start' | 'end', direction: -1 | 1) => void;
    onDelete: () => void;
  }
>(function StatementPanel(props, ref) {
  const { statement: s, onUpdate } = props;
  return (
    <section
      ref={ref}
      tabIndex={-1}
      className="statement-panel"
      aria-label="Selected statement"
      data-testid="statement-panel"
    >
      <div className={`status-pill ${s.status}`}>{s.status}</div>
      {/* The cue carries the meaning of reported speech ("Maric rejected: …"), so it leads the quote here too. */}
      <p className="panel-cue">
        {cueLine(props.speaker?.name ?? 'Unknown speaker', s)}:{' '}
        {s.polarity === 'denies' && <span className="polarity denies">denies</span>}
        {s.polarity === 'questions' && <span className="polarity questions">asks</span>}
      </p>
      <blockquote className={`${s.kind} ${s.quote.length > 400 ? 'long' : ''}`}>{s.quote}</blockquote>
      <dl className="facts">
        <dt>Speaker</dt>
        <dd data-testid="panel-speaker">{props.speaker?.name ?? 'Unknown speaker'}</dd>
        <dt>Kind</dt>
        <dd>
          <select
            aria-label="Kind"
            value={s.kind}
            onChange={(e) => onUpdate({ kind: e.target.value === 'direct' ? 'direct' : 'indirect' })}
          >
            <option value="direct">Direct quote</option>
            <option value="indirect">{s.mixed ? 'Reported speech (with quoted words)' : 'Reported speech'}</option>
          </select>
        </dd>
        <dt>Cue</dt>
        <dd>{s.cue || '—'}</dd>
        <dt>Said</dt>
        <dd>
          {s.date && s.dateOrigin === 'text' ? `${statementDate(s.date)} (date in the text)` : 'on the article’s date'}
        </dd>
        <dt>Confidence</dt>
        <dd>{Math.round(s.confidence * 100)}%</dd>
      </dl>
      <div className="button-row">
        <button type="button" onClick={() => onUpdate({ status: 'accepted' })}>
          Accept <Keys id="article.accept" />
        </button>
        <button type="button" className="secondary" onClick={() => onUpdate({ status: 'rejected' })}>
          Reject <Keys id="article.reject" />
        </button>
        <button type="button" className="link" onClick={props.onDelete}>
          Delete
        </button>
      </div>
      <label className="field">
        Re-attribute to
        <SpeakerInput
          id="panel-speaker-input"
          actors={props.actors}
          value={props.speaker?.name ?? ''}
          onSave={(name) => name !== props.speaker?.name && onUpdate({ speakerName: name })}
        />
      </label>
      <div className="field">
        Boundaries
        <div className="nudge">
          <span>start</span>
          <button
            type="button"
            className="secondary"
            onClick={() => props.onNudge('start', -1)}
            aria-label="Start one word earlier"
            title={shortcutText('article.startEarlier')}
          >
            ◀
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => props.onNudge('start', 1)}
            aria-label="Start one word later"
            title={shortcutText('article.startLater')}
          >
            ▶
          </button>
          <span>end</span>
          <button
            type="button"
            className="secondary"
            onClick={() => props.onNudge('end', -1)}
            aria-label="End one word earlier"
            title={shortcutText('article.endEarlier')}
          >
            ◀
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => props.onNudge('end', 1)}
            aria-label="End one word later"
            title={shortcutText('article.endLater')}
          >
            ▶
          </button>
        </div>
      </div>
      <TopicChecklist topics={props.topics} selected={s.topicIds} onChange={(topicIds) => onUpdate({ topicIds })} />
      <label className="field">
        Note
        <textarea
          key={s.id}
          rows={3}
          defaultValue={s.note ?? ''}
          aria-label="Statement note"
          placeholder="Context, verification, follow-up…"
          onBlur={(e) => e.target.value !== (s.note ?? '') && onUpdate({ note: e.target.value })}
        />
      </label>
    </section>
  );
});

/** A statement's own date as precise as the text gave it: "16 May 2024", "Nov 2023", "2023". */
function statementDate(date: string): string {
  return date.length === 4 ? date : date.length === 7 ? formatMonth(date) : formatDate(date);
}
