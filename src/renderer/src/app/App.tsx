import { api } from '../api/client';
import { useApi } from '../api/useApi';
import { ArticleView } from '../features/article/ArticleView';
import { ChartsView } from '../features/charts/ChartsView';
import { FilterProvider } from '../features/filters/FilterContext';
import { DropZone } from '../features/import/DropZone';
import { ImportProvider } from '../features/import/ImportContext';
import { ImportStatus } from '../features/import/ImportStatus';
import { LibraryView } from '../features/library/LibraryView';
import { ReportPage } from '../features/report/ReportPage';
import { TimelineView } from '../features/timeline/TimelineView';
import { useRoute, type Route } from './router';

const NAV: Array<{ view: Route['view']; href: string; label: string }> = [
  { view: 'library', href: '#/library', label: 'Library' },
  { view: 'timeline', href: '#/timeline', label: 'Timeline' },
  { view: 'charts', href: '#/charts', label: 'Charts' },
];

export function App() {
  const route = useRoute();
  if (route.view === 'report') return <ReportPage params={route.params} />;
  return (
    <ImportProvider>
      <FilterProvider>
        <Shell route={route} />
      </FilterProvider>
    </ImportProvider>
  );
}

function Shell({ route }: { route: Route }) {
  const info = useApi(() => api.getLibraryInfo(), []);
  return (
    <div className="shell">
      <nav className="sidebar" aria-label="Views">
        <div className="brand">
          Soundbite<span className="muted small">who said what</span>
        </div>
        {NAV.map((n) => (
          <a key={n.view} href={n.href} className={route.view === n.view || (n.view === 'library' && route.view === 'article') ? 'active' : ''}>
            {n.label}
          </a>
        ))}
        <div className="sidebar-foot muted small" data-testid="library-info">
          {info.data && (
            <>
              {info.data.articles} articles
              <br />
              {info.data.statements} statements
              <br />
              {info.data.actors} actors
            </>
          )}
          {info.data?.warnings.map((w) => (
            <div key={w} className="warn">
              {w}
            </div>
          ))}
        </div>
      </nav>
      <main className="content">
        <ImportStatus />
        {route.view === 'library' && <LibraryView />}
        {route.view === 'article' && <ArticleView id={route.id} statementId={route.statementId} />}
        {route.view === 'timeline' && <TimelineView />}
        {route.view === 'charts' && <ChartsView />}
      </main>
      <DropZone />
    </div>
  );
}
