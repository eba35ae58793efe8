/**
 * The warnings an import summary shows for an article that did import: near-empty text, no date, no statements,
 * a low-confidence charset, a language extraction does not read yet (it reads English). One short line each.
 */
import type { IngestedArticle } from './types';
import { countWords } from './word-count';
import { LANGUAGE_NAMES, type LanguageCode } from './detect-language';

/** Fewer words than this is "very little text" (an article with fewer than three is refused outright). */
export const FEW_WORDS = 20;

export function summaryWarnings(
  doc: Pick<IngestedArticle, 'body' | 'warnings' | 'language'>,
  statements: number,
): string[] {
  const out: string[] = [];
  const words = countWords(doc.body, FEW_WORDS);
  if (words < FEW_WORDS) out.push(`very little text (${words} word${words === 1 ? '' : 's'})`);
  if (doc.warnings.includes('no publication date found')) out.push('no date found');
  for (const w of doc.warnings) if (w.startsWith('low-confidence charset')) out.push(w);
  const lang = doc.language && doc.language !== 'en' ? doc.language : null;
  const name = lang ? (LANGUAGE_NAMES[lang as LanguageCode] ?? lang) : null;
  if (name) out.push(`language not supported by extraction yet (${name}): statements are found in English text only`);
  if (statements === 0 && !name) out.push('no statements found');
  return out;
}
