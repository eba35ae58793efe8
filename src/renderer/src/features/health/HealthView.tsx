import { useState } from 'react';
import type { LibraryHealth } from '../../../../shared/api';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { errorText, useNotice } from '../../components/Notice';

const MODE_TEXT: Record<LibraryHealth['mode'], string> = {
  normal: 'The library is whole.',
  recovery:
    'Recovery mode: part of the library is damaged. Nothing is cleaned up or moved automatically until every damaged part below is handled.',
  'read-only': 'Read-only: another program is writing to this library. Nothing can be changed or repaired from here.',
};

function size(bytes: number) {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** "Check library": every problem the folder has, with the repairs to choose from, and the trash. */
export function HealthView() {
  const health = useApi(() => api.checkLibrary(), [], ['health', 'articles']);
  const { notify } = useNotice();
  const [busy, setBusy] = useState<string | null>(null);
  const run = (key: string, work: () => Promise<LibraryHealth>, done: string) => {
    setBusy(key);
    work().then(
      () => {
        setBusy(null);
        notify(done);
        health.reload();
      },
      (err: unknown) => {
        setBusy(null);
        notify(errorText(err), 'error');
      },
    );
  };
  const h = health.data;
  return (
    <section className="health" aria-labelledby="health-title">
      <header className="page-head">
        <h1 id="health-title">Library health</h1>
        <button type="button" className="secondary" onClick={health.reload} disabled={health.loading}>
          Check again
        </button>
      </header>
      {health.error && <p className="warn">{health.error}</p>}
      {h && (
        <>
          <p data-testid="health-mode" className={h.mode === 'normal' ? '' : 'warn'}>
            {MODE_TEXT[h.mode]}
            {h.readOnlyReason && <span className="muted"> ({h.readOnlyReason})</span>}
          </p>
          {h.problems.length === 0 ? (
            <p className="muted">No problems found.</p>
          ) : (
            <ul className="health-problems" aria-label="Problems">
              {h.problems.map((p) => (
                <li key={p.id} className={`card health-problem ${p.severity}`} data-testid="health-problem">
                  <div className="small muted">{p.severity === 'damage' ? 'Damaged' : 'Notice'}</div>
                  <p>{p.message}</p>
                  {p.repairs.length > 0 && (
                    <div className="button-row">
                      {p.repairs.map((r) => (
                        <button
                          key={r.id}
                          type="button"
                          className={r.id === 'trash' || r.id === 'dismiss' ? 'link' : 'secondary'}
                          disabled={busy !== null}
                          onClick={() =>
                            run(`${p.id}/${r.id}`, () => api.repairLibrary(p.id, r.id), `Done: ${r.label}`)
                          }
                        >
                          {busy === `${p.id}/${r.id}` ? 'Working…' : r.label}
                        </button>
                      ))}
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
          <h2>Trash</h2>
          <p className="muted small">
            Files the library no longer uses are moved here, never deleted, until you empty it.
            {h.trash.files > 0
              ? ` ${h.trash.files} ${h.trash.files === 1 ? 'file' : 'files'}, ${size(h.trash.bytes)}.`
              : ' It is empty.'}
          </p>
          {h.trash.files > 0 && h.mode !== 'read-only' && (
            <button
              type="button"
              className="secondary"
              disabled={busy !== null}
              onClick={() => {
                if (
                  window.confirm(
                    `Delete ${h.trash.files === 1 ? 'the file' : `the ${h.trash.files} files`} in the trash for good?`,
                  )
                ) {
                  run('trash', () => api.emptyTrash(), 'Trash emptied');
                }
              }}
            >
              Empty trash
            </button>
          )}
        </>
      )}
    </section>
  );
}
