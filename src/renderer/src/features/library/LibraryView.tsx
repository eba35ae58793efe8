/**
 * The Library: every article with its date, title, outlet, language and counts. Housekeeping lives here: show all
 * articles, only the last import (its rows are highlighted in the full list too) or any earlier import, or one
 * language; tick rows and delete them, delete one row, or delete a whole import — each one undoable step. The
 * list is virtual and paged: rows are asked for a page at a time (queryArticles) as they scroll into view, and
 * only those in view (and a few either side) are in the page, so 10,000 articles stay light.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ArticleQuery, ArticleRow } from '../../../../shared/api';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { articleHref, navigate } from '../../app/router';
import { EmptyState, ErrorNote } from '../../components/EmptyState';
import { formatDate } from '../../components/format';
import { errorText, useNotice } from '../../components/Notice';
import { ImportButtons } from '../import/ImportButtons';
import { DuplicateGroups } from './DuplicateGroups';
import { useImport } from '../import/ImportContext';
import { plural } from '../../components/plural';
import { usePagedRows, type Paged } from '../../components/usePagedRows';
import './library.css';

const ROW_HEIGHT = 58;

export function LibraryView() {
  const overview = useApi(() => api.queryArticles({ limit: 1 }), []);
  const imports = useApi(() => api.listImports(), []);
  const { loadDemo, busy } = useImport();
  const { notify } = useNotice();
  const [scope, setScope] = useState<string>('all');
  const [language, setLanguage] = useState<string>('all');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [allShown, setAllShown] = useState(false);
  const [deleted, setDeleted] = useState<number | null>(null);
  const [working, setWorking] = useState(false);
  const lastImport = imports.data?.[0]?.id ?? null;
  const importId = scope === 'last' ? lastImport : scope === 'all' ? null : scope;
  const query = useMemo<ArticleQuery>(
    () => ({
      ...(importId ? { importIds: [importId] } : {}),
      ...(language !== 'all' ? { languages: [language] } : {}),
    }),
    [importId, language],
  );
  const key = JSON.stringify(query);
  const list = usePagedRows<ArticleRow>(key, (offset, limit) => api.queryArticles({ ...query, offset, limit }));
  const libraryTotal = overview.data?.total ?? null;
  const shown = list.total ?? 0;
  const tickedCount = allShown ? shown : selected.size;

  /** Every id the current query matches (a "select all" or a whole import reaches past the loaded pages). */
  async function idsOf(q: ArticleQuery): Promise<string[]> {
    const page = await api.queryArticles({ ...q, offset: 0, limit: 100_000 });
    return page.rows.map((a) => a.id);
  }

  async function remove(ids: () => Promise<string[]>, what: string) {
    if (working) return;
    setWorking(true);
    try {
      const chosen = await ids();
      if (chosen.length === 0) return;
      const { deleted: n } = await api.deleteArticles(chosen);
      setSelected(new Set());
      setAllShown(false);
      setDeleted(n);
      notify(`Deleted ${what}`);
    } catch (err) {
      notify(errorText(err), 'error');
    } finally {
      setWorking(false);
    }
  }

  async function undoDelete() {
    try {
      await api.undo();
      setDeleted(null);
    } catch (err) {
      notify(errorText(err), 'error');
    }
  }

  if (!overview.loading && libraryTotal === 0 && !overview.error) {
    return (
      <EmptyState title="Your library is empty" testId="library-empty">
        <p>
          Drop news articles anywhere on this window — text, Markdown, web pages, PDF, Word, e-mail, JSON or zip
          archives of them, or whole folders — or choose them below. Soundbite finds who said what in each one;
          everything stays on this computer.
        </p>
        <ImportButtons />
        <p className="muted">Just looking around? Load a small library of fictional articles to try every view.</p>
        <button
          type="button"
          className="secondary"
          onClick={() => void loadDemo()}
          disabled={busy}
          data-testid="load-demo"
        >
          Load demo library
        </button>
        {deleted !== null && (
          <p>
            <button type="button" className="secondary" onClick={() => void undoDelete()} data-testid="undo-delete">
              Undo the deletion
            </button>
          </p>
        )}
      </EmptyState>
    );
  }

  return (
    <div className="page">
      <header className="page-head">
        <h1>Library</h1>
        <span className="muted" data-testid="library-count">
          {libraryTotal === null
            ? ''
            : list.total === null || list.total === libraryTotal
              ? plural(libraryTotal, 'article')
              : `${list.total} of ${plural(libraryTotal, 'article')}`}
        </span>
        <div className="spacer" />
        <ImportButtons />
      </header>
      <ErrorNote error={overview.error ?? list.error} />
      <DuplicateGroups />
      <div className="library-tools" role="toolbar" aria-label="Library housekeeping">
        <label>
          Show{' '}
          <select
            value={scope}
            onChange={(e) => {
              setScope(e.target.value);
              setSelected(new Set());
              setAllShown(false);
            }}
            data-testid="library-scope"
          >
            <option value="all">All articles</option>
            <option value="last" disabled={!lastImport}>
              Last import
            </option>
            {(imports.data ?? []).map((b) => (
              <option key={b.id} value={b.id}>
                Import of {new Date(b.at).toLocaleString()} ({plural(b.articles, 'article')})
              </option>
            ))}
          </select>
        </label>
        <label>
          Language{' '}
          <select value={language} onChange={(e) => setLanguage(e.target.value)} data-testid="library-language">
            <option value="all">Any</option>
            {(overview.data?.languages ?? []).map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </label>
        <div className="spacer" />
        {tickedCount > 0 && (
          <button
            type="button"
            className="danger"
            disabled={working}
            onClick={() =>
              void remove(
                () => (allShown ? idsOf(query) : Promise.resolve([...selected])),
                plural(tickedCount, 'article'),
              )
            }
            data-testid="delete-selected"
          >
            Delete {plural(tickedCount, 'selected article')}
          </button>
        )}
        {importId && (
          <button
            type="button"
            className="danger"
            disabled={working || shown === 0}
            onClick={() => void remove(() => idsOf({ importIds: [importId] }), 'the import')}
            data-testid="delete-import"
          >
            Delete this import
          </button>
        )}
        {deleted !== null && (
          <button type="button" className="secondary" onClick={() => void undoDelete()} data-testid="undo-delete">
            Undo deleting {plural(deleted, 'article')}
          </button>
        )}
      </div>
      <ArticleTable
        list={list}
        lastImport={lastImport}
        isTicked={(id) => allShown || selected.has(id)}
        allTicked={allShown}
        onTick={(id, on) => {
          if (allShown) return;
          setSelected((s) => {
            const next = new Set(s);
            if (on) next.add(id);
            else next.delete(id);
            return next;
          });
        }}
        onTickAll={(on) => {
          setAllShown(on);
          setSelected(new Set());
        }}
        onDelete={(a) => void remove(() => Promise.resolve([a.id]), `"${a.title}"`)}
      />
    </div>
  );
}

interface TableProps {
  list: Paged<ArticleRow>;
  lastImport: string | null;
  isTicked: (id: string) => boolean;
  allTicked: boolean;
  onTick: (id: string, on: boolean) => void;
  onTickAll: (on: boolean) => void;
  onDelete: (a: ArticleRow) => void;
}

function ArticleTable({ list, lastImport, isTicked, allTicked, onTick, onTickAll, onDelete }: TableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const total = list.total ?? 0;
  const virtual = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 20,
  });
  const items = virtual.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const { want } = list;
  useEffect(() => {
    if (total > 0) want(first, last);
  }, [want, first, last, total]);
  const before = items[0]?.start ?? 0;
  const after = items.length > 0 ? virtual.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;
  return (
    <div className="library-scroll" ref={scroller}>
      <table className="grid" data-testid="article-table" aria-rowcount={total + 1}>
        <thead>
          <tr>
            <th scope="col" className="tick">
              <input
                type="checkbox"
                aria-label="Select every article shown"
                checked={allTicked}
                onChange={(e) => onTickAll(e.target.checked)}
              />
            </th>
            <th scope="col">Date</th>
            <th scope="col">Title</th>
            <th scope="col">Source</th>
            <th scope="col">Lang.</th>
            <th scope="col" className="num">
              Statements
            </th>
            <th scope="col" className="num">
              Reviewed
            </th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {before > 0 && (
            <tr aria-hidden="true" className="spacer-row">
              <td colSpan={8} style={{ height: before }} />
            </tr>
          )}
          {items.map((item) => {
            const a = list.row(item.index);
            if (!a)
              return (
                <tr key={`loading-${item.index}`} className="loading-row" aria-rowindex={item.index + 2}>
                  <td colSpan={8} className="muted" style={{ height: ROW_HEIGHT }}>
                    Loading…
                  </td>
                </tr>
              );
            const fresh = !!lastImport && a.importId === lastImport;
            return (
              <tr
                key={a.id}
                tabIndex={0}
                aria-rowindex={item.index + 2}
                className={fresh ? 'in-last-import' : undefined}
                data-testid="article-row"
                onClick={() => navigate(articleHref(a.id))}
                onKeyDown={(e) => e.target === e.currentTarget && e.key === 'Enter' && navigate(articleHref(a.id))}
              >
                <td className="tick" onClick={(e) => e.stopPropagation()}>
                  <input
                    type="checkbox"
                    aria-label={`Select ${a.title}`}
                    checked={isTicked(a.id)}
                    onChange={(e) => onTick(a.id, e.target.checked)}
                  />
                </td>
                <td
                  className={a.date ? 'nowrap' : 'nowrap warn'}
                  title={a.date ? (a.origins.date ?? '') : 'No publication date was found'}
                >
                  {formatDate(a.date)}
                </td>
                <td>
                  <a href={articleHref(a.id)}>{a.title}</a>
                  {fresh && <span className="new-tag">new</span>}
                  <div className="muted small">{a.fileName}</div>
                </td>
                <td>{a.source ?? <span className="muted">unknown</span>}</td>
                <td title={a.origins.language ?? ''}>{a.language ?? <span className="muted">?</span>}</td>
                <td className="num">{a.statementCount}</td>
                <td className="num">{a.acceptedCount}</td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Delete ${a.title}`}
                    onClick={(e) => {
                      e.stopPropagation();
                      onDelete(a);
                    }}
                  >
                    Delete
                  </button>
                </td>
              </tr>
            );
          })}
          {after > 0 && (
            <tr aria-hidden="true" className="spacer-row">
              <td colSpan={8} style={{ height: after }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
