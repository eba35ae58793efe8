import { useEffect, useState } from 'react';
import type { ActorRow } from '../../../../shared/api';
import type { Actor, Statement, Topic } from '../../../../shared/model';
import { api } from '../../api/client';

/** Details and review actions for the selected statement: accept, reject, re-attribute, tag. */
export function StatementPanel(props: {
  statement: Statement;
  speaker: Actor | undefined;
  topics: Topic[];
  actors: ActorRow[];
  onChanged: (s: Statement) => void;
}) {
  const { statement: s } = props;
  const [speaker, setSpeaker] = useState(props.speaker?.name ?? '');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setSpeaker(props.speaker?.name ?? ''), [s.id, props.speaker?.name]);

  const update = async (patch: Parameters<typeof api.updateStatement>[1]) => {
    try {
      setError(null);
      props.onChanged(await api.updateStatement(s.id, patch));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  const saveSpeaker = () => {
    const name = speaker.trim();
    if (name && name !== props.speaker?.name) void update({ speakerName: name });
  };

  return (
    <aside className="statement-panel" aria-label="Selected statement" data-testid="statement-panel">
      <div className={`status-pill ${s.status}`}>{s.status}</div>
      <blockquote className={s.kind}>{s.quote}</blockquote>
      <dl className="facts">
        <dt>Speaker</dt>
        <dd data-testid="panel-speaker">{props.speaker?.name ?? 'Unknown speaker'}</dd>
        <dt>Kind</dt>
        <dd>{s.kind === 'direct' ? 'Direct quote' : s.mixed ? 'Reported speech (with quoted words)' : 'Reported speech'}</dd>
        <dt>Cue</dt>
        <dd>{s.cue || '—'}</dd>
        <dt>Confidence</dt>
        <dd>{Math.round(s.confidence * 100)}%</dd>
      </dl>
      <div className="button-row">
        <button type="button" onClick={() => void update({ status: 'accepted' })} title="Accept (A)">
          Accept <kbd>A</kbd>
        </button>
        <button type="button" className="secondary" onClick={() => void update({ status: 'rejected' })} title="Reject (X)">
          Reject <kbd>X</kbd>
        </button>
      </div>
      <label className="field">
        Re-attribute to
        <div className="button-row">
          <input
            list="actor-names"
            value={speaker}
            onChange={(e) => setSpeaker(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && saveSpeaker()}
            aria-label="Speaker name"
          />
          <button type="button" className="secondary" onClick={saveSpeaker}>
            Save
          </button>
        </div>
        <datalist id="actor-names">
          {props.actors.map((a) => (
            <option key={a.id} value={a.name} />
          ))}
        </datalist>
      </label>
      {props.topics.length > 0 && (
        <fieldset className="field">
          <legend>Topics</legend>
          {props.topics.map((t) => (
            <label key={t.id} className="check">
              <input
                type="checkbox"
                checked={s.topicIds.includes(t.id)}
                onChange={(e) =>
                  void update({ topicIds: e.target.checked ? [...s.topicIds, t.id] : s.topicIds.filter((x) => x !== t.id) })
                }
              />
              <span className="swatch" style={{ background: t.color }} /> {t.name}
            </label>
          ))}
        </fieldset>
      )}
      {error && (
        <div className="error-note" role="alert">
          {error}
        </div>
      )}
    </aside>
  );
}
