/**
 * A small language guesser. Texts in a script of their own are named by it (Japanese by its kana, Chinese by Han
 * without kana, Korean by Hangul, Greek, Arabic, Hebrew, Thai); Latin and Cyrillic texts by how many of their
 * tokens are frequent function words of en, fr, de, es, it, pt, nl, ru, pl, cs or tr, taking only a clear winner.
 * Short or mixed texts give null ("unknown") rather than a guess.
 */

export type LanguageCode =
  | 'en'
  | 'fr'
  | 'de'
  | 'es'
  | 'it'
  | 'pt'
  | 'nl'
  | 'ru'
  | 'pl'
  | 'cs'
  | 'tr'
  | 'ja'
  | 'zh'
  | 'ko'
  | 'el'
  | 'ar'
  | 'he'
  | 'th';

type StopwordLanguage = 'en' | 'fr' | 'de' | 'es' | 'it' | 'pt' | 'nl' | 'ru' | 'pl' | 'cs' | 'tr';

/** English names, for messages ("statements are found in English only: this article is in Greek"). */
export const LANGUAGE_NAMES: Record<LanguageCode, string> = {
  en: 'English',
  fr: 'French',
  de: 'German',
  es: 'Spanish',
  it: 'Italian',
  pt: 'Portuguese',
  nl: 'Dutch',
  ru: 'Russian',
  pl: 'Polish',
  cs: 'Czech',
  tr: 'Turkish',
  ja: 'Japanese',
  zh: 'Chinese',
  ko: 'Korean',
  el: 'Greek',
  ar: 'Arabic',
  he: 'Hebrew',
  th: 'Thai',
};

const SCRIPTS: [LanguageCode, RegExp][] = [
  ['ja', /[\p{Script=Hiragana}\p{Script=Katakana}]/gu],
  ['ko', /\p{Script=Hangul}/gu],
  ['zh', /\p{Script=Han}/gu],
  ['el', /\p{Script=Greek}/gu],
  ['ar', /\p{Script=Arabic}/gu],
  ['he', /\p{Script=Hebrew}/gu],
  ['th', /\p{Script=Thai}/gu],
];

/** Characters of Latin, Cyrillic and common punctuation only: no script above can be counted in them. */
const ONLY_LATIN_OR_CYRILLIC = /^[\t\n\r\u0020-\u036F\u0400-\u052F\u1E00-\u1EFF\u2000-\u206F\u20A0-\u20CF]*$/;

/** The language a text's own script gives away, or null for Latin, Cyrillic and mixed texts. */
function languageByScript(sample: string): LanguageCode | null {
  if (ONLY_LATIN_OR_CYRILLIC.test(sample)) return null;
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters < 8) return null;
  const count = (re: RegExp) => (sample.match(re) ?? []).length;
  const kana = count(SCRIPTS[0]![1]);
  // Japanese mixes kana with Han characters: a modest share of kana decides it.
  if (kana / letters > 0.1) return 'ja';
  for (const [lang, re] of SCRIPTS.slice(1)) if (count(re) / letters > 0.4) return lang;
  return null;
}

const STOPWORDS: Record<StopwordLanguage, string> = {
  en: 'the of and to in is that for it was on are with as his they be at by this had not but from have what were which their an has would been its who there will said more also after about',
  fr: 'le la les des du de et est une dans pour qui que pas sur au aux il elle sont avec ce cette par ont mais comme ses leur nous vous été était sera selon lors entre aussi déjà plus',
  de: 'der die das und ist nicht ein eine einen dem den des zu mit sich auf für von im auch es sind wurde wird hat dass bei nach oder wie aus noch einer über vor sagte werden',
  es: 'el la los las de y que en un una es por con para del al se no su lo como más pero sus le ya fue ha este esta son entre cuando también dijo sobre según desde',
  it: 'il lo la gli le di e che in un una è per non con del della dei delle al alla si sono ha come anche più ma nel nella questo questa dopo stato detto essere tra',
  pt: 'o a os as de e que em um uma é para com não do da dos das no na se por mais ao foi como mas seu sua ele ela são também disse entre sobre pelo pela',
  nl: 'de het een en van in is dat op te zijn met voor niet aan er maar ook als bij door wordt werd naar heeft over dan uit nog worden tegen deze hij zij',
  ru: 'и в не на что с по он как а то это к из у за от так же для о но бы был была были его ее она они мы вы при уже или если также заявил после',
  pl: 'i w nie na się z że do to jest o jak ale po co tak za od już przez dla jego jej są być był była było który która które oraz także powiedział lub przed',
  cs: 'a v se na je že s z do to o by jako ale po pro za od už který která které jsou byl byla bylo jeho její také řekl nebo před podle při',
  tr: 've bir bu da de için ile ne çok daha gibi olarak ama sonra kadar olan değil ise en her şey diye dedi yılında ancak göre bakanı',
};

const STOPWORD_LANGUAGES = Object.keys(STOPWORDS) as StopwordLanguage[];
/** Each stopword with one bit per language that has it, so a text's tokens are looked up once. */
const LANGUAGES_OF_WORD = new Map<string, number>();
STOPWORD_LANGUAGES.forEach((lang, bit) => {
  for (const w of STOPWORDS[lang].split(' ')) LANGUAGES_OF_WORD.set(w, (LANGUAGES_OF_WORD.get(w) ?? 0) | (1 << bit));
});

export interface LanguageGuess {
  language: LanguageCode | null;
  scores: Partial<Record<LanguageCode, number>>;
}

export function guessLanguage(text: string): LanguageGuess {
  const sample = text.slice(0, 20000).toLowerCase();
  const scores: Partial<Record<LanguageCode, number>> = {};
  const byScript = languageByScript(sample);
  if (byScript) return { language: byScript, scores: { [byScript]: 1 } };
  const tokens = sample.match(/[\p{L}']+/gu) ?? [];
  if (tokens.length < 8) return { language: null, scores };
  const hits = new Array<number>(STOPWORD_LANGUAGES.length).fill(0);
  for (const t of tokens) {
    const bits = LANGUAGES_OF_WORD.get(t);
    if (bits) for (let b = 0; b < hits.length; b++) if (bits & (1 << b)) hits[b]!++;
  }
  STOPWORD_LANGUAGES.forEach((lang, b) => (scores[lang] = hits[b]! / tokens.length));
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
