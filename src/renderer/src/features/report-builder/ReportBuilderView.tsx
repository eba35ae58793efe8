/**
 * The report builder (#/report-builder): everything a client report says about itself, which sections it has
 * and in what order, which review states it shows, a live preview of its first pages, presets kept in the
 * library, and the exports (PDF, and CSV/XLSX/JSON/REFI-QDA of the same statements).
 *
 * The filter is the one the timeline and charts last used (changed there); a preset brings its own, for this
 * page only. The review states chosen here apply to the report and its data exports only. Presets keep the
 * options and the filter together.
 */
import { useEffect, useMemo, useState } from 'react';
import { REPORT_SECTIONS, type ReportGrouping, type ReportOptions, type ReportSection } from '../../../../shared/api';
import { STATEMENT_STATUSES, type Filter, type StatementStatus } from '../../../../shared/model';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { plural } from '../../components/plural';
import { useFilter } from '../filters/FilterContext';
import { ReportDocument } from '../report/ReportDocument';
import { saveDownload } from '../report/download';
import { DataExportButtons } from '../report/ExportReportButton';
import { ReportPresets } from './ReportPresets';
import { SectionList } from './SectionList';
import './report-builder.css';

const DEFAULT_OPTIONS: ReportOptions = { sections: [...REPORT_SECTIONS], groupBy: 'actor', paper: 'a4' };

export function ReportBuilderView() {
  const { filter: appFilter, hrefFor } = useFilter();
  const [filter, setFilter] = useState<Filter>(appFilter);
  const appFilterKey = JSON.stringify(appFilter);
  useEffect(() => setFilter(JSON.parse(appFilterKey) as Filter), [appFilterKey]);
  const [options, setOptions] = useState<ReportOptions>(() => ({
    ...DEFAULT_OPTIONS,
    locale: navigator.language || 'en-GB',
  }));
  const [statuses, setStatuses] = useState<StatementStatus[] | null>(filter.statuses?.length ? filter.statuses : null);
  const reportFilter: Filter = useMemo(
    () => ({ ...filter, ...(statuses ? { statuses } : { statuses: undefined }) }),
    [filter, statuses],
  );
  const previewKey = JSON.stringify([reportFilter, options]);
  const [debouncedKey, setDebouncedKey] = useState(previewKey);
  useEffect(() => {
    const timer = setTimeout(() => setDebouncedKey(previewKey), 300);
    return () => clearTimeout(timer);
  }, [previewKey]);
  const preview = useApi(
    () => {
      const [f, o] = JSON.parse(debouncedKey) as [Filter, ReportOptions];
      return api.getReportModel(f, o);
    },
    [debouncedKey],
    ['articles', 'statements', 'actors', 'topics'],
  );
  const [localeText, setLocaleText] = useState(options.locale ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const set = <K extends keyof ReportOptions>(key: K, value: ReportOptions[K]) =>
    setOptions((o) => ({ ...o, [key]: value }));
  const shownStatuses = statuses ?? preview.data?.statuses ?? [];
  const toggleStatus = (s: StatementStatus) => {
    const next = shownStatuses.includes(s) ? shownStatuses.filter((x) => x !== s) : [...shownStatuses, s];
    setStatuses(next.length ? STATEMENT_STATUSES.filter((x) => next.includes(x)) : null);
  };

  const exportPdf = async () => {
    setBusy(true);
    setError(null);
    try {
      const report = await api.exportReport(reportFilter, options);
      saveDownload(report.pdfBase64, report.fileName, 'application/pdf');
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page report-builder">
      <header className="page-head">
        <h1>Report builder</h1>
        <span className="muted" data-testid="rb-summary">
          For the current filter (
          <a href={hrefFor('/timeline', { ...filter, statuses: undefined })}>change it on the timeline</a>)
          {preview.data && ` · ${plural(preview.data.totals.statements, 'statement')} · ${preview.data.fileName}`}
        </span>
      </header>
      <div className="rb-columns">
        <form className="rb-form" onSubmit={(e) => e.preventDefault()} aria-label="Report options">
          <ReportPresets
            filter={reportFilter}
            options={options}
            onLoad={(preset) => {
              setOptions({ ...DEFAULT_OPTIONS, ...preset.options });
              setLocaleText(preset.options.locale ?? '');
              const { statuses: saved, ...rest } = preset.filter;
              setFilter(rest);
              setStatuses(saved?.length ? saved : null);
            }}
          />
          <fieldset>
            <legend>Cover</legend>
            <TextField label="Title" value={options.title} onChange={(v) => set('title', v)} testId="rb-title" />
            <TextField label="Subtitle" value={options.subtitle} onChange={(v) => set('subtitle', v)} />
            <TextField label="Prepared for" value={options.preparedFor} onChange={(v) => set('preparedFor', v)} />
            <TextField label="Author" value={options.author} onChange={(v) => set('author', v)} />
            <label>
              Summary
              <textarea
                rows={5}
                value={options.summary ?? ''}
                onChange={(e) => set('summary', e.target.value || undefined)}
                placeholder="What the client should take away (plain text; a blank line starts a paragraph)"
              />
            </label>
          </fieldset>
          <fieldset>
            <legend>Sections, in order</legend>
            <SectionList
              sections={options.sections ?? [...REPORT_SECTIONS]}
              onChange={(sections: ReportSection[]) => set('sections', sections)}
            />
            <label>
              Group statements
              <select
                value={options.groupBy ?? 'actor'}
                onChange={(e) => set('groupBy', e.target.value as ReportGrouping)}
                data-testid="rb-group-by"
              >
                <option value="actor">by actor</option>
                <option value="topic">by topic</option>
                <option value="date">by date</option>
              </select>
            </label>
          </fieldset>
          <fieldset data-testid="rb-statuses">
            <legend>Review states shown</legend>
            {STATEMENT_STATUSES.map((s) => (
              <label key={s} className="rb-inline">
                <input type="checkbox" checked={shownStatuses.includes(s)} onChange={() => toggleStatus(s)} /> {s}
              </label>
            ))}
            <p className="muted small">
              {statuses ? 'Chosen here.' : 'Default: accepted and edited when there are any, else all but rejected.'}
            </p>
          </fieldset>
          <fieldset>
            <legend>Paper</legend>
            <label>
              Size
              <select value={options.paper ?? 'a4'} onChange={(e) => set('paper', e.target.value as 'a4' | 'letter')}>
                <option value="a4">A4</option>
                <option value="letter">Letter</option>
              </select>
            </label>
            <TextField
              label="Date language (locale, e.g. en-GB)"
              value={localeText}
              onChange={(v) => {
                setLocaleText(v ?? '');
                if (v && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(v)) set('locale', v);
              }}
            />
          </fieldset>
          <div className="button-row">
            <button type="button" onClick={() => void exportPdf()} disabled={busy} data-testid="rb-export-pdf">
              {busy ? 'Preparing PDF…' : 'Export PDF…'}
            </button>
            <DataExportButtons filter={reportFilter} />
          </div>
          {error && (
            <p className="error-inline" role="alert">
              {error}
            </p>
          )}
        </form>
        <section className="rb-preview" aria-label="Preview of the first pages">
          <h2 className="small muted">Preview of the first pages</h2>
          {preview.error && (
            <p className="error-inline" role="alert">
              {preview.error}
            </p>
          )}
          {preview.data && (
            <div className={`rb-paper rb-${preview.data.paper}`} data-testid="rb-preview">
              <div className="rpt-page">
                <ReportDocument model={preview.data} toc={null} />
              </div>
            </div>
          )}
        </section>
      </div>
    </div>
  );
}

function TextField({
  label,
  value,
  onChange,
  testId,
}: {
  label: string;
  value: string | undefined;
  onChange: (v: string | undefined) => void;
  testId?: string;
}) {
  return (
    <label>
      {label}
      <input
        type="text"
        value={value ?? ''}
        data-testid={testId}
        onChange={(e) => onChange(e.target.value || undefined)}
      />
    </label>
  );
}
