/**
 * PDF metadata heuristics, applied around finishArticle by the PDF reader:
 *  - a title "Headline | Site Name" (the properties of a page printed from a browser) is the headline, and the
 *    site name is the outlet when the text names none;
 *  - a byline and a date printed near the headline (the lines under it) come first, through finishArticle's
 *    header lines;
 *  - the document properties (Author) are the last resort and marked "pdf properties".
 * The creation date stays with the reader, which knows whether a browser printed the file.
 */
import type { IngestedArticle } from './types';
import { finishArticle, type ArticleDraft, type FinishContext } from './article';
import { cleanInline } from './normalise';
import { splitSiteSuffix } from './header-lines';

export { splitSiteSuffix };

const fold = (s: string): string =>
  cleanInline(s)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** finishArticle for a PDF: the headline's site suffix split off, the text's byline and date before the properties'. */
export function finishPdfArticle(draft: ArticleDraft, propsTitle: string | null, ctx: FinishContext): IngestedArticle {
  const origins = { ...(draft.origins ?? {}) };
  const author = origins.byline === 'pdf properties' ? (draft.byline ?? null) : null;
  let site: string | null = null;
  let title = draft.title ?? null;
  if (title) {
    const split = splitSiteSuffix(title);
    if (split.site) {
      title = split.headline;
      site = split.site;
    }
  }
  // The heading won over the properties; their title may still carry the site after the same headline.
  if (propsTitle && !site) {
    const split = splitSiteSuffix(propsTitle);
    if (split.site && title && fold(split.headline) === fold(title)) site = split.site;
  }
  if (author) delete origins.byline;
  const article = finishArticle({ ...draft, title, byline: author ? null : draft.byline, origins }, ctx);
  if (!article.source && site) {
    article.source = site;
    article.origins.source = 'pdf properties (title suffix)';
  }
  if (!article.byline && author) {
    article.byline = author;
    article.origins.byline = 'pdf properties';
  }
  return article;
}
