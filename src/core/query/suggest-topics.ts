import type { TopicSuggestion } from '../../shared/api';
import type { Statement, Topic } from '../../shared/model';
import { ENGLISH_STOPWORDS } from './stopwords';
import { compileTopicQuery, wordTokens } from './topic-query';

/**
 * Key phrases (one to three words) that recur in statements across several articles and that no topic covers
 * yet, ranked by how many articles use them: candidates for the analyst to adopt as topics.
 */
export function suggestTopics(
  statements: Iterable<Statement>,
  topics: Topic[],
  actorNames: string[],
  limit = 12,
): TopicSuggestion[] {
  // Who speaks is not what they speak about: words of actor names are left out.
  const nameWords = new Set(actorNames.flatMap((n) => wordTokens(n)));
  const compiled = topics.flatMap((t) => {
    try {
      return [compileTopicQuery(t.query)];
    } catch {
      return [];
    }
  });
  const byPhrase = new Map<string, { articles: Set<string>; statements: number }>();
  for (const s of statements) {
    if (s.status === 'rejected') continue;
    const words = wordTokens(s.quote);
    const seen = new Set<string>();
    for (let n = 1; n <= 3; n++) {
      for (let i = 0; i + n <= words.length; i++) {
        const gram = words.slice(i, i + n);
        if (ENGLISH_STOPWORDS.has(gram[0]!) || ENGLISH_STOPWORDS.has(gram[n - 1]!)) continue;
        if (gram.some((w) => w.length < 3 || /^\d+$/.test(w) || nameWords.has(w))) continue;
        const phrase = gram.join(' ');
        if (seen.has(phrase)) continue;
        seen.add(phrase);
        const entry = byPhrase.get(phrase) ?? { articles: new Set<string>(), statements: 0 };
        entry.articles.add(s.articleId);
        entry.statements++;
        byPhrase.set(phrase, entry);
      }
    }
  }
  const ranked = [...byPhrase.entries()]
    .filter(
      ([phrase, e]) =>
        e.articles.size >= (phrase.includes(' ') ? 2 : 3) && (phrase.includes(' ') || phrase.length >= 5),
    )
    // Multi-word phrases name an issue better than single words, so they weigh more.
    .map(([phrase, e]) => ({
      phrase,
      articles: e.articles.size,
      statements: e.statements,
      weight: e.articles.size * (1 + 1.5 * (phrase.split(' ').length - 1)),
    }))
    .sort((a, b) => b.weight - a.weight || b.statements - a.statements || a.phrase.localeCompare(b.phrase));
  const out: TopicSuggestion[] = [];
  for (const r of ranked) {
    if (out.length >= limit) break;
    if (compiled.some((q) => q.matches(r.phrase))) continue; // a topic already covers it
    // Skip a phrase that is part of, or contains, one already proposed with similar reach.
    if (out.some((o) => (o.phrase.includes(r.phrase) || r.phrase.includes(o.phrase)) && o.articles >= r.articles * 0.7))
      continue;
    const query = r.phrase.includes(' ') ? `"${r.phrase}"` : r.phrase;
    out.push({ phrase: r.phrase, query, articles: r.articles, statements: r.statements });
  }
  return out;
}
