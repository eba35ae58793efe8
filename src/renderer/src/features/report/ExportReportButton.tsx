import { useState } from 'react';
import { base64ToBytes } from '../../../../shared/base64';
import { api } from '../../api/client';
import { useFilter } from '../filters/FilterContext';

/** Builds the PDF for the current filter in the host and hands it to the browser/Electron download flow. */
export function ExportReportButton() {
  const { filter } = useFilter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const report = await api.exportReport(filter, {});
      const bytes = base64ToBytes(report.pdfBase64);
      const url = URL.createObjectURL(new Blob([bytes.buffer as ArrayBuffer], { type: 'application/pdf' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = report.fileName;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 30_000);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="export">
      <button type="button" onClick={() => void run()} disabled={busy} data-testid="export-report">
        {busy ? 'Preparing PDF…' : 'Export report…'}
      </button>
      {error && (
        <span className="error-inline" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
