import { forwardRef, useEffect, useState } from 'react';
import type { ActorRow } from '../../../shared/api';

/** Type-ahead over known actors; a new name creates an actor. Enter saves, Escape gives up. */
export const SpeakerInput = forwardRef<
  HTMLInputElement,
  { actors: ActorRow[]; value: string; onSave: (name: string) => void; onCancel?: () => void; id?: string }
>(function SpeakerInput(props, ref) {
  const [text, setText] = useState(props.value);
  useEffect(() => setText(props.value), [props.value]);
  const listId = `${props.id ?? 'speaker'}-names`;
  return (
    <>
      <input
        ref={ref}
        id={props.id}
        list={listId}
        value={text}
        aria-label="Speaker name"
        placeholder="Type a name…"
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && text.trim()) {
            e.preventDefault();
            props.onSave(text.trim());
          } else if (e.key === 'Escape') {
            setText(props.value);
            props.onCancel?.();
            (e.target as HTMLInputElement).blur();
          }
        }}
      />
      <datalist id={listId}>
        {props.actors.map((a) => (
          <option key={a.id} value={a.name} />
        ))}
      </datalist>
    </>
  );
});
