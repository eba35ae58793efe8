import { useEffect, useRef, useState } from 'react';
import type { SearchHit, SearchResult } from '../../../../shared/api';
import { api } from '../../api/client';
import { articleHref, navigate } from '../../app/router';
import { formatDate } from '../../components/format';
import { isTyping } from '../history/useHistory';

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

/** Ctrl+K (or /) opens a search over every article and statement; arrows pick, Enter opens. */
export function SearchDialog() {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<SearchResult | null>(null);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') || (e.key === '/' && !isTyping(e.target))) {
        e.preventDefault();
        setOpen(true);
      }
    };
    const openFromButton = () => setOpen(true);
    window.addEventListener('keydown', onKey);
    window.addEventListener('soundbite:search', openFromButton);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('soundbite:search', openFromButton);
    };
  }, []);
  useEffect(() => {
    if (open) setTimeout(() => input.current?.select(), 0);
  }, [open]);
  useEffect(() => {
    if (!query.trim()) {
      setResult(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      api.search(query, 40).then((r) => {
        if (!live) return;
        setResult(r);
        setActive(0);
      });
    }, 120);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);

  if (!open) return null;
  const hits = result?.hits ?? [];
  const go = (hit: SearchHit | undefined) => {
    if (!hit) return;
    setOpen(false);
    navigate(articleHref(hit.articleId, hit.statementId ?? undefined));
  };
  return (
    <div className="modal-backdrop" onMouseDown={() => setOpen(false)}>
      <div className="search-dialog" role="dialog" aria-modal="true" aria-label="Search" onMouseDown={(e) => e.stopPropagation()}>
        <input
          ref={input}
          className="search-input"
          type="search"
          placeholder="Search articles and statements…"
          aria-label="Search articles and statements"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setOpen(false);
            else if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
            else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
            else if (e.key === 'Enter') go(hits[active]);
            else return;
            e.preventDefault();
          }}
        />
        {result && (
          <div className="muted small search-meta">
            {result.total} results{result.partial ? ' (still indexing article texts…)' : ''}
          </div>
        )}
        <ul className="search-results" role="listbox" data-testid="search-results">
          {hits.map((hit, i) => (
            <li key={`${hit.kind}-${hit.statementId ?? hit.articleId}`} role="option" aria-selected={i === active}>
              <button type="button" onClick={() => go(hit)} onMouseEnter={() => setActive(i)}>
                <span className="tag">{hit.kind === 'statement' ? (hit.speakerName ?? 'statement') : 'article'}</span>{' '}
                <span className="small">
                  <Highlighted hit={hit} />
                </span>
                <div className="muted small">
                  {hit.title} · {hit.source ?? 'unknown source'} · {formatDate(hit.date)}
                </div>
              </button>
            </li>
          ))}
        </ul>
        {result && result.total === 0 && <p className="muted">Nothing found for “{result.query}”.</p>}
      </div>
    </div>
  );
}
