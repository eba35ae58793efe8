import { en } from './en';
import type { Lexicon } from './types';

export type { Lexicon } from './types';

const LEXICONS: Record<string, Lexicon> = { en };

/** The lexicon for a language code ("en", "en-GB"); falls back to English. */
export function getLexicon(language?: string | null): Lexicon {
  const code = (language ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  return LEXICONS[code] ?? en;
}
