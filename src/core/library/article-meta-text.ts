/**
 * The folded metadata (title, outlet, byline, note) of every article as one text, so that the articles whose
 * metadata holds a term are found by a few substring searches over it rather than a test per article (a search
 * in a library of 100,000 articles). Articles are replaced, never mutated, on edit: `refresh` compares objects and
 * rebuilds the text only when one was added, removed or replaced.
 *
 *   const metas = new ArticleMetaText();
 *   metas.refresh(state.articles.values());
 *   for (const i of metas.containing('pipeline')) metas.article(i), metas.folded(i)
 */
import type { ArticleMeta } from '../../shared/model';
import { foldText } from '../query/word-tokens';

/** Cannot be part of a term (terms are words), so no match spans two articles. */
const SEPARATOR = '\u0000';

export class ArticleMetaText {
  private articles: ArticleMeta[] = [];
  private texts: string[] = [];
  private starts = new Float64Array(0);
  private text = '';
  private readonly cache = new WeakMap<ArticleMeta, string>();

  refresh(current: Iterable<ArticleMeta>): void {
    let i = 0;
    let same = true;
    const articles: ArticleMeta[] = [];
    for (const a of current) {
      if (same && this.articles[i] !== a) same = false;
      articles.push(a);
      i++;
    }
    if (same && i === this.articles.length) return;
    this.articles = articles;
    this.texts = articles.map((a) => this.fold(a));
    this.starts = new Float64Array(articles.length);
    let at = 0;
    this.texts.forEach((t, k) => {
      this.starts[k] = at;
      at += t.length + SEPARATOR.length;
    });
    this.text = this.texts.join(SEPARATOR);
  }

  article(i: number): ArticleMeta {
    return this.articles[i]!;
  }

  folded(i: number): string {
    return this.texts[i]!;
  }

  /** The folded metadata of one article (cached by object). */
  fold(a: ArticleMeta): string {
    let text = this.cache.get(a);
    if (text === undefined) {
      text = foldText(`${a.title}\n${a.source ?? ''}\n${a.byline ?? ''}\n${a.note ?? ''}`);
      this.cache.set(a, text);
    }
    return text;
  }

  /** Positions (in `refresh` order, ascending) of the articles whose folded metadata contains the term. */
  containing(term: string): number[] {
    const out: number[] = [];
    if (!term) return out;
    for (let at = this.text.indexOf(term); at >= 0;) {
      const i = this.articleAt(at);
      out.push(i);
      // The next match can only be of a later article.
      const next = i + 1 < this.starts.length ? this.starts[i + 1]! : this.text.length;
      at = this.text.indexOf(term, next);
    }
    return out;
  }

  private articleAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
