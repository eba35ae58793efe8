import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import type { ReportModel } from '../../../../shared/api';
import type { Filter } from '../../../../shared/model';
import { api } from '../../api/client';
import { applyTheme } from '../../app/theme';
import { formatDate } from '../../components/format';
import { plural } from '../../components/plural';
import { StatementsByTopic, StatementsOverTime } from '../charts/StatementCharts';

/** The printable report. Hosts print this page to PDF once it sets data-report-ready. */
export function ReportPage({ params }: { params: URLSearchParams }) {
  const filter = useMemo(() => {
    try {
      return JSON.parse(params.get('filter') ?? '{}') as Filter;
    } catch {
      return {};
    }
  }, [params]);
  const title = params.get('title') ?? undefined;
  const [model, setModel] = useState<ReportModel | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The report is paper: printed or previewed, it is light whatever the app's theme.
  useLayoutEffect(() => {
    applyTheme('light');
  }, []);
  useEffect(() => {
    api.getReportModel(filter, title ? { title } : {}).then(setModel, (e: unknown) => setError(String(e)));
  }, [filter, title]);

  if (error)
    return (
      <main data-report-ready="true" className="report">
        Report failed: {error}
      </main>
    );
  if (!model) return <main className="report">Preparing report…</main>;
  return (
    <main className="report" data-report-ready="true">
      <h1>{model.title}</h1>
      <p className="muted">
        Generated {new Date(model.generatedAt).toLocaleString()} · {plural(model.totals.statements, 'statement')} by{' '}
        {plural(model.totals.actors, 'actor')} from {plural(model.totals.articles, 'article')}
      </p>
      <ul className="filter-summary">
        {model.filterSummary.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {model.totals.statements > 0 && (
        <>
          <h2>Statements per actor over time</h2>
          <StatementsOverTime data={model.charts} theme="light" fixedWidth={680} />
          {model.charts.byTopic.topics.length > 0 && (
            <>
              <h2>Statements per actor per topic</h2>
              <StatementsByTopic data={model.charts} theme="light" fixedWidth={680} />
            </>
          )}
        </>
      )}
      {model.groups.map((g) => (
        <section key={g.actorId || 'unknown'} className="report-group">
          <h2>
            {g.actorName} <span className="muted small">({g.statements.length})</span>
          </h2>
          <ol>
            {g.statements.map((s, i) => (
              <li key={i}>
                <q className={s.kind}>{s.quote}</q>
                <div className="cite small">
                  {s.source ?? 'unknown source'}, {formatDate(s.date)}, “{s.articleTitle}”
                  {s.topics.length > 0 && ` · ${s.topics.join(', ')}`}
                  {s.status !== 'suggested' && ` · ${s.status}`}
                </div>
                {s.alsoIn && <div className="cite small">Also published by {s.alsoIn.join('; ')}</div>}
                {s.note && <div className="note small">Note: {s.note}</div>}
                {s.articleNote && <div className="note small">Note on the article: {s.articleNote}</div>}
              </li>
            ))}
          </ol>
        </section>
      ))}
      {model.groups.length === 0 && <p>No statements match this filter.</p>}
    </main>
  );
}
