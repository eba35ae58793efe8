import { useEffect, useRef, useState } from 'react';
import type { ActorRow } from '../../../../shared/api';
import type { StatementKind, Topic } from '../../../../shared/model';
import { SpeakerInput } from '../../components/SpeakerInput';
import { TopicChecklist } from '../../components/TopicChecklist';

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
  const speakerInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    speakerInput.current?.focus({ preventScroll: true });
  }, []);
  const create = (name = speaker) =>
    props.onCreate({ ...(name.trim() ? { speakerName: name.trim() } : {}), kind, topicIds });
  return (
    <section className="statement-panel new-statement" aria-label="New statement" data-testid="new-statement">
      <h2>New statement</h2>
      <blockquote className={kind}>{props.text}</blockquote>
      <label className="field">
        Speaker
        <SpeakerInput
          ref={speakerInput}
          id="new-speaker"
          actors={props.actors}
          value=""
          onSave={(name) => {
            setSpeaker(name);
            create(name);
          }}
          onCancel={props.onCancel}
        />
      </label>
      <fieldset className="field">
        <legend>Kind</legend>
        <label className="check">
          <input type="radio" name="kind" checked={kind === 'direct'} onChange={() => setKind('direct')} /> Direct quote
        </label>
        <label className="check">
          <input type="radio" name="kind" checked={kind === 'indirect'} onChange={() => setKind('indirect')} /> Reported
          speech
        </label>
      </fieldset>
      <TopicChecklist topics={props.topics} selected={topicIds} onChange={setTopicIds} />
      <div className="button-row">
        <button
          type="button"
          onClick={() => {
            const typed = speakerInput.current?.value ?? speaker;
            create(typed);
          }}
        >
          Create statement
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
