import { useState } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { articleHref, navigate } from '../../app/router';
import { EmptyState, ErrorNote } from '../../components/EmptyState';
import { formatDate } from '../../components/format';
import { FilterBar } from '../filters/FilterBar';
import { useFilter } from '../filters/FilterContext';
import { useFilterOptions } from '../filters/useFilterOptions';
import { ExportReportButton } from '../report/ExportReportButton';
import { plural } from '../../components/plural';

const PAGE = 200;

export function TimelineView() {
  const { filter } = useFilter();
  const options = useFilterOptions();
  const [limit, setLimit] = useState(PAGE);
  const page = useApi(() => api.queryTimeline(filter, { offset: 0, limit }), [JSON.stringify(filter), limit]);
  const rows = page.data?.rows ?? [];

  return (
    <div className="page">
      <header className="page-head">
        <h1>Timeline</h1>
        <span className="muted" data-testid="timeline-count">
          {page.data ? plural(page.data.total, 'statement') : ''}
        </span>
        <div className="spacer" />
        <ExportReportButton />
      </header>
      <FilterBar actors={options.actors} topics={options.topics} info={options.info} />
      <ErrorNote error={page.error} />
      {page.data && page.data.total === 0 && (
        <EmptyState title="No statements match">
          <p className="muted">
            {options.info?.statements
              ? 'Loosen the filters above to see more.'
              : 'Import articles in the Library to fill the timeline.'}
          </p>
        </EmptyState>
      )}
      <ol className="timeline" data-testid="timeline">
        {rows.map((r, i) => {
          const prev = rows[i - 1];
          const newDay = !prev || prev.date !== r.date;
          return (
            <li key={r.statement.id} className={newDay ? 'new-day' : ''}>
              {newDay && <div className="day">{formatDate(r.date)}</div>}
              <button
                type="button"
                className="timeline-row"
                data-testid="timeline-row"
                onClick={() => navigate(articleHref(r.statement.articleId, r.statement.id))}
              >
                <span className="speaker">{r.speakerName}</span>
                <span className={`quote ${r.statement.kind}`}>
                  {r.statement.kind === 'direct' ? `“${r.statement.quote}”` : r.statement.quote}
                </span>
                <span className="cite muted small">
                  {r.source ?? 'unknown source'} · {r.articleTitle}
                  {r.topicNames.length > 0 && ` · ${r.topicNames.join(', ')}`}
                  {r.statement.status !== 'suggested' && ` · ${r.statement.status}`}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      {page.data && page.data.total > rows.length && (
        <button type="button" className="secondary" onClick={() => setLimit(limit + PAGE)}>
          Show more ({page.data.total - rows.length} left)
        </button>
      )}
    </div>
  );
}
