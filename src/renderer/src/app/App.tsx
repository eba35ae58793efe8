import type { LibraryInfo } from '../../../shared/api';
import { api } from '../api/client';
import { useApi } from '../api/useApi';
import { NoticeProvider } from '../components/Notice';
import { ActorsView } from '../features/actors/ActorsView';
import { ArticleView } from '../features/article/ArticleView';
import { ChartsView } from '../features/charts/ChartsView';
import { FilterProvider } from '../features/filters/FilterContext';
import { UndoButtons } from '../features/history/UndoButtons';
import { DropZone } from '../features/import/DropZone';
import { ImportProvider } from '../features/import/ImportContext';
import { ImportStatus } from '../features/import/ImportStatus';
import { LibraryView } from '../features/library/LibraryView';
import { HealthView } from '../features/health/HealthView';
import { ReportPage } from '../features/report/ReportPage';
import { ReviewView } from '../features/review/ReviewView';
import { SearchDialog } from '../features/search/SearchDialog';
import { TimelineView } from '../features/timeline/TimelineView';
import { TopicsView } from '../features/topics/TopicsView';
import { useRoute, type Route } from './router';

const NAV: Array<{ view: Route['view']; href: string; label: string }> = [
  { view: 'library', href: '#/library', label: 'Library' },
  { view: 'review', href: '#/review', label: 'Review' },
  { view: 'timeline', href: '#/timeline', label: 'Timeline' },
  { view: 'charts', href: '#/charts', label: 'Charts' },
  { view: 'actors', href: '#/actors', label: 'Actors' },
  { view: 'topics', href: '#/topics', label: 'Topics' },
];

export function App() {
  const route = useRoute();
  if (route.view === 'report') return <ReportPage params={route.params} />;
  return (
    <NoticeProvider>
      <ImportProvider>
        <FilterProvider>
          <Shell route={route} />
        </FilterProvider>
      </ImportProvider>
    </NoticeProvider>
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
        <button
          type="button"
          className="search-button"
          onClick={() => window.dispatchEvent(new Event('soundbite:search'))}
        >
          Search… <kbd>Ctrl K</kbd>
        </button>
        {NAV.map((n) => (
          <a
            key={n.view}
            href={n.href}
            aria-current={route.view === n.view ? 'page' : undefined}
            className={route.view === n.view || (n.view === 'library' && route.view === 'article') ? 'active' : ''}
          >
            {n.label}
          </a>
        ))}
        <UndoButtons />
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
        </div>
        {info.data && <HealthBadge health={info.data.health} />}
      </nav>
      <main className="content">
        <ImportStatus />
        {route.view === 'library' && <LibraryView />}
        {route.view === 'article' && <ArticleView id={route.id} statementId={route.statementId} />}
        {route.view === 'review' && <ReviewView />}
        {route.view === 'timeline' && <TimelineView />}
        {route.view === 'charts' && <ChartsView />}
        {route.view === 'actors' && <ActorsView />}
        {route.view === 'topics' && <TopicsView />}
        {route.view === 'health' && <HealthView />}
      </main>
      <DropZone />
      <SearchDialog />
    </div>
  );
}

/** Stays in the sidebar while anything needs the analyst's attention; leads to the health page. */
function HealthBadge({ health }: { health: LibraryInfo['health'] }) {
  if (health.mode === 'normal' && health.problems === 0) return null;
  const text =
    health.mode === 'read-only'
      ? 'Read-only library'
      : health.damage > 0
        ? `Library damaged: ${health.damage} ${health.damage === 1 ? 'part' : 'parts'} to check`
        : `Library health: ${health.problems} ${health.problems === 1 ? 'notice' : 'notices'}`;
  return (
    <a
      href="#/health"
      className="health-badge warn"
      data-testid="health-badge"
      title={health.readOnlyReason ?? undefined}
    >
      {text}
    </a>
  );
}
