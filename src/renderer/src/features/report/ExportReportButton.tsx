import { useState } from 'react';
import type { StatementExportFormat } from '../../../../shared/api';
import type { Filter } from '../../../../shared/model';
import { api } from '../../api/client';
import { navigate } from '../../app/router';
import { useFilter } from '../filters/FilterContext';
import { EXPORT_TYPES, saveDownload } from './download';

/** The timeline's and charts' way out: the report builder for this filter, and the data exports of it. */
export function ExportReportButton() {
  const { filter } = useFilter();
  return (
    <span className="export">
      <button type="button" onClick={() => navigate('#/report-builder')} data-testid="export-report">
        Build report…
      </button>
      <DataExportButtons filter={filter} />
    </span>
  );
}

const LABELS: Record<StatementExportFormat, string> = { csv: 'CSV', xlsx: 'Excel', json: 'JSON', qdpx: 'REFI-QDA' };

/** CSV, XLSX, JSON and .qdpx of exactly the statements this filter shows. */
export function DataExportButtons({ filter }: { filter: Filter }) {
  const [busy, setBusy] = useState<StatementExportFormat | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (format: StatementExportFormat) => {
    setBusy(format);
    setError(null);
    try {
      const file = await api.exportStatements(filter, format);
      saveDownload(file.base64, file.fileName, EXPORT_TYPES[format]);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(null);
    }
  };
  return (
    <span className="export-data" role="group" aria-label="Export statements">
      {(Object.keys(LABELS) as StatementExportFormat[]).map((format) => (
        <button
          key={format}
          type="button"
          className="secondary"
          disabled={busy !== null}
          onClick={() => void run(format)}
          data-testid={`export-${format}`}
        >
          {busy === format ? 'Exporting…' : LABELS[format]}
        </button>
      ))}
      {error && (
        <span className="error-inline" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
