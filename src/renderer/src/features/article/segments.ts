export interface Span {
  id: string;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  /** Statements covering this piece of text, innermost (shortest) last. */
  ids: string[];
}

/** Cuts the body at every statement boundary so overlapping statements stay distinguishable. */
export function segmentBody(length: number, spans: Span[]): Segment[] {
  const cuts = new Set<number>([0, length]);
  for (const s of spans) {
    if (s.start >= 0 && s.end <= length && s.start < s.end) {
      cuts.add(s.start);
      cuts.add(s.end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const ids = spans
      .filter((s) => s.start <= start && s.end >= end)
      .sort((a, b) => b.end - b.start - (a.end - a.start))
      .map((s) => s.id);
    out.push({ start, end, ids });
  }
  return out;
}
