import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';
import type { ActorRow } from '../../../../shared/api';
import { ACTOR_TYPES, type ActorType } from '../../../../shared/model';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { navigate } from '../../app/router';
import { EmptyState, ErrorNote } from '../../components/EmptyState';
import { errorText, useNotice } from '../../components/Notice';
import { useFilter } from '../filters/FilterContext';
import { plural } from '../../components/plural';

/**
 * Actors with type, aliases and counts: rename, retype, edit aliases, merge several, split an alias out. The table
 * is virtualised (thousands of actors in a large library); a name opens the timeline filtered to that actor.
 */
export function ActorsView() {
  const actors = useApi(() => api.listActors(), [], ['actors', 'statements']);
  const { notify } = useNotice();
  const { filter, hrefFor } = useFilter();
  const [selected, setSelected] = useState<string[]>([]);
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const rows = (actors.data ?? []).filter((a) =>
    [a.name, ...a.aliases].some((n) => n.toLowerCase().includes(query.trim().toLowerCase())),
  );
  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      notify(done);
    } catch (err) {
      notify(errorText(err), 'error');
    }
  };
  const chosen = (actors.data ?? []).filter((a) => selected.includes(a.id));
  const openStatements = (a: ActorRow) => navigate(hrefFor('/timeline', { ...filter, actorIds: [a.id] }));

  // Only the rows in view (and a margin) exist in the page; the view's scroller is the main column.
  const table = useRef<HTMLTableElement>(null);
  const [scroller, setScroller] = useState<{ el: HTMLElement; margin: number } | null>(null);
  useLayoutEffect(() => {
    const el = table.current?.closest('main');
    if (!el || !table.current) return;
    const margin = table.current.getBoundingClientRect().top - el.getBoundingClientRect().top + el.scrollTop;
    setScroller((s) => (s?.el === el && s.margin === margin ? s : { el, margin }));
  }, [actors.data, chosen.length]);
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller?.el ?? null,
    estimateSize: () => 52,
    overscan: 20,
    scrollMargin: scroller?.margin ?? 0,
  });
  const items = virtual.getVirtualItems();
  const margin = scroller?.margin ?? 0;
  const padTop = items.length ? items[0]!.start - margin : 0;
  const padBottom = items.length ? virtual.getTotalSize() - (items[items.length - 1]!.end - margin) : 0;

  if (actors.data && actors.data.length === 0) {
    return (
      <EmptyState title="No actors yet">
        <p className="muted">Actors appear as soon as statements are found in imported articles.</p>
      </EmptyState>
    );
  }
  return (
    <div className="page">
      <header className="page-head">
        <h1>Actors</h1>
        <span className="muted">{plural(actors.data?.length ?? 0, 'actor')}</span>
        <div className="spacer" />
        <input
          type="search"
          placeholder="Find an actor…"
          aria-label="Find an actor"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </header>
      <ErrorNote error={actors.error} />
      {chosen.length >= 2 && (
        <div className="merge-bar card" data-testid="merge-bar">
          Merge {plural(chosen.length, 'actor')} into:
          {chosen.map((a) => (
            <button
              key={a.id}
              type="button"
              className="secondary"
              onClick={() =>
                void run(async () => {
                  await api.mergeActors(
                    chosen.map((c) => c.id),
                    a.id,
                  );
                  setSelected([]);
                }, `Merged into ${a.name}`)
              }
            >
              {a.name}
            </button>
          ))}
          <button type="button" className="link" onClick={() => setSelected([])}>
            Cancel
          </button>
        </div>
      )}
      <table className="grid actors" data-testid="actor-table" ref={table}>
        <thead>
          <tr>
            <th scope="col">
              <span className="sr-only">Select</span>
            </th>
            <th scope="col">Name</th>
            <th scope="col">Type</th>
            <th scope="col">Aliases</th>
            <th scope="col" className="num">
              Statements
            </th>
          </tr>
        </thead>
        <tbody>
          {padTop > 0 && (
            <tr aria-hidden="true">
              <td colSpan={5} style={{ height: padTop, padding: 0, border: 0 }} />
            </tr>
          )}
          {items
            .map(({ index }) => ({ a: rows[index]!, index }))
            .map(({ a, index }) => (
              <tr
                key={a.id}
                data-testid="actor-row"
                data-actor={a.name}
                data-index={index}
                ref={virtual.measureElement}
              >
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Select ${a.name}`}
                    checked={selected.includes(a.id)}
                    onChange={(e) =>
                      setSelected(e.target.checked ? [...selected, a.id] : selected.filter((x) => x !== a.id))
                    }
                  />
                </td>
                <td>
                  {editing === a.id ? (
                    <input
                      autoFocus
                      defaultValue={a.name}
                      aria-label={`New name for ${a.name}`}
                      onKeyDown={(e) => {
                        if (e.key === 'Escape') setEditing(null);
                        if (e.key === 'Enter') {
                          const name = (e.target as HTMLInputElement).value.trim();
                          setEditing(null);
                          if (name && name !== a.name)
                            void run(() => api.updateActor(a.id, { name }), `Renamed to ${name}`);
                        }
                      }}
                      onBlur={() => setEditing(null)}
                    />
                  ) : (
                    <span className="actor-name">
                      <button
                        type="button"
                        className="link strong"
                        onClick={() => openStatements(a)}
                        title="Show this actor's statements"
                      >
                        {a.name}
                      </button>
                      <button
                        type="button"
                        className="link small"
                        onClick={() => setEditing(a.id)}
                        aria-label={`Rename ${a.name}`}
                      >
                        rename
                      </button>
                    </span>
                  )}
                </td>
                <td>
                  <select
                    aria-label={`Type of ${a.name}`}
                    value={a.type}
                    onChange={(e) =>
                      void run(
                        () => api.updateActor(a.id, { type: e.target.value as ActorType }),
                        `${a.name} is now ${e.target.value}`,
                      )
                    }
                  >
                    {ACTOR_TYPES.map((t) => (
                      <option key={t} value={t}>
                        {t}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <div className="chips">
                    {a.aliases.map((alias) => (
                      <span key={alias} className="chip">
                        {alias}
                        <button
                          type="button"
                          className="chip-action"
                          title={`Make "${alias}" a separate actor`}
                          aria-label={`Split ${alias} out of ${a.name}`}
                          onClick={() =>
                            void run(() => api.splitActorAlias(a.id, alias), `"${alias}" is now its own actor`)
                          }
                        >
                          split
                        </button>
                        <button
                          type="button"
                          className="chip-action"
                          title={`Remove the alias "${alias}"`}
                          aria-label={`Remove alias ${alias}`}
                          onClick={() =>
                            void run(
                              () => api.updateActor(a.id, { aliases: a.aliases.filter((x) => x !== alias) }),
                              `Removed alias ${alias}`,
                            )
                          }
                        >
                          ×
                        </button>
                      </span>
                    ))}
                    <input
                      className="alias-input"
                      placeholder="+ alias"
                      aria-label={`Add an alias to ${a.name}`}
                      onKeyDown={(e) => {
                        const input = e.target as HTMLInputElement;
                        if (e.key === 'Enter' && input.value.trim()) {
                          const alias = input.value.trim();
                          input.value = '';
                          void run(
                            () => api.updateActor(a.id, { aliases: [...a.aliases, alias] }),
                            `Added alias ${alias}`,
                          );
                        }
                      }}
                    />
                  </div>
                </td>
                <td className="num">{a.statementCount}</td>
              </tr>
            ))}
          {padBottom > 0 && (
            <tr aria-hidden="true">
              <td colSpan={5} style={{ height: padBottom, padding: 0, border: 0 }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
