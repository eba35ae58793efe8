/**
 * A long list of statements (the timeline's window, a drill-down, the undated ones): virtualised, so only the rows
 * in view exist in the page, and paged by offset from the host as it scrolls. Each row reads as the statement
 * does everywhere ("Speaker cue: quote"), with outlet, article, date and which date it is; a click opens the reader.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { TimelineRow } from '../../../../shared/api';
import { articleHref, navigate } from '../../app/router';
import { StatementText } from '../../components/StatementText';
import type { Paged } from '../../components/usePagedRows';
import { whenText } from './TimelineAxis';

/** Every row is this tall (two lines, cut with an ellipsis): no measuring while scrolling. */
const ROW_H = 64;

export function StatementList(props: {
  rows: Paged<TimelineRow>;
  label: string;
  testId?: string;
  height?: number;
  topicColour: (row: TimelineRow) => string;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const total = props.rows.total ?? 0;
  const virtual = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_H,
    // Generous: rows are light, and a find-in-page or a test sees a few dozen rows beyond the fold.
    overscan: 25,
  });
  const items = virtual.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const { want } = props.rows;
  useEffect(() => {
    if (total > 0) want(first, last);
  }, [want, first, last, total]);
  const height = Math.min(props.height ?? 520, Math.max(ROW_H, total * ROW_H) + 2);
  return (
    <div
      className="statement-list"
      ref={scroller}
      style={{ height }}
      data-testid={props.testId ?? 'timeline'}
      aria-label={props.label}
      role="region"
      tabIndex={0}
    >
      <ol style={{ height: virtual.getTotalSize() }}>
        {items.map((item) => {
          const r = props.rows.row(item.index);
          return (
            <li
              key={item.key}
              data-index={item.index}
              style={{ transform: `translateY(${item.start}px)`, height: ROW_H }}
              aria-setsize={total}
              aria-posinset={item.index + 1}
            >
              {r ? (
                <button
                  type="button"
                  className="timeline-row"
                  data-testid="timeline-row"
                  data-statement-id={r.statement.id}
                  onClick={() => navigate(articleHref(r.statement.articleId, r.statement.id))}
                >
                  <span className="topic-bar" style={{ background: props.topicColour(r) }} aria-hidden="true" />
                  <StatementText speaker={r.speakerName} statement={r.statement} />
                  <span className="cite muted small">
                    {whenText(r)} · {r.source ?? 'unknown source'} · {r.articleTitle}
                    {r.topicNames.length > 0 && ` · ${r.topicNames.join(', ')}`}
                    {r.statement.status !== 'suggested' && ` · ${r.statement.status}`}
                  </span>
                </button>
              ) : (
                <div className="timeline-row placeholder muted small">Loading…</div>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
