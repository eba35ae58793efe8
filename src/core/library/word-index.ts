import { foldedWordTokens } from '../query/word-tokens';

/**
 * An inverted index of folded words: which documents contain a word (or a word starting with a prefix), how
 * often. Words are those of topic queries (word-tokens.ts): "Asia-Pacific" is indexed as asia and pacific.
 */
export class WordIndex {
  private readonly postings = new Map<string, Map<string, number>>();
  private readonly wordsOf = new Map<string, string[]>();

  get size(): number {
    return this.wordsOf.size;
  }

  has(doc: string): boolean {
    return this.wordsOf.has(doc);
  }

  /** Indexes (or re-indexes) a document from text already folded with foldText. */
  add(doc: string, foldedText: string) {
    this.remove(doc);
    const counts = new Map<string, number>();
    for (const w of foldedWordTokens(foldedText)) counts.set(w, (counts.get(w) ?? 0) + 1);
    this.wordsOf.set(doc, [...counts.keys()]);
    for (const [w, n] of counts) {
      let docs = this.postings.get(w);
      if (!docs) this.postings.set(w, (docs = new Map()));
      docs.set(doc, n);
    }
  }

  remove(doc: string) {
    const words = this.wordsOf.get(doc);
    if (!words) return;
    this.wordsOf.delete(doc);
    for (const w of words) {
      const docs = this.postings.get(w);
      docs?.delete(doc);
      if (docs?.size === 0) this.postings.delete(w);
    }
  }

  /** How often each document uses a word starting with the term ("tariff" counts "tariffs" too). */
  counts(term: string): Map<string, number> {
    const out = new Map<string, number>(this.postings.get(term) ?? []);
    for (const [word, docs] of this.postings) {
      if (word.length <= term.length || !word.startsWith(term)) continue;
      for (const [d, n] of docs) out.set(d, (out.get(d) ?? 0) + n);
    }
    return out;
  }

  lookup(term: string): Set<string> {
    return new Set(this.counts(term).keys());
  }

  /** For documents that contain every term: the count of each term, in the order of `terms`. */
  countsAll(terms: string[]): Map<string, number[]> {
    const per = terms.map((t) => this.counts(t));
    const out = new Map<string, number[]>();
    const smallest = [...per].sort((a, b) => a.size - b.size)[0];
    if (!smallest) return out;
    for (const doc of smallest.keys()) {
      const row = per.map((m) => m.get(doc) ?? 0);
      if (row.every((n) => n > 0)) out.set(doc, row);
    }
    return out;
  }

  /** Documents that contain every term. */
  lookupAll(terms: string[]): Set<string> {
    return new Set(this.countsAll(terms).keys());
  }
}
