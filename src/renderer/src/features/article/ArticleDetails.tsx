import { useState } from 'react';
import type { ArticlePatch } from '../../../../shared/api';
import type { Article } from '../../../../shared/model';
import { formatDate } from '../../components/format';
import { api } from '../../api/client';
import { articleHref, navigate } from '../../app/router';

const COMMON_CHARSETS = [
  'windows-1252',
  'iso-8859-2',
  'windows-1250',
  'windows-1251',
  'koi8-r',
  'iso-8859-5',
  'iso-8859-7',
  'windows-1253',
  'windows-1254',
  'windows-1255',
  'windows-1256',
  'windows-1257',
  'shift_jis',
  'euc-jp',
  'euc-kr',
  'gb18030',
  'big5',
];

/** The legacy charset the text was read in, and "re-read with encoding …" (one undoable step). */
function EncodingNote({ article }: { article: Article }) {
  const enc = article.encoding!;
  const options = [...new Set([...enc.alternatives, ...COMMON_CHARSETS])].filter((c) => c !== enc.name);
  const [choice, setChoice] = useState(options[0] ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <span className={enc.confidence === 'low' ? 'warn' : 'muted'} data-testid="article-encoding">
      read as {enc.name.toUpperCase()}
      {enc.confidence === 'low' ? ' (charset uncertain)' : ''} ·{' '}
      <label>
        re-read with encoding{' '}
        <select value={choice} onChange={(e) => setChoice(e.target.value)} data-testid="reread-encoding">
          {options.map((c) => (
            <option key={c} value={c}>
              {c.toUpperCase()}
            </option>
          ))}
        </select>
      </label>{' '}
      <button
        type="button"
        className="link"
        disabled={busy || !choice}
        data-testid="reread"
        onClick={() => {
          setBusy(true);
          setError(null);
          api.rereadArticle(article.id, choice).then(
            (meta) => {
              setBusy(false);
              navigate(articleHref(meta.id));
            },
            (err: unknown) => {
              setBusy(false);
              setError(err instanceof Error ? err.message : String(err));
            },
          );
        }}
      >
        Re-read
      </button>
      {error && <span className="error-inline">{error}</span>}
    </span>
  );
}

/** The article's language by name; extraction reads English only, and says so for any other language. */
function LanguageNote({ code, origin }: { code: string | null; origin: string | undefined }) {
  if (!code) return <span className="muted">language unknown</span>;
  let name = code;
  try {
    name = new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    /* not a language tag Intl knows: show the code */
  }
  return (
    <span title={origin} data-testid="article-language" className={code === 'en' ? '' : 'warn'}>
      {name}
      {code === 'en' ? '' : ' — not supported by extraction yet (it reads English)'}
    </span>
  );
}

/**
 * Title, date, outlet, byline and language with where each came from; all but the language editable, plus a note
 * on the article.
 */
export function ArticleDetails({ article, onSave }: { article: Article; onSave: (patch: ArticlePatch) => void }) {
  const [editing, setEditing] = useState(false);
  const origin = (field: keyof Article['origins']) =>
    article.origins[field] ? `from ${article.origins[field]}` : undefined;
  if (!editing) {
    return (
      <>
        <h1 data-testid="article-title">{article.title}</h1>
        <div className="article-meta">
          <span
            title={origin('date') ?? 'No publication date was found in the document'}
            className={article.date ? '' : 'warn'}
          >
            {article.date ? formatDate(article.date) : 'no date found'}
          </span>
          {article.source && <span title={origin('source')}>{article.source}</span>}
          {article.byline && <span title={origin('byline')}>{article.byline}</span>}
          {article.url && <span className="muted ellipsis">{article.url}</span>}
          <LanguageNote code={article.language} origin={origin('language')} />
          {article.encoding && <EncodingNote article={article} />}
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
