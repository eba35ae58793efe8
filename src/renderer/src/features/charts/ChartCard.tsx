/** A chart's frame: its title, PNG and SVG export of the drawing inside it, and its numbers as a table. */
import { useRef, type ReactNode } from 'react';
import { useNotice, errorText } from '../../components/Notice';
import { saveChart } from './export-chart';

export function ChartCard(props: {
  id: string;
  title: string;
  tools?: ReactNode;
  children: ReactNode;
  table: ReactNode;
}) {
  const body = useRef<HTMLDivElement>(null);
  const { notify } = useNotice();
  const save = (format: 'svg' | 'png') => {
    const svg = body.current?.querySelector('svg.chart-svg, svg.recharts-surface');
    if (!(svg instanceof SVGSVGElement)) return;
    saveChart(svg, `soundbite-${props.id}`, format).catch((err: unknown) => notify(errorText(err), 'error'));
  };
  return (
    <section className="card chart" aria-labelledby={`chart-${props.id}`} data-testid={`chart-${props.id}`}>
      <div className="chart-head">
        <h2 id={`chart-${props.id}`}>{props.title}</h2>
        {props.tools}
        <div className="spacer" />
        <button type="button" className="secondary small-button" onClick={() => save('png')}>
          PNG
        </button>
        <button type="button" className="secondary small-button" onClick={() => save('svg')}>
          SVG
        </button>
      </div>
      <div ref={body}>{props.children}</div>
      {props.table}
    </section>
  );
}
