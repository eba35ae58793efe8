import { useLayoutEffect, useRef } from 'react';
import type { LibraryInfo } from '../../../shared/api';
import { api } from '../api/client';
import { useApi } from '../api/useApi';
import { Keys } from '../components/Keys';
import { NoticeProvider } from '../components/Notice';
import { plural } from '../components/plural';
import { ActorsView } from '../features/actors/ActorsView';
import { ArticleView } from '../features/article/ArticleView';
import { ChartsView } from '../features/charts/ChartsView';
import { FILTERED_VIEWS, FilterProvider, useFilter } from '../features/filters/FilterContext';
import { UndoButtons } from '../features/history/UndoButtons';
import { DropZone } from '../features/import/DropZone';
import { ImportProvider } from '../features/import/ImportContext';
import { ImportStatus } from '../features/import/ImportStatus';
import { LibraryView } from '../features/library/LibraryView';
import { HealthView } from '../features/health/HealthView';
import { ReportPage } from '../features/report/ReportPage';
import { ReportBuilderView } from '../features/report-builder/ReportBuilderView';
import { ReviewView } from '../features/review/ReviewView';
import { SearchDialog } from '../features/search/SearchDialog';
import { ShortcutSheet } from '../features/shortcuts/ShortcutSheet';
import { TimelineView } from '../features/timeline/TimelineView';
import { TopicsView } from '../features/topics/TopicsView';
import { useRoute, type Route } from './router';
import { LibraryOpening } from './LibraryOpening';
import { ThemeProvider } from './ThemeContext';
import { ThemeSelect } from './ThemeSelect';

const NAV: Array<{ view: Route['view']; href: string; label: string }> = [
  { view: 'library', href: '#/library', label: 'Library' },
  { view: 'review', href: '#/review', label: 'Review' },
  { view: 'timeline', href: '#/timeline', label: 'Timeline' },
  { view: 'charts', href: '#/charts', label: 'Charts' },
  { view: 'actors', href: '#/actors', label: 'Actors' },
  { view: 'topics', href: '#/topics', label: 'Topics' },
  { view: 'report-builder', href: '#/report-builder', label: 'Report' },
];

export function App() {
  const route = useRoute();
  if (route.view === 'report') return <ReportPage params={route.params} />;
  return (
    <ThemeProvider>
      <NoticeProvider>
        <ImportProvider>
          <FilterProvider>
            <Shell route={route} />
          </FilterProvider>
        </ImportProvider>
      </NoticeProvider>
    </ThemeProvider>
  );
}

function Shell({ route }: { route: Route }) {
  const info = useApi(() => api.getLibraryInfo(), [], ['articles', 'statements', 'actors', 'health']);
  // The filtered views' links carry the current filter, so moving between them keeps it.
  const { hrefFor } = useFilter();
  const main = useRef<HTMLElement>(null);
  // Another view or article starts at its top, not where the previous one was scrolled to.
  const place = route.view === 'article' ? `article/${route.id}` : route.view;
  useLayoutEffect(() => {
    main.current?.scrollTo({ top: 0 });
  }, [place]);
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
          Search… <Keys id="search.open" first />
        </button>
        {NAV.map((n) => (
          <a
            key={n.view}
            href={FILTERED_VIEWS.includes(n.href.slice(1)) ? hrefFor(n.href.slice(1)) : n.href}
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
              {plural(info.data.articles, 'article')}
              <br />
              {plural(info.data.statements, 'statement')}
              <br />
              {plural(info.data.actors, 'actor')}
            </>
          )}
        </div>
        {info.data && <HealthBadge health={info.data.health} />}
        <div className="sidebar-tools">
          <ThemeSelect />
          <button
            type="button"
            className="ghost"
            onClick={() => window.dispatchEvent(new Event('soundbite:shortcuts'))}
          >
            Keyboard shortcuts <Keys id="help" />
          </button>
        </div>
      </nav>
      <main className="content" ref={main}>
        <LibraryOpening />
        <ImportStatus view={route.view} />
        {route.view === 'library' && <LibraryView />}
        {route.view === 'article' && <ArticleView id={route.id} statementId={route.statementId} />}
        {route.view === 'review' && <ReviewView />}
        {route.view === 'timeline' && <TimelineView />}
        {route.view === 'charts' && <ChartsView />}
        {route.view === 'actors' && <ActorsView />}
        {route.view === 'topics' && <TopicsView />}
        {route.view === 'health' && <HealthView />}
        {route.view === 'report-builder' && <ReportBuilderView />}
      </main>
      <DropZone />
      <SearchDialog />
      <ShortcutSheet />
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
        ? `Library damaged: ${plural(health.damage, 'part')} to check`
        : `Library health: ${plural(health.problems, 'notice')}`;
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
