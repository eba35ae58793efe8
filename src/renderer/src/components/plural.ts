/**
 * "1 article", "2 articles", "100,000 articles" (grouped as the reader's locale writes numbers); irregular nouns pass
 * their plural ("1 activity", "3 activities").
 */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? singular : pluralForm}`;
}
