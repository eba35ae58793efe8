/**
 * The filter bar of the timeline, charts and review: actors, actor type, topics, outlets, date range (presets or
 * custom), review state, kind, polarity, minimum confidence and words in the quote (debounced). Every change goes
 * to the address (a history entry each; typing replaces its own entry).
 */
import { useEffect, useState } from 'react';
import type { ActorRow, LibraryInfo } from '../../../../shared/api';
import {
  ACTOR_TYPES,
  type Filter,
  type StatementKind,
  type StatementPolarity,
  type Topic,
} from '../../../../shared/model';
import { MultiSelect } from '../../components/MultiSelect';
import { DATE_PRESETS, presetOf, presetRange } from './date-presets';
import { useFilter } from './FilterContext';
import { isFilterEmpty, REVIEW_STATES, reviewStateOf } from './filter-url';

const TEXT_DELAY_MS = 300;

export function FilterBar(props: {
  actors: ActorRow[];
  topics: Topic[];
  info: LibraryInfo | null;
  /** The review queue shows every review state by itself. */
  hideReviewState?: boolean;
}) {
  const { filter, setFilter } = useFilter();
  const set = (patch: Partial<Filter>) => setFilter(clean({ ...filter, ...patch }));
  const preset = presetOf(filter.from, filter.to);
  const [custom, setCustom] = useState(false);
  return (
    <div className="filter-bar" role="search" aria-label="Filter statements">
      <MultiSelect
        label="Actors"
        testId="filter-actors"
        options={props.actors
          .filter((a) => a.statementCount > 0)
          .map((a) => ({ value: a.id, label: a.name, hint: String(a.statementCount) }))}
        selected={filter.actorIds ?? []}
        onChange={(actorIds) => set({ actorIds })}
      />
      <MultiSelect
        label="Actor type"
        testId="filter-actor-types"
        options={ACTOR_TYPES.map((t) => ({ value: t, label: t }))}
        selected={filter.actorTypes ?? []}
        onChange={(actorTypes) => set({ actorTypes: actorTypes as Filter['actorTypes'] })}
      />
      <MultiSelect
        label="Topics"
        testId="filter-topics"
        options={props.topics.map((t) => ({ value: t.id, label: t.name }))}
        selected={filter.topicIds ?? []}
        onChange={(topicIds) => set({ topicIds })}
      />
      <MultiSelect
        label="Sources"
        testId="filter-sources"
        options={(props.info?.sources ?? []).map((s) => ({ value: s, label: s }))}
        selected={filter.sources ?? []}
        onChange={(sources) => set({ sources })}
      />
      <label className="field-inline">
        Dates
        <select
          data-testid="filter-dates"
          value={custom && preset === 'any' ? 'custom' : preset}
          onChange={(e) => {
            const id = e.target.value;
            setCustom(id === 'custom');
            if (id === 'any') set({ from: null, to: null });
            else if (id !== 'custom') set(presetRange(id) ?? {});
          }}
        >
          <option value="any">Any time</option>
          {DATE_PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
          <option value="custom">Custom…</option>
        </select>
      </label>
      {(preset === 'custom' || custom) && (
        <>
          <label className="field-inline">
            From
            <input type="date" value={filter.from ?? ''} onChange={(e) => set({ from: e.target.value || null })} />
          </label>
          <label className="field-inline">
            To
            <input type="date" value={filter.to ?? ''} onChange={(e) => set({ to: e.target.value || null })} />
          </label>
        </>
      )}
      {!props.hideReviewState && (
        <label className="field-inline">
          Review
          <select
            data-testid="filter-review"
            value={reviewStateOf(filter)}
            onChange={(e) => set({ statuses: REVIEW_STATES.find((r) => r.id === e.target.value)?.statuses })}
          >
            {REVIEW_STATES.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
            {reviewStateOf(filter) === 'custom' && <option value="custom">Custom</option>}
          </select>
        </label>
      )}
      <label className="field-inline">
        Kind
        <select
          data-testid="filter-kind"
          value={filter.kinds?.length === 1 ? filter.kinds[0] : 'any'}
          onChange={(e) => set({ kinds: e.target.value === 'any' ? undefined : [e.target.value as StatementKind] })}
        >
          <option value="any">Any</option>
          <option value="direct">Direct quotes</option>
          <option value="indirect">Reported speech</option>
        </select>
      </label>
      <label className="field-inline">
        Polarity
        <select
          data-testid="filter-polarity"
          value={filter.polarities?.length === 1 ? filter.polarities[0] : 'any'}
          onChange={(e) =>
            set({ polarities: e.target.value === 'any' ? undefined : [e.target.value as StatementPolarity] })
          }
        >
          <option value="any">Any</option>
          <option value="asserts">Asserts</option>
          <option value="denies">Denies</option>
          <option value="questions">Asks</option>
        </select>
      </label>
      <label className="field-inline">
        Confidence ≥
        <select
          data-testid="filter-confidence"
          value={String(filter.minConfidence ?? 0)}
          onChange={(e) => set({ minConfidence: Number(e.target.value) || undefined })}
        >
          {[0, 0.5, 0.6, 0.7, 0.8, 0.9].map((c) => (
            <option key={c} value={String(c)}>
              {c ? `${Math.round(c * 100)}%` : 'any'}
            </option>
          ))}
        </select>
      </label>
      <QuoteText
        value={filter.text ?? ''}
        onChange={(text) => setFilter(clean({ ...filter, text }), { replace: true })}
      />
      {!isFilterEmpty(filter) && (
        <button type="button" className="link" onClick={() => setFilter({})}>
          Clear filters
        </button>
      )}
    </div>
  );
}

/** Typing shows at once; the filter follows once the typing pauses. */
function QuoteText({ value, onChange }: { value: string; onChange: (text: string) => void }) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    // The address changed (back/forward, "Clear filters"): show what it says.
    setSeen(value);
    setDraft(value);
  }
  useEffect(() => {
    if (draft === value) return;
    const timer = setTimeout(() => onChange(draft), TEXT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, value, onChange]);
  return (
    <input
      className="filter-text"
      type="search"
      placeholder="Quote contains…"
      aria-label="Quote contains"
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
    />
  );
}

/** Drops empty fields so the address stays short and equal filters read the same. */
function clean(f: Filter): Filter {
  const out: Filter = {};
  for (const [k, v] of Object.entries(f) as Array<[keyof Filter, unknown]>) {
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    (out as Record<string, unknown>)[k] = v;
  }
  return out;
}
