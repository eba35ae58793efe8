/**
 * The printable report page (#/report?filter=…&options=…). Printers wait for data-report-ready (or
 * data-report-error, which they turn into an error instead of printing), read the title, author, date and
 * paper from its data-* attributes, and drive the table of contents through the soundbite:report-toc event:
 * 'placeholder' reserves it (data-toc="placeholder"), a page map fills in its page numbers (data-toc="final"),
 * null removes it (data-toc="none"). A report of few statements starts without one (it will fit in a few pages,
 * and then prints in one pass).
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import type { ReportModel, ReportOptions } from '../../../../shared/api';
import type { Filter } from '../../../../shared/model';
import { api } from '../../api/client';
import { applyTheme } from '../../app/theme';
import { ReportDocument, type TocState } from './ReportDocument';
import { reportFormat } from './report-format';

function parseJson<T>(text: string | null, fallback: T): T {
  try {
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
}

/** Up to this many statements a report starts without a table of contents (it needs one only past five pages). */
const SHORT_REPORT = 20;

export function ReportPage({ params }: { params: URLSearchParams }) {
  const filterText = params.get('filter');
  const optionsText = params.get('options');
  const filter = useMemo(() => parseJson<Filter>(filterText, {}), [filterText]);
  const options = useMemo(() => parseJson<ReportOptions>(optionsText, {}), [optionsText]);
  const [model, setModel] = useState<ReportModel | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tocRequest, setToc] = useState<TocState | undefined>(undefined);
  // The report is paper: printed or previewed, it is light whatever the app's theme.
  useLayoutEffect(() => {
    applyTheme('light');
    document.documentElement.classList.add('rpt-printing');
    return () => document.documentElement.classList.remove('rpt-printing');
  }, []);
  useEffect(() => {
    api
      .getReportModel(filter, options)
      .then(setModel, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [filter, options]);
  useEffect(() => {
    const onToc = (e: Event) => setToc((e as CustomEvent<TocState>).detail ?? null);
    window.addEventListener('soundbite:report-toc', onToc);
    return () => window.removeEventListener('soundbite:report-toc', onToc);
  }, []);
  useEffect(() => {
    if (model) document.title = model.title;
  }, [model]);

  if (error)
    return (
      <main className="rpt-page" data-report-error={error}>
        <p className="rpt-error">The report could not be built: {error}</p>
      </main>
    );
  if (!model) return <main className="rpt-page">Preparing report…</main>;
  const f = reportFormat(model.locale);
  const toc = tocRequest === undefined ? (model.totals.statements > SHORT_REPORT ? 'placeholder' : null) : tocRequest;
  return (
    <main
      className="rpt-page"
      data-report-ready="true"
      data-report-title={model.title}
      data-report-author={model.author ?? ''}
      data-report-subject={model.subtitle ?? ''}
      data-report-date={f.date(model.generatedAt.slice(0, 10))}
      data-report-generated={model.generatedAt}
      data-report-paper={model.paper}
      data-toc={toc === 'placeholder' ? 'placeholder' : toc ? 'final' : 'none'}
    >
      <ReportDocument model={model} toc={toc} />
    </main>
  );
}
