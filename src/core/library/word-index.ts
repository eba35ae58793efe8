import { wordTokens } from '../query/topic-query';

/** An inverted index of folded words: which documents contain a word, or a word starting with a prefix. */
export class WordIndex {
  private readonly postings = new Map<string, Set<string>>();
  private readonly wordsOf = new Map<string, string[]>();

  get size(): number {
    return this.wordsOf.size;
  }

  has(doc: string): boolean {
    return this.wordsOf.has(doc);
  }

  add(doc: string, foldedText: string) {
    this.remove(doc);
    const words = [...new Set(wordTokens(foldedText))];
    this.wordsOf.set(doc, words);
    for (const w of words) {
      let set = this.postings.get(w);
      if (!set) this.postings.set(w, (set = new Set()));
      set.add(doc);
    }
  }

  remove(doc: string) {
    const words = this.wordsOf.get(doc);
    if (!words) return;
    this.wordsOf.delete(doc);
    for (const w of words) {
      const set = this.postings.get(w);
      set?.delete(doc);
      if (set?.size === 0) this.postings.delete(w);
    }
  }

  docs(): IterableIterator<string> {
    return this.wordsOf.keys();
  }

  /** Documents with a word that starts with the term ("tariff" finds "tariffs"), as search matching does. */
  lookup(term: string): Set<string> {
    const exact = this.postings.get(term);
    const out = new Set<string>(exact ?? []);
    for (const [word, set] of this.postings) {
      if (word.length > term.length && word.startsWith(term)) for (const d of set) out.add(d);
    }
    return out;
  }

  /** Documents that contain every term. */
  lookupAll(terms: string[]): Set<string> {
    const [first, ...rest] = [...terms].sort((a, b) => b.length - a.length);
    if (first === undefined) return new Set();
    let result = this.lookup(first);
    for (const t of rest) {
      if (result.size === 0) break;
      const hits = this.lookup(t);
      result = new Set([...result].filter((d) => hits.has(d)));
    }
    return result;
  }
}
