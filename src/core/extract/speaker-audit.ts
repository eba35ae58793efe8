/**
 * Checks on a predicted speaker name, for the bench audit and the tests (not used by the pipeline itself, so
 * the tests do not just re-run the rule that produced the names).
 *
 *   titleCaseVerbPhrase   "Democrats Lose Court Battle", "Newspaper Says Clinton Needs": a phrase in title
 *                         case with a finite verb in it, i.e. a headline fragment rather than a name
 */

/**
 * Finite verbs that headlines put in title case. Words that are also common nouns or names in title case
 * ("State", "Report", "Win", "Sue", "Will", "March", "May") are left out on purpose.
 */
const HEADLINE_FINITE_VERBS = new Set(
  `is are was were has have had says say said tells told slams slammed blasts rips hits defends explains
explained announces announced endorses endorsed gives gave takes took stands wins loses lose lost beats calls
called warns warned urges urged vows vowed promises promised admits admitted denies denied rejects rejected
claims claimed reveals revealed unveils unveiled responds responded fires fired backs backed praises praised
attacks attacked accuses accused demands demanded threatens threatened jokes joked mocks mocked shreds
destroys torches trolls reacts reacted doubles insists insisted needs wants wanted gets got goes went makes
made leaves left faces faced joins joined meets met pushes pushed raises raised seeks sought signs signed
sues sued votes voted plans planned knows knew thinks thought sees saw comes came turns turned keeps kept
asks asked agrees agreed argues argued suggests suggested blames blamed refuses refused drops dropped quits
`.split(/\s+/),
);

export function titleCaseVerbPhrase(name: string): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length < 2) return false;
  const long = words.filter((w) => w.length > 3);
  if (!long.length || !long.every((w) => /^\p{Lu}/u.test(w))) return false;
  return words.some((w) => /^\p{Lu}/u.test(w) && HEADLINE_FINITE_VERBS.has(w.toLowerCase()));
}
