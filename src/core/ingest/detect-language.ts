/**
 * A small stopword-based language guesser for en, fr, de, es, it, pt, nl and ru. It counts how many tokens of
 * the text are frequent function words of each language and picks the clear winner; short or mixed texts give
 * null ("unknown") rather than a guess.
 */

export type LanguageCode = 'en' | 'fr' | 'de' | 'es' | 'it' | 'pt' | 'nl' | 'ru';

const STOPWORDS: Record<LanguageCode, string> = {
  en: 'the of and to in is that for it was on are with as his they be at by this had not but from have what were which their an has would been its who there will said more also after about',
  fr: 'le la les des du de et est une dans pour qui que pas sur au aux il elle sont avec ce cette par ont mais comme ses leur nous vous été était sera selon lors entre aussi déjà plus',
  de: 'der die das und ist nicht ein eine einen dem den des zu mit sich auf für von im auch es sind wurde wird hat dass bei nach oder wie aus noch einer über vor sagte werden',
  es: 'el la los las de y que en un una es por con para del al se no su lo como más pero sus le ya fue ha este esta son entre cuando también dijo sobre según desde',
  it: 'il lo la gli le di e che in un una è per non con del della dei delle al alla si sono ha come anche più ma nel nella questo questa dopo stato detto essere tra',
  pt: 'o a os as de e que em um uma é para com não do da dos das no na se por mais ao foi como mas seu sua ele ela são também disse entre sobre pelo pela',
  nl: 'de het een en van in is dat op te zijn met voor niet aan er maar ook als bij door wordt werd naar heeft over dan uit nog worden tegen deze hij zij',
  ru: 'и в не на что с по он как а то это к из у за от так же для о но бы был была были его ее она они мы вы при уже или если также заявил после',
};

const SETS = Object.fromEntries(
  (Object.keys(STOPWORDS) as LanguageCode[]).map((k) => [k, new Set(STOPWORDS[k].split(' '))]),
) as Record<LanguageCode, Set<string>>;

export interface LanguageGuess {
  language: LanguageCode | null;
  scores: Partial<Record<LanguageCode, number>>;
}

export function guessLanguage(text: string): LanguageGuess {
  const sample = text.slice(0, 20000).toLowerCase();
  const tokens = sample.match(/[\p{L}']+/gu) ?? [];
  const scores: Partial<Record<LanguageCode, number>> = {};
  if (tokens.length < 8) return { language: null, scores };
  for (const lang of Object.keys(SETS) as LanguageCode[]) {
    const set = SETS[lang];
    let hits = 0;
    for (const t of tokens) if (set.has(t)) hits++;
    scores[lang] = hits / tokens.length;
  }
  const ranked = (Object.entries(scores) as [LanguageCode, number][]).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 0.08) return { language: null, scores };
  if (second && best[1] < second[1] * 1.3) return { language: null, scores };
  return { language: best[0], scores };
}

/** ISO 639-1 code of the text's language, or null when unsure. */
export function detectLanguage(text: string): LanguageCode | null {
  return guessLanguage(text).language;
}
