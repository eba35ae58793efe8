import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { articleHref, navigate } from '../../app/router';
import { EmptyState, ErrorNote } from '../../components/EmptyState';
import { formatDate } from '../../components/format';
import { ImportButtons } from '../import/ImportButtons';
import { DuplicateGroups } from './DuplicateGroups';
import { useImport } from '../import/ImportContext';
import { plural } from '../../components/plural';

export function LibraryView() {
  const articles = useApi(() => api.listArticles(), []);
  const { loadDemo, busy } = useImport();
  const rows = articles.data ?? [];

  if (!articles.loading && rows.length === 0 && !articles.error) {
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
      </EmptyState>
    );
  }

  return (
    <div className="page">
      <header className="page-head">
        <h1>Library</h1>
        <span className="muted">{plural(rows.length, 'article')}</span>
        <div className="spacer" />
        <ImportButtons />
      </header>
      <ErrorNote error={articles.error} />
      <DuplicateGroups />
      <table className="grid" data-testid="article-table">
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Title</th>
            <th scope="col">Source</th>
            <th scope="col" className="num">
              Statements
            </th>
            <th scope="col" className="num">
              Reviewed
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr
              key={a.id}
              tabIndex={0}
              onClick={() => navigate(articleHref(a.id))}
              onKeyDown={(e) => e.key === 'Enter' && navigate(articleHref(a.id))}
            >
              <td
                className={a.date ? 'nowrap' : 'nowrap warn'}
                title={a.date ? (a.origins.date ?? '') : 'No publication date was found'}
              >
                {formatDate(a.date)}
              </td>
              <td>
                <a href={articleHref(a.id)}>{a.title}</a>
                <div className="muted small">{a.fileName}</div>
              </td>
              <td>{a.source ?? <span className="muted">unknown</span>}</td>
              <td className="num">{a.statementCount}</td>
              <td className="num">{a.acceptedCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
