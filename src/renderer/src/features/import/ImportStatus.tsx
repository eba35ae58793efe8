import { useEffect, useState } from 'react';
import type { ImportProgress } from '../../../../shared/api';
import { plural } from '../../components/plural';
import { useImport } from './ImportContext';

/**
 * Progress while an import runs, then a summary that lists every failure with its reason. The summary belongs to
 * the view it finished on: on leaving that view it goes, or, if files failed, shrinks to one line in the Library.
 */
export function ImportStatus({ view }: { view: string }) {
  const { progress, summary, error, cancel, dismiss } = useImport();
  const [shownOn, setShownOn] = useState<{ summary: object; view: string; left: boolean } | null>(null);
  const [expanded, setExpanded] = useState(false);
  const seen = shownOn !== null && shownOn.summary === summary;
  const left = seen && shownOn.left;
  const failed = summary?.files.filter((f) => f.status === 'failed').length ?? 0;

  if (summary && !seen) {
    setShownOn({ summary, view, left: false });
    setExpanded(false);
  } else if (seen && !shownOn.left && shownOn.view !== view) {
    setShownOn({ ...shownOn, left: true });
  }
  useEffect(() => {
    if (left && failed === 0) dismiss();
  }, [left, failed, dismiss]);

  if (progress) return <ImportProgressPanel progress={progress} onCancel={cancel} />;
  if (error) {
    return (
      <section className="import-panel error" role="alert">
        <div className="import-line">
          <span>
            <strong>Import failed:</strong> {error}
          </span>
          <button type="button" className="secondary" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      </section>
    );
  }
  if (!summary) return null;
  if (left && (view !== 'library' || failed === 0)) return null;
  const problems = summary.files.filter((f) => f.status !== 'imported');
  const warned = summary.files.filter((f) => f.status === 'imported' && f.warnings && f.warnings.length > 0);
  const collapsed = left && !expanded;
  return (
    <section className="import-panel" role="status" data-testid="import-summary">
      <div className="import-line">
        <span>
          <strong>{collapsed ? 'Last import' : `Import finished${summary.cancelled ? ' (cancelled)' : ''}`}:</strong>{' '}
          {summary.imported} imported, {plural(summary.statements, 'statement')} found,{' '}
          {plural(summary.duplicates, 'duplicate')}, {summary.failed} failed
        </span>
        {collapsed && problems.length + warned.length > 0 && (
          <button type="button" className="secondary" onClick={() => setExpanded(true)}>
            Show what failed
          </button>
        )}
        <button type="button" className="secondary" onClick={dismiss}>
          Dismiss
        </button>
      </div>
      {!collapsed && problems.length > 0 && (
        <ul className="import-problems">
          {problems.map((f, i) => (
            <li key={`${f.name}-${i}`} className={f.status}>
              <span className="tag">{f.status}</span> <strong>{f.name}</strong>: {f.message}
            </li>
          ))}
        </ul>
      )}
      {!collapsed && warned.length > 0 && (
        <ul className="import-problems" data-testid="import-warnings" aria-label="Imported with warnings">
          {warned.map((f, i) => (
            <li key={`${f.name}-w${i}`} className="warning">
              <span className="tag">warning</span> <strong>{f.name}</strong>: {f.warnings!.join('; ')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Moves from the first moment: while no file is done yet (readers starting) the bar is indeterminate. */
function ImportProgressPanel({ progress, onCancel }: { progress: ImportProgress; onCancel: () => void }) {
  const started = progress.done > 0;
  const pct = progress.total ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <section className="import-panel" aria-live="polite" data-testid="import-progress">
      <div className="import-line">
        <span>
          <strong>Importing</strong>{' '}
          {progress.total ? `${progress.done} of ${plural(progress.total, 'file')}` : 'starting…'}
          <span className="muted">
            {' '}
            · {progress.imported} imported · {plural(progress.duplicates, 'duplicate')} · {progress.failed} failed
          </span>
        </span>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <progress max={100} value={started ? pct : undefined} aria-label="Import progress" data-testid="import-bar" />
      <div className="muted small ellipsis" data-testid="import-current">
        {progress.current
          ? `${started ? 'Reading' : 'Starting the readers · reading'} ${progress.current}…`
          : 'Preparing the files…'}
      </div>
    </section>
  );
}
