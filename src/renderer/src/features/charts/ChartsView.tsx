import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { EmptyState, ErrorNote } from '../../components/EmptyState';
import { FilterBar } from '../filters/FilterBar';
import { useFilter } from '../filters/FilterContext';
import { useFilterOptions } from '../filters/useFilterOptions';
import { ExportReportButton } from '../report/ExportReportButton';
import { StatementsByTopic, StatementsOverTime } from './StatementCharts';

export function ChartsView() {
  const { filter } = useFilter();
  const options = useFilterOptions();
  const charts = useApi(() => api.queryCharts(filter), [JSON.stringify(filter)]);
  const data = charts.data;
  return (
    <div className="page">
      <header className="page-head">
        <h1>Charts</h1>
        {data && (
          <span className="muted">
            {data.totals.statements} statements · {data.totals.actors} actors · {data.totals.articles} articles
            {data.totals.undated > 0 && ` · ${data.totals.undated} undated (not in the time chart)`}
          </span>
        )}
        <div className="spacer" />
        <ExportReportButton />
      </header>
      <FilterBar actors={options.actors} topics={options.topics} info={options.info} />
      <ErrorNote error={charts.error} />
      {data && data.totals.statements === 0 ? (
        <EmptyState title="Nothing to chart yet">
          <p className="muted">Import articles, or loosen the filters, to see who said what over time.</p>
        </EmptyState>
      ) : (
        data && (
          <div className="charts" data-testid="charts">
            <section className="card">
              <h2>Statements per actor over time</h2>
              <StatementsOverTime data={data} />
            </section>
            <section className="card">
              <h2>Statements per actor per topic</h2>
              {data.byTopic.topics.length === 0 ? (
                <p className="muted">No topics are defined yet.</p>
              ) : (
                <StatementsByTopic data={data} />
              )}
            </section>
          </div>
        )
      )}
    </div>
  );
}
