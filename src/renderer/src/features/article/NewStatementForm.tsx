import { useState } from 'react';
import type { ActorRow } from '../../../../shared/api';
import type { StatementKind, Topic } from '../../../../shared/model';
import { SpeakerInput } from '../../components/SpeakerInput';

/** Turns the selected text into a statement: speaker, kind and topics, then Create (or Enter). */
export function NewStatementForm(props: {
  text: string;
  actors: ActorRow[];
  topics: Topic[];
  onCreate: (input: { speakerName?: string; kind: StatementKind; topicIds: string[] }) => void;
  onCancel: () => void;
}) {
  const [speaker, setSpeaker] = useState('');
  const [kind, setKind] = useState<StatementKind>(/^["“«„]/.test(props.text) ? 'direct' : 'indirect');
  const [topicIds, setTopicIds] = useState<string[]>([]);
  const create = (name = speaker) => props.onCreate({ ...(name.trim() ? { speakerName: name.trim() } : {}), kind, topicIds });
  return (
    <aside className="statement-panel new-statement" aria-label="New statement" data-testid="new-statement">
      <h2>New statement</h2>
      <blockquote className={kind}>{props.text}</blockquote>
      <label className="field">
        Speaker
        <SpeakerInput id="new-speaker" actors={props.actors} value="" onSave={(name) => { setSpeaker(name); create(name); }} onCancel={props.onCancel} />
      </label>
      <fieldset className="field">
        <legend>Kind</legend>
        <label className="check">
          <input type="radio" name="kind" checked={kind === 'direct'} onChange={() => setKind('direct')} /> Direct quote
        </label>
        <label className="check">
          <input type="radio" name="kind" checked={kind === 'indirect'} onChange={() => setKind('indirect')} /> Reported speech
        </label>
      </fieldset>
      {props.topics.length > 0 && (
        <fieldset className="field">
          <legend>Topics</legend>
          {props.topics.map((t) => (
            <label key={t.id} className="check">
              <input
                type="checkbox"
                checked={topicIds.includes(t.id)}
                onChange={(e) => setTopicIds(e.target.checked ? [...topicIds, t.id] : topicIds.filter((x) => x !== t.id))}
              />
              <span className="swatch" style={{ background: t.color }} /> {t.name}
            </label>
          ))}
        </fieldset>
      )}
      <div className="button-row">
        <button
          type="button"
          onClick={() => {
            const typed = (document.getElementById('new-speaker') as HTMLInputElement | null)?.value ?? speaker;
            create(typed);
          }}
        >
          Create statement
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </aside>
  );
}
