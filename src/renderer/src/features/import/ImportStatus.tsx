import { useImport } from './ImportContext';

/** Progress while an import runs, then a summary that lists every failure with its reason. */
export function ImportStatus() {
  const { progress, summary, error, cancel, dismiss } = useImport();
  if (progress) {
    const pct = progress.total ? Math.round((progress.done / progress.total) * 100) : 0;
    return (
      <section className="import-panel" aria-live="polite" data-testid="import-progress">
        <div className="import-line">
          <strong>Importing</strong> {progress.done} of {progress.total || '…'} files
          <span className="muted"> · {progress.imported} imported · {progress.duplicates} duplicates · {progress.failed} failed</span>
          <button type="button" className="secondary" onClick={cancel}>
            Cancel
          </button>
        </div>
        <progress max={100} value={pct} aria-label="Import progress" />
        {progress.current && <div className="muted small ellipsis">{progress.current}</div>}
      </section>
    );
  }
  if (error) {
    return (
      <section className="import-panel error" role="alert">
        <strong>Import failed:</strong> {error}
        <button type="button" className="secondary" onClick={dismiss}>
          Dismiss
        </button>
      </section>
    );
  }
  if (!summary) return null;
  const problems = summary.files.filter((f) => f.status !== 'imported');
  return (
    <section className="import-panel" role="status" data-testid="import-summary">
      <div className="import-line">
        <strong>Import finished{summary.cancelled ? ' (cancelled)' : ''}:</strong> {summary.imported} imported,{' '}
        {summary.statements} statements found, {summary.duplicates} duplicates, {summary.failed} failed
        <button type="button" className="secondary" onClick={dismiss}>
          Dismiss
        </button>
      </div>
      {problems.length > 0 && (
        <ul className="import-problems">
          {problems.map((f, i) => (
            <li key={`${f.name}-${i}`} className={f.status}>
              <span className="tag">{f.status}</span> <strong>{f.name}</strong>: {f.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
