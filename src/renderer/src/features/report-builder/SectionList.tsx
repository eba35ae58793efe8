import { REPORT_SECTIONS, type ReportSection } from '../../../../shared/api';

const LABELS: Record<ReportSection, string> = {
  'key-figures': 'Key figures (statements, actors, outlets, period, accepted share)',
  charts: 'Charts (per actor over time, per actor per topic)',
  timeline: 'Timeline strip',
  statements: 'Statements as quote cards',
  notes: 'Notes',
  sources: 'Appendix of sources',
};

/** Tick the sections to include; move the included ones up and down to order them. */
export function SectionList({
  sections,
  onChange,
}: {
  sections: ReportSection[];
  onChange: (next: ReportSection[]) => void;
}) {
  const rows = [...sections, ...REPORT_SECTIONS.filter((s) => !sections.includes(s))];
  const move = (s: ReportSection, by: -1 | 1) => {
    const i = sections.indexOf(s);
    const j = i + by;
    if (i < 0 || j < 0 || j >= sections.length) return;
    const next = [...sections];
    [next[i], next[j]] = [next[j]!, next[i]!];
    onChange(next);
  };
  return (
    <ol className="rb-sections" data-testid="rb-sections">
      {rows.map((s) => {
        const on = sections.includes(s);
        const i = sections.indexOf(s);
        return (
          <li key={s} className={on ? '' : 'muted'}>
            <label className="rb-inline">
              <input
                type="checkbox"
                checked={on}
                data-section={s}
                onChange={() => onChange(on ? sections.filter((x) => x !== s) : [...sections, s])}
              />{' '}
              {LABELS[s]}
            </label>
            {on && (
              <span className="rb-move">
                <button
                  type="button"
                  className="secondary"
                  disabled={i === 0}
                  onClick={() => move(s, -1)}
                  aria-label={`Move ${s} up`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="secondary"
                  disabled={i === sections.length - 1}
                  onClick={() => move(s, 1)}
                  aria-label={`Move ${s} down`}
                >
                  ↓
                </button>
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
