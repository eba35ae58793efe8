const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2024-05-16" → "16 May 2024"; null → "no date". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return 'no date';
  const [y, m, d] = iso.split('-');
  const month = MONTHS[Number(m) - 1];
  return month ? `${Number(d)} ${month} ${y}` : iso;
}

export function formatMonth(bucket: string): string {
  const [y, m] = bucket.split('-');
  return `${MONTHS[Number(m) - 1] ?? m} ${y}`;
}
