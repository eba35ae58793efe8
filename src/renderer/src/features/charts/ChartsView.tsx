import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useTheme } from '../../app/ThemeContext';
import { EmptyState, ErrorNote } from '../../components/EmptyState';
import { formatMonth } from '../../components/format';
import { plural } from '../../components/plural';
import { FilterBar } from '../filters/FilterBar';
import { useFilter } from '../filters/FilterContext';
import { useFilterOptions } from '../filters/useFilterOptions';
import { ExportReportButton } from '../report/ExportReportButton';
import { ChartTable, StatementsByTopic, StatementsOverTime } from './StatementCharts';

export function ChartsView() {
  const { filter } = useFilter();
  const options = useFilterOptions();
  const charts = useApi(() => api.queryCharts(filter), [JSON.stringify(filter)]);
  const data = charts.data;
  const { theme } = useTheme();
  return (
    <div className="page">
      <header className="page-head">
        <h1>Charts</h1>
        {data && (
          <span className="muted">
            {plural(data.totals.statements, 'statement')} · {plural(data.totals.actors, 'actor')} ·{' '}
            {plural(data.totals.articles, 'article')}
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
            <section className="card chart" aria-labelledby="chart-over-time">
              <h2 id="chart-over-time">Statements per actor over time</h2>
              <StatementsOverTime data={data} theme={theme} />
              <ChartTable
                caption="Statements per actor per month"
                rowHeader="Month"
                rows={data.overTime.rows}
                rowKey="bucket"
                formatRow={formatMonth}
                columns={data.overTime.series.map((s) => ({ key: s.key, name: s.name }))}
              />
            </section>
            <section className="card chart" aria-labelledby="chart-by-topic">
              <h2 id="chart-by-topic">Statements per actor per topic</h2>
              {data.byTopic.topics.length === 0 ? (
                <p className="muted">No topics are defined yet.</p>
              ) : (
                <>
                  <StatementsByTopic data={data} theme={theme} />
                  <ChartTable
                    caption="Statements per actor per topic"
                    rowHeader="Actor"
                    rows={data.byTopic.rows}
                    rowKey="actor"
                    columns={data.byTopic.topics.map((t) => ({ key: t.key, name: t.name }))}
                  />
                </>
              )}
            </section>
          </div>
        )
      )}
    </div>
  );
}
