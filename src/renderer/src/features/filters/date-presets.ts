/** Date-range presets of the filter bar, as inclusive YYYY-MM-DD days relative to today. */
export const DATE_PRESETS = [
  { id: '7', label: 'Last 7 days' },
  { id: '30', label: 'Last 30 days' },
  { id: '90', label: 'Last 90 days' },
  { id: 'year', label: 'This year' },
] as const;

export function presetRange(id: string, today = new Date()): { from: string; to: string } | null {
  const to = iso(today);
  if (id === 'year') return { from: `${today.getFullYear()}-01-01`, to };
  const days = Number(id);
  if (!days) return null;
  return { from: iso(new Date(today.getFullYear(), today.getMonth(), today.getDate() - (days - 1))), to };
}

export function presetOf(from: string | null | undefined, to: string | null | undefined): string {
  if (!from && !to) return 'any';
  return (
    DATE_PRESETS.find((p) => {
      const r = presetRange(p.id);
      return r && r.from === from && r.to === to;
    })?.id ?? 'custom'
  );
}

function iso(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
