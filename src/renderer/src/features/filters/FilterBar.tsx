import type { ActorRow, LibraryInfo } from '../../../../shared/api';
import type { Topic } from '../../../../shared/model';
import { MultiSelect } from '../../components/MultiSelect';
import { isFilterEmpty, useFilter } from './FilterContext';

/** Actor, topic, source, date and text filters shared by the timeline and charts. */
export function FilterBar(props: { actors: ActorRow[]; topics: Topic[]; info: LibraryInfo | null }) {
  const { filter, setFilter } = useFilter();
  return (
    <div className="filter-bar" role="search" aria-label="Filter statements">
      <MultiSelect
        label="Actors"
        testId="filter-actors"
        options={props.actors.filter((a) => a.statementCount > 0).map((a) => ({ value: a.id, label: a.name, hint: String(a.statementCount) }))}
        selected={filter.actorIds ?? []}
        onChange={(actorIds) => setFilter({ ...filter, actorIds })}
      />
      <MultiSelect
        label="Topics"
        testId="filter-topics"
        options={props.topics.map((t) => ({ value: t.id, label: t.name }))}
        selected={filter.topicIds ?? []}
        onChange={(topicIds) => setFilter({ ...filter, topicIds })}
      />
      <MultiSelect
        label="Sources"
        testId="filter-sources"
        options={(props.info?.sources ?? []).map((s) => ({ value: s, label: s }))}
        selected={filter.sources ?? []}
        onChange={(sources) => setFilter({ ...filter, sources })}
      />
      <label className="field-inline">
        From
        <input type="date" value={filter.from ?? ''} onChange={(e) => setFilter({ ...filter, from: e.target.value || null })} />
      </label>
      <label className="field-inline">
        To
        <input type="date" value={filter.to ?? ''} onChange={(e) => setFilter({ ...filter, to: e.target.value || null })} />
      </label>
      <input
        className="filter-text"
        type="search"
        placeholder="Quote contains…"
        aria-label="Quote contains"
        value={filter.text ?? ''}
        onChange={(e) => setFilter({ ...filter, text: e.target.value })}
      />
      {!isFilterEmpty(filter) && (
        <button type="button" className="link" onClick={() => setFilter({})}>
          Clear filters
        </button>
      )}
    </div>
  );
}
