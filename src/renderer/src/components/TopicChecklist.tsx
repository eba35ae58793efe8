import type { Topic } from '../../../shared/model';
import { TopicSwatch } from './TopicSwatch';

/** Tick boxes for topics, each with its colour; renders nothing when there are no topics. */
export function TopicChecklist(props: { topics: Topic[]; selected: string[]; onChange: (next: string[]) => void }) {
  if (props.topics.length === 0) return null;
  return (
    <fieldset className="field">
      <legend>Topics</legend>
      {props.topics.map((t) => (
        <label key={t.id} className="check">
          <input
            type="checkbox"
            checked={props.selected.includes(t.id)}
            onChange={(e) =>
              props.onChange(e.target.checked ? [...props.selected, t.id] : props.selected.filter((x) => x !== t.id))
            }
          />
          <TopicSwatch colour={t.color} /> {t.name}
        </label>
      ))}
    </fieldset>
  );
}
