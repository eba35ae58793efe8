/** Closed-class English word lists shared by the phrase and clause finders. */

/** A set of the space-separated words in `words`. */
export function wordSet(words: string): Set<string> {
  return new Set(words.split(' '));
}

export const PREPS = wordSet('for of at from with in on to by');

export const CLAUSE_STARTERS = wordSet('that if whether how why what when where who which');

export const FINITE = wordSet(
  "is are was were will would can could should must may might has have had did does do be been isn’t wasn’t won’t can’t didn’t doesn’t hasn’t haven’t wouldn’t couldn’t shouldn’t isn't wasn't won't can't didn't doesn't hasn't haven't wouldn't couldn't shouldn't aren’t aren't weren’t weren't",
);

export const SUBJ_PRON = wordSet('he she they i we it you there');

/** Reporting verbs that take a to-infinitive as their content ("vowed to repeal ..."). */
export const INF_VERBS = wordSet(
  'promise promises promised promising pledge pledges pledged pledging vow vows vowed vowing propose proposes proposed urge urges urged ask asks asked threaten threatened threatens agree agreed refuse refused refuses claim claims claimed offer offered offers demand demanded',
);

export const SAY_FORMS = wordSet('say says said saying tell tells told telling');

/** Speech verbs that are also nouns inside a source phrase ("a pool report", "the state Division of …"). */
export const NOUN_CUES = wordSet(
  'state report reports statement statements claim claims estimate estimates post tweet tweets release poll polls survey note notes',
);

/** Words that count a group: "most of the voters", "two in three Republicans", "half of them". */
const QUANTIFIERS = wordSet(
  'most many some several few half all none each both majority minority plurality one two three four five six seven eight nine ten dozens hundreds thousands percent',
);

/** A counting word: a quantifier, a number or a fraction ("Two-thirds", "40", "one-third"). */
export function isQuantifier(lw: string): boolean {
  return QUANTIFIERS.has(lw) || /^\d/.test(lw) || /^[a-z]+-(thirds?|quarters?|fifths?|halves|half)$/.test(lw);
}
