/** A report's file name from its title and the month it covers: "Putin on NATO" + 2024-05-16 -> putin-on-nato-2024-05.pdf */
export function reportFileName(title: string, periodDate: string | null, now: Date): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  const month = (periodDate ?? now.toISOString()).slice(0, 7);
  return `${slug || 'report'}-${month}.pdf`;
}
