import { useEffect, useState } from 'react';
import type { TopicPreview } from '../../../../shared/api';
import type { Topic } from '../../../../shared/model';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { articleHref, navigate } from '../../app/router';
import { shortcutText } from '../../app/shortcuts';
import { ErrorNote } from '../../components/EmptyState';
import { formatDate } from '../../components/format';
import { errorText, useNotice } from '../../components/Notice';
import { QuoteInContext } from '../../components/QuoteInContext';
import { plural } from '../../components/plural';
import { TopicSwatch } from '../../components/TopicSwatch';

const EMPTY = { id: undefined as string | undefined, name: '', query: '', color: '#3b6fd8' };

/** Topics as saved boolean queries, with a live preview of what a query matches before it is saved. */
export function TopicsView() {
  const topics = useApi(() => api.listTopics(), [], ['topics', 'statements']);
  const suggestions = useApi(() => api.suggestTopics(12), [], ['articles']);
  const { notify } = useNotice();
  const [draft, setDraft] = useState(EMPTY);
  const [previewAnswer, setPreview] = useState<TopicPreview | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!draft.query.trim()) return;
    let live = true;
    const timer = setTimeout(() => {
      api.previewTopic(draft.query, 30).then(
        (p) => live && setPreview(p),
        (err: unknown) => live && setError(errorText(err)),
      );
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [draft.query]);

  const preview = draft.query.trim() ? previewAnswer : null;
  const edit = (t: Topic) => setDraft({ id: t.id, name: t.name, query: t.query, color: t.color });
  const save = async () => {
    try {
      setError(null);
      const saved = await api.saveTopic({
        ...(draft.id ? { id: draft.id } : {}),
        name: draft.name,
        query: draft.query,
        color: draft.color,
      });
      notify(`Saved topic ${saved.name}`);
      setDraft(EMPTY);
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <div className="page topics">
      <header className="page-head">
        <h1>Topics</h1>
        <span className="muted">
          A topic is a search query; every statement it matches gets the topic. Ticks you set by hand always win.
        </span>
      </header>
      <div className="topics-layout">
        <section className="card">
          <h2>Topics</h2>
          {topics.data?.length === 0 && <p className="muted">No topics yet. Define one on the right.</p>}
          <ul className="topic-list" data-testid="topic-list">
            {(topics.data ?? []).map((t) => (
              <li key={t.id}>
                <TopicSwatch colour={t.color} />
                <button type="button" className="link strong" onClick={() => edit(t)}>
                  {t.name}
                </button>
                <code className="small">{t.query}</code>
                <button
                  type="button"
                  className="link small"
                  aria-label={`Delete topic ${t.name}`}
                  onClick={() =>
                    void api.deleteTopic(t.id).then(
                      () => notify(`Deleted topic ${t.name} (${shortcutText('undo')} brings it back)`),
                      (err: unknown) => notify(errorText(err), 'error'),
                    )
                  }
                >
                  delete
                </button>
              </li>
            ))}
          </ul>
          {(suggestions.data?.length ?? 0) > 0 && (
            <div className="suggestions" data-testid="topic-suggestions">
              <h3>Recurring in your library</h3>
              <p className="muted small">
                Phrases no topic covers yet, used in statements from several articles. Pick one to start a topic.
              </p>
              <div className="chips">
                {suggestions.data!.map((sug) => (
                  <button
                    key={sug.phrase}
                    type="button"
                    className="chip suggestion"
                    title={`${plural(sug.statements, 'statement')} in ${plural(sug.articles, 'article')}`}
                    onClick={() =>
                      setDraft({ ...EMPTY, name: sug.phrase.replace(/^./, (c) => c.toUpperCase()), query: sug.query })
                    }
                  >
                    {sug.phrase} <span className="muted small">{sug.articles}</span>
                  </button>
                ))}
              </div>
            </div>
          )}
        </section>
        <section className="card" aria-label="Topic editor">
          <h2>{draft.id ? `Edit “${draft.name}”` : 'New topic'}</h2>
          <form
            className="topic-form"
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            <label className="field">
              Name
              <input value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} required />
            </label>
            <label className="field">
              Query
              <input
                value={draft.query}
                onChange={(e) => setDraft({ ...draft, query: e.target.value })}
                placeholder='pipeline* OR "power grid" NOT coal'
                required
              />
            </label>
            <p className="muted small">
              Words match whole words in the statement and its sentence; <code>*</code> and <code>?</code> are
              wildcards; combine with <code>AND</code> (or a space), <code>OR</code>, <code>NOT</code>, <code>( )</code>
              , <code>"exact phrases"</code> and <code>war NEAR/5 border</code>.
            </p>
            <label className="field-inline">
              Colour
              <input type="color" value={draft.color} onChange={(e) => setDraft({ ...draft, color: e.target.value })} />
            </label>
            <div className="button-row">
              <button type="submit" disabled={!draft.name.trim() || !draft.query.trim() || !!preview?.error}>
                {draft.id ? 'Save topic' : 'Create topic'}
              </button>
              {draft.id && (
                <button type="button" className="secondary" onClick={() => setDraft(EMPTY)}>
                  New topic instead
                </button>
              )}
            </div>
          </form>
          <ErrorNote error={error ?? preview?.error ?? null} />
          {preview && !preview.error && (
            <div className="preview" data-testid="topic-preview">
              <h3>
                Matches <span data-testid="preview-count">{preview.total}</span>{' '}
                {preview.total === 1 ? 'statement' : 'statements'}
              </h3>
              <ul>
                {preview.rows.map((r) => (
                  <li key={r.statement.id}>
                    <button
                      type="button"
                      className="preview-row"
                      onClick={() => navigate(articleHref(r.statement.articleId, r.statement.id))}
                    >
                      <strong>{r.speakerName}</strong> <span className="muted small">{formatDate(r.date)}</span>
                      <div className="small">
                        <QuoteInContext quote={r.statement.quote} context={r.statement.context} />
                      </div>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
