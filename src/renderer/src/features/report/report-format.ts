/**
 * Locale-aware text for reports: dates as the reader's locale writes them ("16 May 2024", "May 16, 2024",
 * "16. Mai 2024"), numbers with their separators, and English plurals that agree with the count.
 */
export interface ReportFormat {
  /** An ISO date cut to any precision (2024-05-16, 2024-05, 2024); null -> "no date". */
  date(iso: string | null | undefined): string;
  number(n: number): string;
  count(n: number, singular: string, pluralForm?: string): string;
  percent(part: number, whole: number): string;
}

export function reportFormat(locale: string): ReportFormat {
  const safe = supported(locale);
  const day = new Intl.DateTimeFormat(safe, { dateStyle: 'long', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(safe, { year: 'numeric', month: 'long', timeZone: 'UTC' });
  const num = new Intl.NumberFormat(safe);
  const pct = new Intl.NumberFormat(safe, { style: 'percent', maximumFractionDigits: 0 });
  return {
    date(iso) {
      if (!iso) return 'no date';
      const [y, m, d] = iso.split('-').map(Number);
      if (!y) return iso;
      if (!m) return String(y);
      const at = new Date(Date.UTC(y, m - 1, d || 1));
      if (Number.isNaN(at.getTime())) return iso;
      return d ? day.format(at) : month.format(at);
    },
    number: (n) => num.format(n),
    count: (n, singular, pluralForm = `${singular}s`) => `${num.format(n)} ${n === 1 ? singular : pluralForm}`,
    percent: (part, whole) => (whole > 0 ? pct.format(part / whole) : '–'),
  };
}

function supported(locale: string): string {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length ? locale : 'en-GB';
  } catch {
    return 'en-GB';
  }
}

/** Only web addresses become links: a document's "URL" field could hold anything. */
export function safeHref(url: string | null): string | null {
  return url && /^https?:\/\/[^\s]+$/i.test(url) ? url : null;
}
