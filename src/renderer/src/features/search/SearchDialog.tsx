import { useEffect, useId, useRef, useState } from 'react';
import type { SearchHit, SearchResult } from '../../../../shared/api';
import { api } from '../../api/client';
import { articleHref, navigate } from '../../app/router';
import { matchedCombo } from '../../app/shortcuts';
import { useShortcuts } from '../../app/useShortcuts';
import { formatDate } from '../../components/format';
import { cueLine } from '../../components/StatementText';
import { plural } from '../../components/plural';

const LIMIT = 40;
/** The most hits one search shows (the host's limit); past it, a narrower query helps more than scrolling. */
const MOST = 400;
/** While article texts are still being read into the index, the search is asked again this often. */
const PARTIAL_RETRY_MS = 400;

function Highlighted({ hit }: { hit: SearchHit }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  hit.highlights.forEach((h, i) => {
    if (h.start < at) return;
    parts.push(hit.snippet.slice(at, h.start));
    parts.push(<mark key={i}>{hit.snippet.slice(h.start, h.end)}</mark>);
    at = h.end;
  });
  parts.push(hit.snippet.slice(at));
  return <>{parts}</>;
}

/**
 * Ctrl+K (or /) opens a search over every article and statement; arrows pick, Enter opens. Focus stays in the box,
 * which points screen readers at the active result (aria-activedescendant) of the results listbox.
 */
export function SearchDialog() {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<SearchResult | null>(null);
  const [active, setActive] = useState(0);
  const [libraryVersion, setLibraryVersion] = useState(0);
  const [limit, setLimit] = useState(LIMIT);
  const listId = useId();
  const list = useRef<HTMLUListElement>(null);

  useShortcuts('everywhere', { 'search.open': () => setOpen(true) });
  useEffect(() => {
    const openFromButton = () => setOpen(true);
    const closeOnNavigation = () => setOpen(false);
    window.addEventListener('soundbite:search', openFromButton);
    window.addEventListener('hashchange', closeOnNavigation);
    return () => {
      window.removeEventListener('soundbite:search', openFromButton);
      window.removeEventListener('hashchange', closeOnNavigation);
    };
  }, []);
  // Results follow the library: an edit or an import while the dialog is open searches again.
  useEffect(() => {
    if (!open) return;
    return api.on('libraryChanged', () => setLibraryVersion((v) => v + 1));
  }, [open]);
  useEffect(() => {
    if (!open || !query.trim()) return;
    let live = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const ask = () =>
      api.search(query, limit).then(
        (r) => {
          if (!live) return;
          setResult(r);
          setActive((a) => Math.min(a, Math.max(0, r.hits.length - 1)));
          if (r.partial) retry = setTimeout(ask, PARTIAL_RETRY_MS);
        },
        () => undefined,
      );
    const timer = setTimeout(ask, 120);
    return () => {
      live = false;
      clearTimeout(timer);
      clearTimeout(retry);
    };
  }, [open, query, libraryVersion, limit]);

  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active, result]);

  if (!open) return null;
  const current = result && query.trim() && result.query === query ? result : null;
  const hits = current?.hits ?? [];
  const close = () => setOpen(false);
  const go = async (hit: SearchHit | undefined) => {
    // Enter before the answer to what was just typed arrives opens the best hit of that answer, not a stale one.
    const target = current ? hit : query.trim() ? (await api.search(query, 1)).hits[0] : undefined;
    if (!target) return;
    setOpen(false);
    navigate(articleHref(target.articleId, target.statementId ?? undefined));
  };
  const optionId = (i: number) => `${listId}-hit-${i}`;
  // The box and the list (which can take focus, to be scrolled) answer the same keys.
  const onKey = (e: React.KeyboardEvent) => {
    const key = e.nativeEvent;
    if (matchedCombo('search.close', key) >= 0) close();
    else if (matchedCombo('search.next', key) >= 0) setActive((a) => Math.min(a + 1, hits.length - 1));
    else if (matchedCombo('search.previous', key) >= 0) setActive((a) => Math.max(a - 1, 0));
    else if (matchedCombo('search.go', key) >= 0) void go(hits[active]);
    else return;
    e.preventDefault();
  };
  return (
    <div className="modal-backdrop" onMouseDown={close}>
      <div
        className="search-dialog"
        role="dialog"
        aria-modal="true"
        aria-label="Search"
        onMouseDown={(e) => e.stopPropagation()}
      >
        <input
          autoFocus
          onFocus={(e) => e.currentTarget.select()}
          className="search-input"
          type="search"
          aria-controls={listId}
          aria-activedescendant={hits[active] ? optionId(active) : undefined}
          placeholder="Search articles and statements…"
          aria-label="Search articles and statements"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setLimit(LIMIT);
          }}
          onKeyDown={onKey}
        />
        <div className="muted small search-meta" role="status" data-testid="search-meta">
          {!query.trim()
            ? 'Type to search every statement, note and article.'
            : !current
              ? 'Searching…'
              : `${plural(current.total, 'result')}${current.partial ? ' so far (still reading article texts…)' : ''}`}
        </div>
        <ul
          className="search-results"
          id={listId}
          ref={list}
          role="listbox"
          aria-label="Search results"
          aria-activedescendant={hits[active] ? optionId(active) : undefined}
          tabIndex={hits.length > 0 ? 0 : -1}
          onKeyDown={onKey}
          data-testid="search-results"
        >
          {hits.map((hit, i) => (
            <li
              key={`${hit.kind}-${hit.statementId ?? hit.articleId}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              onClick={() => void go(hit)}
              onMouseMove={() => i !== active && setActive(i)}
            >
              <span className="tag">
                {hit.kind === 'statement'
                  ? cueLine(hit.speakerName ?? 'Unknown speaker', { cue: hit.cue ?? '' })
                  : 'article'}
              </span>
              {hit.polarity === 'denies' && <span className="polarity denies">denies</span>}
              {hit.polarity === 'questions' && <span className="polarity questions">asks</span>}{' '}
              <span className="small">
                <Highlighted hit={hit} />
              </span>
              <div className="muted small">
                {hit.title} · {hit.source ?? 'unknown source'} · {formatDate(hit.date)}
              </div>
            </li>
          ))}
        </ul>
        {current && current.hits.length < current.total && current.hits.length < MOST && (
          <button
            type="button"
            className="link"
            data-testid="search-more"
            onClick={() => setLimit((n) => Math.min(MOST, n + LIMIT))}
          >
            Show {Math.min(LIMIT, current.total - current.hits.length, MOST - current.hits.length)} more
          </button>
        )}
        {current && current.total === 0 && !current.partial && (
          <p className="muted">Nothing found for “{current.query}”.</p>
        )}
      </div>
    </div>
  );
}
