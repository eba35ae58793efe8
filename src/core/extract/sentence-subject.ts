/**
 * The subject of a sentence, for statements whose own clause does not name the speaker: sentenceSubject (a name
 * or pronoun at the start), participleSubject (the subject a ", saying …" clause hangs off, past an opening
 * subordinate clause), clauseSubject (the whole subject phrase before a speech verb, relative clauses and all) and
 * subjectOfPreviousCue.
 */
import { skipDateline } from './clause-bounds';
import { isAbbrevDot, isCue, isPronoun, isPunct, type Doc, type SpeakerRef } from './doc';
import { genericLeft, leftNP, plainNPLeft, rightNP, skipModsLeft } from './speaker-phrases';
import type { Sentence, Token } from './tokens';
import { CLAUSE_STARTERS, FINITE, NOUN_CUES, PREPS, SUBJ_PRON } from './word-lists';

/** Subject NP at the start of the sentence (for coordinated cues: "X has refused ... and has instead argued"). */
export function sentenceSubject(d: Doc, sent: Sentence, before: number): SpeakerRef | null {
  // "WASHINGTON — Sen. X (R-Iowa) on Wednesday downplayed …, saying …": the dateline is where, never who
  let k = skipDateline(d, sent.t0, before);
  // up to three introductory phrases are skipped ("On Thursday, however, Trump ...",
  // "Chastened by the analyses, as well as ..., Trump revised ...")
  for (let round = 0; round < 4 && k < before; round++) {
    const t = d.toks[k];
    if (!t) return null;
    if (t.q >= 0) return null;
    if (t.word && d.L.subordinators.has(t.lw) && round === 0) return null;
    let j0 = k;
    if (t.word && t.lw === 'the' && d.mStart[k + 1]) j0 = k + 1;
    const m = d.mStart[j0];
    // "At a rally in Portsmouth, N.H., on Tuesday, …": the state closes the introductory phrase
    if (m && isPlaceTail(d, m.r0, m.r1)) {
      const e = d.toks[m.r1]?.w === '.' ? m.r1 + 1 : m.r1;
      if (isPunct(d.toks[e], ',')) {
        k = e + 1;
        continue;
      }
    }
    if (m && !m.poss && !m.roleOnly && m.r1 <= before) return { kind: 'mention', m, t0: m.r0, t1: m.r1 };
    if (t.word && (t.lw === 'he' || t.lw === 'she' || t.lw === 'they' || t.lw === 'we' || t.lw === 'i')) {
      return { kind: 'pronoun', tok: k, t0: k, t1: k + 1 };
    }
    // modifiers before a name: "Chinese foreign ministry spokeswoman Hua Chunying shot back"
    for (let j = k; j < k + 6 && j < before; j++) {
      const u = d.toks[j] as Token;
      // a capitalised cue word is part of a name ("Iowa State University's Ada Lind")
      if (!u.word || u.q >= 0 || FINITE.has(u.lw) || (d.L.cues.has(u.lw) && !u.cap) || PREPS.has(u.lw)) break;
      const mm = d.mStart[j];
      if (j > k && mm && !mm.poss && !mm.roleOnly && mm.actor && mm.actor.type === 'person') {
        return { kind: 'mention', m: mm, t0: k, t1: mm.r1 };
      }
    }
    // a determiner-led phrase up to the verb: "The diocese issued", "two Democratic speechwriters implored"
    let introComma = false;
    if (t.word && (d.L.determiners.has(t.lw) || /^\d/.test(t.w))) {
      for (let j = k + 1; j < k + 7 && j < before; j++) {
        const u = d.toks[j] as Token;
        // "The day before, Marr said …": a short time phrase closed by a comma introduces the clause
        if (isPunct(u, ',') && u.q < 0 && j < k + 4 && isTimeWord(d, (d.toks[j - 1] as Token).lw)) {
          introComma = true;
          break;
        }
        if (!u.word || u.q >= 0) break;
        const looksVerb = FINITE.has(u.lw) || d.L.modifiers.has(u.lw) || (/(ed|s)$/.test(u.lw) && j > k + 1 && !u.cap);
        if (looksVerb) {
          const np = plainNPLeft(d, j - 1, k) ?? genericLeft(d, j - 1, k);
          return np;
        }
      }
      if (!introComma) return null;
    }
    // otherwise an introductory phrase: continue after its comma
    let next = -1;
    for (let j = k + 1; j < Math.min(before, k + 16); j++) {
      const u = d.toks[j] as Token;
      if (u.q >= 0 && u.mark !== 2) break;
      if (isPunct(u, ',')) {
        next = j + 1;
        break;
      }
      if (isPunct(u, '.;:')) break;
    }
    if (next < 0) return null;
    // "In Birmingham, Alabama, on Saturday, …": the state after a place in an opening phrase is part of it
    const state = d.mStart[next];
    if (t.word && PREPS.has(t.lw) && state && isPunct(d.toks[state.r1], ',') && state.actor?.type !== 'person')
      k = state.r1 + 1;
    else k = next;
    // "however," and similar adverbs between commas
    const h = d.toks[k];
    if (
      h &&
      h.word &&
      (h.lw === 'however' || h.lw === 'meanwhile' || h.lw === 'though' || h.lw === 'too') &&
      isPunct(d.toks[k + 1], ',')
    )
      k += 2;
  }
  return null;
}

/**
 * The subject a participle clause at `i` hangs off ("Trump mocked her, saying …"): the sentence subject; after an
 * opening subordinate clause ("While touring …, Marr mocked …"), or inside it when the participle is ("When Marr
 * answered by asserting …, …"); else a role phrase led by a determiner ("The senator left no doubt, saying …").
 */
export function participleSubject(d: Doc, whole: Sentence, i: number): SpeakerRef | null {
  // "— Cruz called them on it: “…”": a dash that opens the sentence is not part of its subject
  const sent = isPunct(d.toks[whole.t0], '—–') && whole.t0 + 1 < i ? { ...whole, t0: whole.t0 + 1 } : whole;
  // "Asked whether …, Mr. Smith shot back: …", "Appearing before supporters, Suu Kyi said …": past the participle
  // clause that opens the sentence
  const comma = openingParticipleComma(d, sent, i);
  const past = comma >= 0 ? (sentenceSubject(d, { ...sent, t0: comma + 1 }, i) ?? roleSubject(d, comma + 1, i)) : null;
  if (past) return past;
  const first = sent.t0 < i ? sentenceSubject(d, sent, i) : null;
  if (first) return first;
  let from = sent.t0;
  const t = d.toks[from] as Token;
  if (t.word && t.q < 0 && d.L.subordinators.has(t.lw)) {
    let comma = -1;
    for (let j = from + 2; j < sent.t1 && j < from + 30; j++) {
      const u = d.toks[j] as Token;
      if (u.q >= 0) continue;
      if (isPunct(u, ',')) {
        comma = j;
        break;
      }
    }
    from = comma < 0 || comma > i ? from + 1 : comma + 1;
    const inner = from < i ? sentenceSubject(d, { ...sent, t0: from }, i) : null;
    if (inner) return inner;
  }
  return roleSubject(d, from, i);
}

/** The comma closing a participle clause that opens the sentence, before token i; -1 when it opens with none. */
function openingParticipleComma(d: Doc, sent: Sentence, i: number): number {
  const t = d.toks[sent.t0];
  if (!t?.word || t.q >= 0 || d.mStart[sent.t0] || t.lw.length < 5 || !/(?:ing|ed)$/.test(t.lw)) return -1;
  for (let j = sent.t0 + 2; j < i && j < sent.t0 + 30; j++) {
    const u = d.toks[j] as Token;
    if (u.q >= 0) return -1;
    if (isPunct(u, ',')) return j;
  }
  return -1;
}

/** "The senator left …", "his mother refused …": a determiner, modifiers and a person noun, then a lower-case verb. */
function roleSubject(d: Doc, k: number, before: number): SpeakerRef | null {
  const t = d.toks[k] as Token | undefined;
  if (!t || !t.word || t.q >= 0 || !d.L.determiners.has(t.lw)) return null;
  for (let j = k + 1; j < k + 6 && j + 1 < before; j++) {
    const u = d.toks[j] as Token;
    if (!u.word || u.q >= 0 || PREPS.has(u.lw)) return null;
    if (!(d.L.roles.has(u.lw) || d.L.personNouns.has(u.lw))) continue;
    const n = d.toks[j + 1] as Token;
    if (!n.word || n.q >= 0 || n.cap || PREPS.has(n.lw) || n.lw === 'and' || n.lw === 'or') continue;
    if (d.L.roles.has(n.lw) || d.L.personNouns.has(n.lw) || d.L.generic.has(n.lw)) continue;
    return genericLeft(d, j, k);
  }
  return null;
}

const TIME_NOUN = /^(day|week|month|year|morning|afternoon|evening|night|weekend|before|earlier|later|time)s?$/;

function isTimeWord(d: Doc, w: string): boolean {
  return TIME_NOUN.test(w) || d.L.time.has(w);
}

/** Tokens [t0, t1) end in a place written as a dateline writes it ("N.C.", "Wilmington, N.C."): where, never who. */
export function isPlaceTail(d: Doc, t0: number, t1: number): boolean {
  const last = d.toks[t1 - 1] as Token | undefined;
  if (!last || t1 <= t0) return false;
  const abbr = d.L.lex.placeAbbreviations;
  return abbr.includes(last.lw) || (d.toks[t1]?.w === '.' && abbr.includes(`${last.lw}.`));
}

/** The speaker of the closest speech verb before token c in the sentence ("she said, adding, …"). */
/** "a state senator", "a former state party chairman": a speech verb's word after a determiner is a noun. */
function inNounPhrase(d: Doc, k: number): boolean {
  const p = d.toks[k - 1];
  const pp = d.toks[k - 2];
  if (!p?.word) return false;
  if (d.L.determiners.has(p.lw)) return true;
  // "a former state party chairman": an adjective before it and a noun after it ("his aides say it …" is a verb)
  const n = d.toks[k + 1];
  const nounAfter =
    !!n?.word &&
    !n.cap &&
    !d.L.determiners.has(n.lw) &&
    !isPronoun(d, n) &&
    !PREPS.has(n.lw) &&
    !CLAUSE_STARTERS.has(n.lw) &&
    !d.L.cues.has(n.lw);
  return nounAfter && !p.cap && !!pp?.word && d.L.determiners.has(pp.lw) && !d.L.cues.has(p.lw) && !isPronoun(d, p);
}

export function subjectOfPreviousCue(d: Doc, c: number, floor: number): SpeakerRef | null {
  for (let k = c - 2; k >= floor; k--) {
    const t = d.toks[k] as Token;
    if (!isCue(d, t) || t.lw.endsWith('ing') || inNounPhrase(d, k)) continue;
    const left = leftNP(d, skipModsLeft(d, k - 1, floor), floor);
    if (left) return left;
    return rightNP(d, k + 1, c);
  }
  return null;
}

/** Determiners that stand for people on their own ("Another said", "Several say", "Many agreed"). */
const PRONOUN_DETERMINERS = new Set([
  'another',
  'several',
  'many',
  'some',
  'both',
  'all',
  'most',
  'few',
  'one',
  'others',
]);

/** Conjunctions and adverbs that open a sentence before its subject without a comma. */
const OPENING_ADVERBS = new Set(['and', 'but', 'yet', 'so', 'still', 'now', 'instead', 'meanwhile', 'also']);

/** Words that open a relative clause or a modifier inside a subject ("people who …", "friends of X, who …"). */
const RELATIVE_OPENERS = new Set(['who', 'whom', 'whose', 'which', 'that']);

/**
 * The whole subject of a clause that ends at `before` with the speech verb at `before + 1`: "The deputy head of
 * the delegation to the forum said …", "People with direct knowledge of the plan said …", "Paul Berg, a driver
 * from Ostvale, who …, said …". The clause starts at the sentence start (after introductory phrases ending in a
 * comma) and its head phrase holds no finite verb; from a relative pronoun, a bracket or a comma on, the
 * subject's modifiers may hold anything up to the verb. Null when the clause does not read as a subject.
 */
export function clauseSubject(d: Doc, sent: Sentence, before: number): SpeakerRef | null {
  if (before < sent.t0 || before - sent.t0 > 40) return null;
  // the word before the verb ends a noun phrase: not "… failed to predict", "… or asks", "… which said"
  const b = d.toks[before] as Token;
  // … except a noun that doubles as a speech verb ("One tweet said")
  if (b.word && (PREPS.has(b.lw) || CLAUSE_STARTERS.has(b.lw) || (isCue(d, b) && !NOUN_CUES.has(b.lw)))) return null;
  // a determiner ends the subject only when it stands alone for a person ("Another said", "Several say")
  const alone = PRONOUN_DETERMINERS.has(b.lw) && clauseStart(d, sent, before) === before;
  const perCount = d.toks[before - 1]?.lw === 'in'; // "Two in three said"
  if (b.word && d.L.determiners.has(b.lw) && !alone && !perCount) return null;
  if (b.word && (b.lw === 'and' || b.lw === 'or' || RELATIVE_OPENERS.has(b.lw))) return null;
  const k = clauseStart(d, sent, before);
  const first = d.toks[k] as Token | undefined;
  if (!first || k > before || !first.word || first.q >= 0) return null;
  if (PREPS.has(first.lw) || d.L.subordinators.has(first.lw) || CLAUSE_STARTERS.has(first.lw)) return null;
  if (SUBJ_PRON.has(first.lw) || isCue(d, first)) return null;
  // the head phrase: up to a relative pronoun, a bracket or a comma, with no finite verb or speech verb
  let headEnd = before + 1;
  for (let j = k; j <= before; j++) {
    const u = d.toks[j] as Token;
    if (u.q >= 0) return null;
    if (isPunct(u, ',(—–') || (u.word && RELATIVE_OPENERS.has(u.lw) && j > k)) {
      headEnd = j;
      break;
    }
    if (!u.word) {
      if (isPunct(u, '.;:!?') && !(u.w === '.' && isAbbrevDot(d, j))) return null;
      continue;
    }
    if (FINITE.has(u.lw) || (isCue(d, u) && !NOUN_CUES.has(u.lw)) || (j > k && d.L.modifiers.has(u.lw) && !u.cap))
      return null;
    // a verb with its object ("The council voted 6-1 for …", "… and chastised Snyder"): a clause, not a subject
    const n = d.toks[j + 1];
    if (j > k && !u.cap && /ed$/.test(u.lw) && n && (d.L.determiners.has(n.lw) || /^\d/.test(n.w) || !!d.mStart[j + 1]))
      return null;
  }
  if (headEnd - k > 12) return null;
  const m = d.mStart[k] ?? (d.L.titles.has(first.lw) || first.lw === 'the' ? d.mStart[k + 1] : undefined);
  // a name heads the subject only when it fills the head phrase ("Paul Berg, a driver …"), not "Text messages …"
  if (m && !m.poss && !m.roleOnly && m.actor && m.actor.type !== 'other' && m.r1 === headEnd)
    return { kind: 'mention', m, t0: k, t1: before + 1 };
  const last = d.toks[headEnd - 1] as Token;
  if (!last.word && last.w !== '%') return null;
  // the head noun: the last word before a preposition ("head of the delegation"), else the last word
  let head = last.lw;
  for (let j = k + 1; j < headEnd; j++) {
    const u = d.toks[j] as Token;
    if (u.word && PREPS.has(u.lw)) {
      head = (d.toks[j - 1] as Token).lw;
      break;
    }
  }
  return {
    kind: 'np',
    label: d.text.slice(first.s, last.e),
    head,
    definite: first.lw === 'the',
    t0: k,
    t1: headEnd,
    subject: true,
  };
}

/** The first token of the sentence's main clause: after introductory words and phrases closed by a comma. */
function clauseStart(d: Doc, sent: Sentence, before = sent.t1): number {
  let k = sent.t0;
  // "…; 26% say they are conservative": a semicolon opens a clause of its own
  for (let j = before - 1; j > sent.t0; j--) {
    const u = d.toks[j] as Token;
    if (u.q < 0 && isPunct(u, ';')) {
      k = j + 1;
      break;
    }
  }
  // "Still,", "And yet,", "In Britain,", "Of those surveyed,"
  for (let round = 0; round < 3; round++) {
    const t = d.toks[k] as Token;
    if (!t.word || t.q >= 0) break;
    if (!(t.lw === 'and' || t.lw === 'but' || PREPS.has(t.lw) || d.L.starters.has(t.lw) || !t.cap)) break;
    let comma = -1;
    for (let j = k; j < sent.t1 && j < k + 8; j++) {
      const u = d.toks[j] as Token;
      if (u.q >= 0 || FINITE.has(u.lw) || isCue(d, u)) break;
      if (isPunct(u, ',')) {
        comma = j;
        break;
      }
    }
    if (comma < 0) break;
    k = comma + 1;
  }
  // "And the mayor said …", "Yet some voters say …": a conjunction or sentence adverb opens the clause
  while (k < sent.t1 && OPENING_ADVERBS.has((d.toks[k] as Token).lw)) k++;
  return k;
}
