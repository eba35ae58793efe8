/**
 * The report as paper: the page the hosts print and the builder previews.
 *
 *   ReportDocument   cover (title, subtitle, prepared for/by, date, summary, filter), table of contents, then the
 *                    sections in the order the options chose
 *   QuoteCard        one statement: speaker, cue, quote, outlet, byline, date, source number; title and link
 *                    once per article in its group; never split across pages (report.css)
 *
 * The table of contents links to each section's anchor; Chromium turns those anchors into named destinations,
 * which is how the printer learns their pages (core/report/print-report.ts).
 */
import type { ReportModel, ReportSection, ReportStatement } from '../../../../shared/api';
import { StatementsByTopic, StatementsOverTime } from '../charts/StatementCharts';
import { reportFormat, safeHref, type ReportFormat } from './report-format';
import { TimelineStrip } from './TimelineStrip';
import './report.css';

const SECTION_TITLES: Record<ReportSection, string> = {
  'key-figures': 'Key figures',
  charts: 'Charts',
  timeline: 'Timeline',
  statements: 'Statements',
  notes: 'Notes',
  sources: 'Sources',
};
const GROUPING_TITLES = { actor: 'by actor', topic: 'by topic', date: 'by date' } as const;
const CHART_WIDTH = 640;

/** 'placeholder': reserve the table of contents; a map: its page numbers; null: no table of contents. */
export type TocState = 'placeholder' | Record<string, number> | null;

export const sectionAnchor = (s: ReportSection) => `sec-${s}`;
export const groupAnchor = (i: number) => `grp-${i}`;

export function ReportDocument({ model, toc }: { model: ReportModel; toc: TocState }) {
  const f = reportFormat(model.locale);
  return (
    <>
      <Cover model={model} f={f} />
      {toc !== null && <TableOfContents model={model} toc={toc} />}
      {model.sections.map((section) => (
        <section key={section} className={`rpt-section rpt-${section}`}>
          <h2 id={sectionAnchor(section)}>{sectionHeading(model, section)}</h2>
          <SectionBody model={model} section={section} f={f} />
        </section>
      ))}
    </>
  );
}

function sectionHeading(model: ReportModel, section: ReportSection): string {
  return section === 'statements' ? `Statements ${GROUPING_TITLES[model.groupBy]}` : SECTION_TITLES[section];
}

function Cover({ model, f }: { model: ReportModel; f: ReportFormat }) {
  const byline = [
    model.preparedFor && `Prepared for ${model.preparedFor}`,
    model.author && `by ${model.author}`,
  ].filter(Boolean);
  return (
    <header className="rpt-cover">
      <h1>{model.title}</h1>
      {model.subtitle && <p className="rpt-subtitle">{model.subtitle}</p>}
      {byline.length > 0 && <p className="rpt-prepared">{byline.join(' ')}</p>}
      <p className="rpt-muted">
        {f.date(model.generatedAt.slice(0, 10))} · {periodText(model, f)} ·{' '}
        {f.count(model.totals.statements, 'statement')}
      </p>
      {model.summary &&
        model.summary.split(/\n\s*\n/).map((para, i) => (
          <p key={i} className="rpt-summary">
            {para}
          </p>
        ))}
      <ul className="rpt-filter">
        {model.filterSummary.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </header>
  );
}

function periodText(model: ReportModel, f: ReportFormat): string {
  const { from, to } = model.period;
  if (!from && !to) return 'no dated statements';
  if (from === to) return f.date(from);
  return `${f.date(from)} – ${f.date(to)}`;
}

function TableOfContents({ model, toc }: { model: ReportModel; toc: 'placeholder' | Record<string, number> }) {
  const page = (anchor: string) => (toc === 'placeholder' ? '000' : String(toc[anchor] ?? ''));
  return (
    <nav className="rpt-toc" aria-label="Contents">
      <h2>Contents</h2>
      <ol>
        {model.sections.map((section) => (
          <li key={section}>
            <a href={`#${sectionAnchor(section)}`}>
              <span className="rpt-toc-label">{sectionHeading(model, section)}</span>
              <span className="rpt-toc-page">{page(sectionAnchor(section))}</span>
            </a>
            {section === 'statements' && model.groups.length > 1 && (
              <ol>
                {model.groups.map((g, i) => (
                  <li key={g.key}>
                    <a href={`#${groupAnchor(i)}`}>
                      <span className="rpt-toc-label">{groupHeading(model, g.heading)}</span>
                      <span className="rpt-toc-page">{page(groupAnchor(i))}</span>
                    </a>
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

function groupHeading(model: ReportModel, heading: string): string {
  if (model.groupBy !== 'date' || !/^\d{4}-\d{2}$/.test(heading)) return heading;
  return reportFormat(model.locale).date(heading);
}

function SectionBody({ model, section, f }: { model: ReportModel; section: ReportSection; f: ReportFormat }) {
  switch (section) {
    case 'key-figures':
      return <KeyFigures model={model} f={f} />;
    case 'charts':
      return model.totals.statements === 0 ? (
        <p>No statements to chart.</p>
      ) : (
        <>
          <h3>Statements per actor over time</h3>
          <div className="rpt-chart">
            <StatementsOverTime data={model.charts} theme="light" fixedWidth={CHART_WIDTH} />
          </div>
          {model.charts.byTopic.topics.length > 0 && (
            <>
              <h3>Statements per actor per topic</h3>
              <div className="rpt-chart">
                <StatementsByTopic data={model.charts} theme="light" fixedWidth={CHART_WIDTH} />
              </div>
            </>
          )}
        </>
      );
    case 'timeline':
      return <TimelineStrip months={model.timeline} format={f} />;
    case 'statements':
      return model.groups.length === 0 ? (
        <p>No statements match this filter.</p>
      ) : (
        <>
          {model.groups.map((g, i) => (
            <div key={g.key} className="rpt-group">
              <h3 id={groupAnchor(i)}>
                {groupHeading(model, g.heading)}{' '}
                <span className="rpt-muted">({f.count(g.statements.length, 'statement')})</span>
              </h3>
              {g.statements.map((s, j) => (
                <QuoteCard
                  key={s.id}
                  s={s}
                  f={f}
                  firstOfArticle={g.statements.findIndex((x) => x.articleId === s.articleId) === j}
                />
              ))}
            </div>
          ))}
        </>
      );
    case 'notes':
      return <Notes model={model} f={f} />;
    case 'sources':
      return <Sources model={model} f={f} />;
  }
}

function KeyFigures({ model, f }: { model: ReportModel; f: ReportFormat }) {
  const t = model.totals;
  const figures: Array<[string, string]> = [
    [f.number(t.statements), t.statements === 1 ? 'statement' : 'statements'],
    [f.number(t.actors), t.actors === 1 ? 'actor' : 'actors'],
    [f.number(t.outlets), t.outlets === 1 ? 'outlet' : 'outlets'],
    [f.number(t.articles), t.articles === 1 ? 'article' : 'articles'],
  ];
  return (
    <>
      <dl className="rpt-figures">
        {figures.map(([value, label]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p>
        Period: {periodText(model, f)}. Accepted share: {f.percent(t.accepted, t.found)} ({f.number(t.accepted)} of{' '}
        {f.count(t.found, 'statement')} found by this filter were accepted or edited in review). Review states shown:{' '}
        {model.statuses.join(', ')}.
      </p>
    </>
  );
}

export function QuoteCard({ s, f, firstOfArticle }: { s: ReportStatement; f: ReportFormat; firstOfArticle: boolean }) {
  const href = safeHref(s.url);
  const cite = [s.source ?? 'unknown outlet', s.byline, f.date(s.date)].filter(Boolean).join(', ');
  return (
    <article className={`rpt-card rpt-${s.kind}${s.polarity === 'denies' ? ' rpt-denial' : ''}`}>
      <div className="rpt-who">
        <strong>{s.speaker}</strong> <span className="rpt-cue">{s.cue}</span>
        {s.polarity === 'denies' && <span className="rpt-badge">denial</span>}
        {s.polarity === 'questions' && <span className="rpt-badge">question</span>}
        {s.status === 'suggested' && <span className="rpt-badge rpt-unreviewed">not reviewed</span>}
      </div>
      <blockquote className="rpt-quote">{s.kind === 'direct' ? `“${s.quote}”` : s.quote}</blockquote>
      <div className="rpt-cite">
        {cite} <span className="rpt-ref">[{s.sourceNo}]</span>
        {s.topics.length > 0 && <span className="rpt-muted"> · {s.topics.join(', ')}</span>}
      </div>
      {firstOfArticle && (
        <div className="rpt-cite rpt-article">
          “{s.articleTitle}”{href && ' · '}
          {href && <a href={href}>{href}</a>}
        </div>
      )}
      {s.alsoIn && firstOfArticle && <div className="rpt-cite">Also published by {s.alsoIn.join('; ')}</div>}
      {s.note && <div className="rpt-note">Note: {s.note}</div>}
    </article>
  );
}

function Notes({ model, f }: { model: ReportModel; f: ReportFormat }) {
  const seen = new Set<string>();
  const notes: Array<{ key: string; what: string; text: string }> = [];
  for (const g of model.groups)
    for (const s of g.statements) {
      if (s.note && !seen.has(s.id)) {
        seen.add(s.id);
        notes.push({ key: s.id, what: `${s.speaker}, ${f.date(s.date)} [${s.sourceNo}]`, text: s.note });
      }
      if (s.articleNote && !seen.has(s.articleId)) {
        seen.add(s.articleId);
        notes.push({ key: s.articleId, what: `On “${s.articleTitle}” [${s.sourceNo}]`, text: s.articleNote });
      }
    }
  if (notes.length === 0) return <p>No notes on these statements or their articles.</p>;
  return (
    <ul className="rpt-notes">
      {notes.map((n) => (
        <li key={n.key}>
          <strong>{n.what}:</strong> {n.text}
        </li>
      ))}
    </ul>
  );
}

function Sources({ model, f }: { model: ReportModel; f: ReportFormat }) {
  if (model.sources.length === 0) return <p>No articles cited.</p>;
  return (
    <ol className="rpt-sources">
      {model.sources.map((src) => {
        const href = safeHref(src.url);
        return (
          <li key={src.articleId} value={src.no}>
            <span className="rpt-ref">[{src.no}]</span> {src.source ?? 'unknown outlet'}, {f.date(src.date)}. “
            {src.title}”.{src.byline ? ` ${src.byline}.` : ''} {href ? <a href={href}>{href}</a> : 'No URL.'}{' '}
            <span className="rpt-muted">({f.count(src.statements, 'statement')})</span>
            {src.alsoIn.length > 0 && <div className="rpt-muted">Also published by {src.alsoIn.join('; ')}</div>}
          </li>
        );
      })}
    </ol>
  );
}
