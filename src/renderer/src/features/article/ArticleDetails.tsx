import { useState } from 'react';
import type { ArticlePatch } from '../../../../shared/api';
import type { Article } from '../../../../shared/model';
import { formatDate } from '../../components/format';

/** Title, date, outlet and byline with where each came from; all editable, plus a note on the article. */
export function ArticleDetails({ article, onSave }: { article: Article; onSave: (patch: ArticlePatch) => void }) {
  const [editing, setEditing] = useState(false);
  const origin = (field: keyof Article['origins']) => (article.origins[field] ? `from ${article.origins[field]}` : undefined);
  if (!editing) {
    return (
      <>
        <h1 data-testid="article-title">{article.title}</h1>
        <div className="article-meta">
          <span title={origin('date') ?? 'No publication date was found in the document'} className={article.date ? '' : 'warn'}>
            {article.date ? formatDate(article.date) : 'no date found'}
          </span>
          {article.source && <span title={origin('source')}>{article.source}</span>}
          {article.byline && <span title={origin('byline')}>{article.byline}</span>}
          {article.url && <span className="muted ellipsis">{article.url}</span>}
          <span className="muted">{article.fileName}</span>
          <button type="button" className="link" onClick={() => setEditing(true)}>
            Edit details
          </button>
        </div>
        {article.note && <p className="article-note">Note: {article.note}</p>}
        {article.attestations?.length ? (
          <p className="muted small" data-testid="attestations">
            Also published by:{' '}
            {article.attestations.map((a) => `${a.source ?? 'unknown outlet'} (${formatDate(a.date)})`).join(', ')}
          </p>
        ) : null}
      </>
    );
  }
  return (
    <form
      className="article-edit card"
      aria-label="Article details"
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const text = (k: string) => String(f.get(k) ?? '').trim();
        onSave({
          title: text('title') || article.title,
          date: text('date') || null,
          source: text('source') || null,
          byline: text('byline') || null,
          url: text('url') || null,
          note: text('note'),
        });
        setEditing(false);
      }}
    >
      <label className="field">
        Title <input name="title" defaultValue={article.title} required />
      </label>
      <div className="row-fields">
        <label className="field">
          Date <input name="date" type="date" defaultValue={article.date ?? ''} />
          <span className="small">{origin('date') ?? 'not found in the document'}</span>
        </label>
        <label className="field">
          Outlet <input name="source" defaultValue={article.source ?? ''} />
          <span className="small">{origin('source') ?? ''}</span>
        </label>
        <label className="field">
          Byline <input name="byline" defaultValue={article.byline ?? ''} />
        </label>
      </div>
      <label className="field">
        URL <input name="url" defaultValue={article.url ?? ''} />
      </label>
      <label className="field">
        Note <textarea name="note" rows={2} defaultValue={article.note ?? ''} />
      </label>
      <div className="button-row">
        <button type="submit">Save details</button>
        <button type="button" className="secondary" onClick={() => setEditing(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
