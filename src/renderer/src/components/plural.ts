/** "1 article", "2 articles", "0 articles"; irregular nouns pass their plural ("1 activity", "3 activities"). */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
