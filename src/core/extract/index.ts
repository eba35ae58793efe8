/**
 * Statement extraction: direct quotes and reported speech with their speakers.
 *
 * Pure, synchronous and deterministic. Pipeline:
 *   1. quotation spans, tokens, sentences (tokens.ts)
 *   2. name mentions and actors (actors.ts)
 *   3. candidate statements with an unresolved speaker reference (direct: marks + nearby cue;
 *      indirect: cue verb frames such as "X said that ...", "..., X said", "according to X")
 *   4. speaker resolution in text order (names -> canonical actor, pronouns and role nouns ->
 *      the most salient compatible actor, anonymous sources -> a generic label)
 */
import type { ActorType } from '../../shared/model';
import type { ExtractInput, ExtractedActor, ExtractedStatement, ExtractionResult } from './types';
import { getLexicon } from './lexicon';
import { buildActors, findMentions, lexSets, promoteSpeakers, type Actor, type LexSets, type Mention } from './actors';
import {
  assignQuotes,
  findQuotes,
  paragraphStarts,
  segment,
  tokenize,
  type QuoteSpan,
  type Sentence,
  type Token,
} from './tokens';

export type { ExtractInput, ExtractedActor, ExtractedStatement, ExtractionResult } from './types';

/** An unresolved reference to whoever spoke. */
type SpeakerRef =
  | { kind: 'mention'; m: Mention; t0: number; t1: number }
  | { kind: 'pronoun'; tok: number; t0: number; t1: number }
  | { kind: 'np'; label: string; head: string; definite: boolean; t0: number; t1: number }
  | { kind: 'label'; text: string; t0: number; t1: number };

interface Candidate {
  start: number;
  end: number;
  kind: 'direct' | 'indirect';
  mixed: boolean;
  cue: string;
  ref: SpeakerRef | null;
  /** how the speaker was found; drives confidence */
  how:
    | 'after'
    | 'before'
    | 'post'
    | 'pre'
    | 'according'
    | 'continuation'
    | 'paragraph'
    | 'none'
    | 'participle'
    | 'fragment';
  quote: number;
  sent: number;
  /** used when no earlier statement in the sentence gives the speaker */
  fallbackRef?: SpeakerRef | null;
  /** resolved */
  speaker: Actor | null;
  label: string | null;
  conf: number;
}

interface Doc {
  text: string;
  L: LexSets;
  toks: Token[];
  sents: Sentence[];
  quotes: QuoteSpan[];
  quoteTok: { first: number; last: number }[];
  mentions: Mention[];
  mStart: (Mention | undefined)[];
  mEnd: (Mention | undefined)[];
  actors: Actor[];
  fullQuote: boolean[];
  /** name mentions per sentence, in text order */
  sentMentions: Mention[][];
}

const PREPS = new Set(['for', 'of', 'at', 'from', 'with', 'in', 'on', 'to', 'by']);
const CLAUSE_STARTERS = new Set(['that', 'if', 'whether', 'how', 'why', 'what', 'when', 'where', 'who', 'which']);
const FINITE = new Set(
  "is are was were will would can could should must may might has have had did does do be been isn’t wasn’t won’t can’t didn’t doesn’t hasn’t haven’t wouldn’t couldn’t shouldn’t isn't wasn't won't can't didn't doesn't hasn't haven't wouldn't couldn't shouldn't aren’t aren't weren’t weren't".split(
    ' ',
  ),
);
/** Reporting verbs that take a to-infinitive as their content ("vowed to repeal ..."). */
const INF_VERBS = new Set(
  'promise promises promised promising pledge pledges pledged pledging vow vows vowed vowing propose proposes proposed urge urges urged ask asks asked threaten threatened threatens agree agreed refuse refused refuses claim claims claimed offer offered offers demand demanded'.split(
    ' ',
  ),
);
/** Things that speak for their owner ("her statement said"). */
const DOC_NOUNS = new Set(
  'statement letter tweet tweets post website book memoir essay column speech remarks ad op-ed blog account spokesman spokeswoman spokesperson lawyer attorney office'.split(
    ' ',
  ),
);
/** "PENCE: Well, ..." speaker tags at the start of a transcript paragraph. */
const TRANSCRIPT_RE = /^((?:[A-Z][A-Z'’.-]+)(?: [A-Z][A-Z'’.-]+){0,2}):\s/;
/** Confidence prior per statement frame (kind:how). */
const CONF_PRIOR: Record<string, number> = {
  'direct:after': 0.93,
  'direct:before': 0.82,
  'direct:continuation': 0.84,
  'direct:paragraph': 0.5,
  'direct:none': 0.25,
  'direct:fragment': 0.3,
  'direct:pre': 0.55,
  'direct:post': 0.6,
  'direct:according': 0.6,
  'direct:participle': 0.5,
  'indirect:pre': 0.62,
  'indirect:post': 0.7,
  'indirect:according': 0.62,
  'indirect:participle': 0.72,
};
/** Reporting verbs that are also common nouns; they need a clause starter or a finite verb soon after. */
const NOUNISH_CUES = new Set(
  'state states report reports promise promises claim claims estimate estimates post tweet tweets vow vows pledge pledges reveal warning'.split(
    ' ',
  ),
);
/** Reporting verbs whose content may be a noun phrase ("announced plans to ..."). */
const NP_CONTENT = new Set(
  'announced announces proposed proposes promised promises pledged pledges suggested suggests revealed reveals acknowledged acknowledges urged urges recommended'.split(
    ' ',
  ),
);
const SAY_FORMS = new Set(['say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling']);
const SUBJ_PRON = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you', 'there']);

/** A full stop that belongs to an abbreviation or initial ("Mr.", "J."). */
function isAbbrevDot(d: Doc, k: number): boolean {
  const p = d.toks[k - 1];
  const t = d.toks[k] as Token;
  if (!p || !p.word || p.e !== t.s) return false;
  return d.L.abbreviations.has(p.lw) || d.L.titles.has(p.lw) || (p.w.length === 1 && p.cap);
}

function isPunct(t: Token | undefined, chars: string): boolean {
  return !!t && !t.word && chars.includes(t.w);
}

function isPronoun(d: Doc, t: Token | undefined): boolean {
  if (!t || !t.word) return false;
  const L = d.L;
  return (
    L.pronounMale.has(t.lw) ||
    L.pronounFemale.has(t.lw) ||
    L.pronounPlural.has(t.lw) ||
    L.pronounFirst.has(t.lw) ||
    t.lw === 'it'
  );
}

function isCue(d: Doc, t: Token | undefined): boolean {
  return !!t && t.word && t.q < 0 && d.L.cues.has(t.lw);
}

function nounHead(d: Doc, lw: string): boolean {
  const L = d.L;
  if (L.generic.has(lw) || L.roles.has(lw)) return true;
  if (lw.endsWith('s') && (L.generic.has(lw.slice(0, -1)) || L.roles.has(lw.slice(0, -1)))) return true;
  return false;
}

/** Skip adverbs / auxiliaries leftwards from i; returns the new index. */
function skipModsLeft(d: Doc, i: number, floor: number): number {
  let k = i;
  let n = 0;
  while (k >= floor && n < 4) {
    const t = d.toks[k] as Token;
    if (t.word && ((!t.cap && (d.L.modifiers.has(t.lw) || t.lw.endsWith('ly'))) || d.L.time.has(t.lw))) {
      k--;
      n++;
      continue;
    }
    if (t.word && t.lw === 'not') {
      k--;
      n++;
      continue;
    }
    break;
  }
  return k;
}

function skipModsRight(d: Doc, i: number, ceil: number): number {
  let k = i;
  let n = 0;
  while (k < ceil && n < 4) {
    const t = d.toks[k] as Token;
    if (t.word && !t.cap && (d.L.modifiers.has(t.lw) || t.lw.endsWith('ly'))) {
      k++;
      n++;
      continue;
    }
    break;
  }
  return k;
}

/** A generic noun phrase ending at token i (walking left). */
function genericLeft(d: Doc, i: number, floor: number): SpeakerRef | null {
  const t = d.toks[i];
  if (!t || !t.word || t.q >= 0) return null;
  let j = i;
  let n = 0;
  let definite = false;
  let start = i;
  while (j >= floor && n < 8) {
    const u = d.toks[j] as Token;
    if (!u.word || u.q >= 0) break;
    if (d.L.cues.has(u.lw) && j !== i) break;
    if (FINITE.has(u.lw) || SUBJ_PRON.has(u.lw)) break;
    start = j;
    n++;
    if (d.L.determiners.has(u.lw)) {
      definite = u.lw === 'the' || u.lw === 'this' || u.lw === 'that';
      const p = d.toks[j - 1];
      const pp = d.toks[j - 2];
      if (
        p &&
        pp &&
        j - 2 >= floor &&
        p.word &&
        PREPS.has(p.lw) &&
        pp.word &&
        pp.q < 0 &&
        (p.lw === 'for' || p.lw === 'of' || p.lw === 'at' || p.lw === 'with' || p.lw === 'from')
      ) {
        j -= 2;
        n++;
        continue;
      }
      break;
    }
    if (u.poss && j !== i) {
      // "the campaign's spokesman" -> keep walking, possessor is part of the NP
    }
    j--;
  }
  // head: word before the first preposition, else the last word
  let head = t.lw;
  for (let k = start; k <= i; k++) {
    const u = d.toks[k] as Token;
    if (u.word && PREPS.has(u.lw) && k > start) {
      head = (d.toks[k - 1] as Token).lw;
      break;
    }
  }
  if (!nounHead(d, head)) return null;
  const label = d.text.slice((d.toks[start] as Token).s, t.e);
  return { kind: 'np', label, head, definite, t0: start, t1: i + 1 };
}

/** Speaker noun phrase ending at token i. */
function leftNP(d: Doc, i: number, floor: number, depth = 0): SpeakerRef | null {
  const t = d.toks[i];
  if (!t || i < floor || t.q >= 0) return null;
  if (t.word && isPronoun(d, t) && !t.poss) {
    if (t.lw === 'him' || t.lw === 'her' || t.lw === 'them') return null;
    return { kind: 'pronoun', tok: i, t0: i, t1: i + 1 };
  }
  if (t.word && t.lw === 'who' && depth === 0) {
    let j = i - 1;
    if (isPunct(d.toks[j], ',')) j--;
    return leftNP(d, j, floor, depth + 1);
  }
  const m = d.mEnd[i];
  if (m && !m.poss && !m.roleOnly && m.actor && depth === 0) {
    // "Grassley and Leahy said": both speak
    const and = d.toks[m.r0 - 1];
    const other = d.mEnd[m.r0 - 2];
    if (
      and &&
      and.lw === 'and' &&
      other &&
      other.actor &&
      !other.poss &&
      !other.roleOnly &&
      other.r0 >= floor &&
      other.actor !== m.actor
    ) {
      const label = `${other.actor.name} and ${m.actor.name}`;
      return { kind: 'np', label, head: 'and', definite: false, t0: other.r0, t1: m.r1 };
    }
  }
  if (m && !m.poss && !m.roleOnly && m.actor && m.actor.type !== 'person' && m.actor.type !== 'organisation') {
    // "Senator Ted Cruz of Texas said": the place qualifies the person before it
    const of = d.toks[m.r0 - 1];
    const person = d.mEnd[m.r0 - 2];
    if (of && of.lw === 'of' && person && person.actor && person.actor.type === 'person' && person.r0 >= floor) {
      return { kind: 'mention', m: person, t0: person.r0, t1: m.r1 };
    }
  }
  if (m && !m.poss) {
    if (m.roleOnly) {
      const head = (d.toks[m.r1 - 1] as Token).lw;
      return { kind: 'np', label: d.text.slice(m.s, m.e), head, definite: true, t0: m.r0, t1: m.r1 };
    }
    return { kind: 'mention', m, t0: m.r0, t1: m.r1 };
  }
  if (isPunct(t, ',') && depth < 2) {
    // "X, the foreign minister, said" / "the foreign minister, X, said" / "X, meanwhile, who ..., said"
    const commas: number[] = [];
    for (let k = i - 1, n = 0; k >= floor && n < 45 && commas.length < 4; k--, n++) {
      const u = d.toks[k] as Token;
      if (u.q >= 0 && u.mark !== 2) break;
      if (isPunct(u, '.;:')) break;
      if (isPunct(u, ',')) commas.push(k);
    }
    if (commas.length) {
      const k0 = commas[0] as number;
      const inner = d.mStart[k0 + 1];
      if (inner && inner.r1 === i && !inner.roleOnly && !inner.poss)
        return { kind: 'mention', m: inner, t0: k0 + 1, t1: i };
      for (const k of commas) {
        const m = d.mEnd[k - 1];
        const nx = d.toks[k + 1];
        const appos =
          !!nx && nx.word && (!nx.cap || d.L.determiners.has(nx.lw) || nx.lw === 'who' || nx.poss || /^\d/.test(nx.w));
        if (m && appos && !m.poss && !m.roleOnly && m.actor && m.actor.type !== 'other')
          return { kind: 'mention', m, t0: m.r0, t1: i };
      }
      const before = leftNP(d, k0 - 1, floor, depth + 1);
      if (before && (before.kind === 'mention' || before.kind === 'np')) return { ...before, t1: i } as SpeakerRef;
      if (before) return before;
    }
    // "Sen. Jack Reed (D-R.I.), said": a lone comma after a bracket
    if (isPunct(d.toks[i - 1], ')')) return leftNP(d, i - 1, floor, depth + 1);
    return null;
  }
  if (isPunct(t, ')')) {
    let k = i - 1;
    while (k >= floor && k > i - 12 && !isPunct(d.toks[k], '(')) k--;
    if (isPunct(d.toks[k], '(')) return leftNP(d, k - 1, floor, depth + 1);
    return null;
  }
  if (t.word) return genericLeft(d, i, floor) ?? plainNPLeft(d, i, floor);
  return null;
}

/**
 * Any short determiner-led noun phrase ending at i ("the airline", "One in five", "The 57-year-old
 * scientist"): a generic source label. Only the words of a plain NP are allowed.
 */
function plainNPLeft(d: Doc, i: number, floor: number): SpeakerRef | null {
  let j = i;
  let start = -1;
  for (let n = 0; j >= floor && n < 6; n++, j--) {
    const u = d.toks[j] as Token;
    if (u.q >= 0) return null;
    if (!u.word) {
      if (u.w === '-' && j !== i) continue;
      break;
    }
    if (
      FINITE.has(u.lw) ||
      SUBJ_PRON.has(u.lw) ||
      d.L.cues.has(u.lw) ||
      CLAUSE_STARTERS.has(u.lw) ||
      d.L.subordinators.has(u.lw)
    )
      break;
    if (j !== i && (u.lw === 'and' || u.lw === 'or')) break;
    if (d.L.determiners.has(u.lw) || /^\d/.test(u.w) || u.lw === 'about' || u.lw === 'nearly' || u.lw === 'almost')
      start = j;
    if (PREPS.has(u.lw) && u.lw !== 'in' && u.lw !== 'of') break;
  }
  if (start < 0) return null;
  // the NP must start the clause: sentence start, after a comma / conjunction / subordinator
  const prev = d.toks[start - 1];
  if (
    start > floor &&
    prev &&
    !(
      isPunct(prev, ',;:—–(') ||
      (prev.word && (prev.lw === 'and' || prev.lw === 'but' || prev.lw === 'so' || d.L.subordinators.has(prev.lw)))
    )
  )
    return null;
  const last = d.toks[i] as Token;
  if (d.L.determiners.has(last.lw) || PREPS.has(last.lw) || !/\p{L}/u.test(last.w)) return null;
  return {
    kind: 'np',
    label: d.text.slice((d.toks[start] as Token).s, last.e),
    head: last.lw,
    definite: (d.toks[start] as Token).lw === 'the',
    t0: start,
    t1: i + 1,
  };
}

/** Speaker noun phrase starting at token i (after an inverted cue: "said Dr. X"). */
function rightNP(d: Doc, i: number, ceil: number): SpeakerRef | null {
  const t = d.toks[i];
  if (!t || i >= ceil || t.q >= 0) return null;
  if (t.word && isPronoun(d, t) && !t.poss) return { kind: 'pronoun', tok: i, t0: i, t1: i + 1 };
  const m0 = d.mStart[i];
  if (m0 && m0.poss && !m0.roleOnly) {
    // "Florida’s Rick Wilson", "Rubio’s deputy campaign manager, Rich Beeson": the possessor does not speak
    for (let k = m0.r1; k < ceil && k < m0.r1 + 8; k++) {
      const u = d.toks[k] as Token;
      if (u.q >= 0 || isPunct(u, '.;:')) break;
      const inner = d.mStart[k];
      if (inner && !inner.roleOnly && !inner.poss && inner.actor && inner.actor.type === 'person')
        return { kind: 'mention', m: inner, t0: i, t1: inner.r1 };
    }
    return anyNPRight(d, i, ceil);
  }
  const m = m0;
  if (m && !m.roleOnly) {
    // "MSNBC host Chris Matthews", "Clinton spokesman Brian Fallon": the later name is the speaker
    let k = m.r1;
    while (
      k < m.r1 + 3 &&
      k < ceil &&
      (d.toks[k] as Token).word &&
      !(d.toks[k] as Token).cap &&
      !d.L.cues.has((d.toks[k] as Token).lw) &&
      !PREPS.has((d.toks[k] as Token).lw) &&
      !FINITE.has((d.toks[k] as Token).lw)
    )
      k++;
    const later = k > m.r1 ? d.mStart[k] : undefined;
    if (later && !later.roleOnly && later.actor && later.actor.type === 'person')
      return { kind: 'mention', m: later, t0: m.r0, t1: later.r1 };
    return { kind: 'mention', m, t0: m.r0, t1: m.r1 };
  }
  if (!t.word) return null;
  // "the Rev. Peter Wherry", "lead author Dr. Allan Garland": a name within the next few tokens
  for (let k = i + 1; k < ceil && k < i + 6; k++) {
    const u = d.toks[k] as Token;
    if (u.q >= 0) break;
    if (!u.word && !(u.w === '.' && isAbbrevDot(d, k))) break;
    if (u.word && (FINITE.has(u.lw) || d.L.cues.has(u.lw) || u.lw === 'who' || u.lw === 'that')) break;
    const inner = d.mStart[k];
    if (inner && !inner.roleOnly && inner.actor && inner.actor.type === 'person') {
      // "a senior Cruz adviser", "a Trump supporter who": a name modifying a noun is not the speaker
      const after = d.toks[inner.r1];
      if (after && after.word && !after.cap && !PREPS.has(after.lw) && after.lw !== 'and') break;
      return { kind: 'mention', m: inner, t0: i, t1: inner.r1 };
    }
  }
  // generic NP: determiner? words up to punctuation
  let j = i;
  let head = '';
  let headSet = false;
  while (j < ceil && j < i + 9) {
    const u = d.toks[j] as Token;
    if (!u.word || u.q >= 0) break;
    if (j > i && (u.lw === 'who' || u.lw === 'that' || u.lw === 'which' || d.L.cues.has(u.lw) || FINITE.has(u.lw)))
      break;
    if (j > i && PREPS.has(u.lw) && !headSet) {
      headSet = true;
    }
    if (!headSet) head = u.lw;
    j++;
  }
  if (j === i) return null;
  if (m && m.roleOnly) head = (d.toks[m.r1 - 1] as Token).lw;
  // "said farmer Tomas Berg": a name closing the phrase is the speaker
  for (let k = i + 1; k < j; k++) {
    const inner = d.mStart[k];
    if (inner && !inner.roleOnly && inner.r1 === j) return { kind: 'mention', m: inner, t0: i, t1: inner.r1 };
  }
  // "said the group's leader, John Smith", "said his best friend at Lehigh, Bruce Turry"
  if (isPunct(d.toks[j], ',')) {
    const inner = d.mStart[j + 1];
    const lead = d.toks[i] as Token;
    if (
      inner &&
      !inner.roleOnly &&
      inner.actor &&
      inner.actor.type === 'person' &&
      (nounHead(d, head) || d.L.determiners.has(lead.lw) || lead.poss)
    ) {
      const nx = d.toks[inner.r1];
      if (!nx || !nx.word || nx.cap) return { kind: 'mention', m: inner, t0: i, t1: inner.r1 };
    }
  }
  if (!nounHead(d, head)) return null;
  const first = d.toks[i] as Token;
  return {
    kind: 'np',
    label: d.text.slice(first.s, (d.toks[j - 1] as Token).e),
    head,
    definite: first.lw === 'the',
    t0: i,
    t1: j,
  };
}

/** The paragraph-level end token index (exclusive) of the sentence containing token i. */
function sentOf(d: Doc, i: number): Sentence {
  return d.sents[(d.toks[i] as Token).sent] as Sentence;
}

// ---------------------------------------------------------------- direct quotes

interface Attribution {
  ref: SpeakerRef;
  cue: string;
  how: Candidate['how'];
}

function attributionAfter(d: Doc, qi: number): Attribution | null {
  const qt = d.quoteTok[qi];
  if (!qt) return null;
  const para = (d.toks[qt.last] as Token).para;
  let j = qt.last + 1;
  const t0 = d.toks[j];
  if (!t0 || t0.para !== para) return null;
  const dash = isPunct(d.toks[j], '―—–-');
  while (j <= qt.last + 3 && isPunct(d.toks[j], ",—–-―'’")) j++;
  const inPara = (k: number): boolean =>
    !!d.toks[k] && (d.toks[k] as Token).para === para && (d.toks[k] as Token).q < 0;
  if (!inPara(j)) return null;
  if (dash) {
    // “…” ― Jane Doe   (signature line)
    const m = d.mStart[j];
    if (m && !m.roleOnly) {
      const nx = d.toks[m.r1];
      if (!nx || nx.para !== para || isPunct(nx, ',.') || nx.mark === 1)
        return { ref: { kind: 'mention', m, t0: m.r0, t1: m.r1 }, cue: '', how: 'after' };
    }
  }
  // find the cue: first speech verb within a short window, crossing at most an apposition
  let c = -1;
  let commas = 0;
  for (let k = j; k < j + 45 && inPara(k); k++) {
    const t = d.toks[k] as Token;
    if (t.w === '.' && isAbbrevDot(d, k)) continue;
    if (isPunct(t, '(')) {
      // "Rep. John Mica (R-Fla.) said": step over a short parenthetical
      let e = k + 1;
      while (e < k + 10 && inPara(e) && !isPunct(d.toks[e], ')')) e++;
      if (isPunct(d.toks[e], ')')) {
        k = e;
        continue;
      }
      break;
    }
    if (isPunct(t, '.;!?:)[]')) break;
    if (k >= j + 16 && commas === 0) break;
    if (isPunct(t, ',')) {
      commas++;
      if (commas > 6) break;
      continue;
    }
    if (!t.word) continue;
    if (t.lw === 'according' && d.toks[k + 1]?.lw === 'to') {
      c = k;
      break;
    }
    if (d.L.cues.has(t.lw) && !(t.cap && k !== j)) {
      c = k;
      break;
    }
    if (k > j && FINITE.has(t.lw) && !d.L.modifiers.has(t.lw)) break;
  }
  if (c < 0) return null;
  if (c >= j + 16 && commas < 2) return null;
  // a quote closed by a full stop is followed by a new sentence unless the cue comes at once
  const q = d.quotes[qi] as QuoteSpan;
  if (d.text[q.ce - 1] === '.' && c > j + 4) return null;
  const ct = d.toks[c] as Token;
  const ceil = Math.min(d.toks.length, c + 30);
  if (ct.lw === 'according') {
    const ref = rightNP(d, c + 2, ceil) ?? anyNPRight(d, c + 2, ceil);
    return ref ? { ref, cue: 'according to', how: 'after' } : null;
  }
  if (c === j) {
    const ref = rightNP(d, c + 1, ceil) ?? anyNPRight(d, c + 1, ceil);
    if (ref && isPunct(d.toks[ref.t1], ':')) return null;
    return ref ? { ref, cue: ct.lw, how: 'after' } : null;
  }
  if (isPunct(d.toks[c + 1], ':')) return null; // "… '' Mr. Zahed said: ''…''" introduces the next quote
  const e = skipModsLeft(d, c - 1, j);
  if (e < j) return null;
  // the phrase right after the quote names the speaker; an apposition may follow it
  const head = rightNP(d, j, c);
  if (head && head.kind !== 'np' && (head.t1 === e + 1 || isPunct(d.toks[head.t1], ',')))
    return { ref: head, cue: ct.lw, how: 'after' };
  if (isPronoun(d, d.toks[j]) && (j === e || isPunct(d.toks[j + 1], ',')))
    return { ref: { kind: 'pronoun', tok: j, t0: j, t1: j + 1 }, cue: ct.lw, how: 'after' };
  const ref = leftNP(d, e, j);
  if (ref && ref.t0 === j) return { ref, cue: ct.lw, how: 'after' };
  if (ref && ref.kind !== 'pronoun' && ref.t0 > j) {
    // "Clinton spokesman Josh Schwerin said": a name at the end of a short NP
    let ok = true;
    for (let k = j; k < ref.t0; k++) {
      const u = d.toks[k] as Token;
      if (!u.word || FINITE.has(u.lw) || SUBJ_PRON.has(u.lw) || d.L.cues.has(u.lw)) ok = false;
    }
    if (ok && ref.t0 - j <= 4) return { ref, cue: ct.lw, how: 'after' };
  }
  // any short noun phrase: "the gambling tycoon told"
  const np = anyNP(d, j, e + 1);
  return np ? { ref: np, cue: ct.lw, how: 'after' } : null;
}

/** A short plain noun phrase over tokens [t0, t1) (no verbs, no pronouns), as a generic label. */
function anyNP(d: Doc, t0: number, t1: number): SpeakerRef | null {
  if (t1 <= t0 || t1 - t0 > 7) return null;
  for (let k = t0; k < t1; k++) {
    const u = d.toks[k] as Token;
    if (u.q >= 0) return null;
    if (!u.word) {
      if (u.w === '-' || u.w === '.') continue;
      return null;
    }
    if (
      FINITE.has(u.lw) ||
      SUBJ_PRON.has(u.lw) ||
      d.L.cues.has(u.lw) ||
      CLAUSE_STARTERS.has(u.lw) ||
      d.L.time.has(u.lw)
    )
      return null;
    if (k === t0 && PREPS.has(u.lw)) return null;
  }
  const last = d.toks[t1 - 1] as Token;
  if (!last.word || PREPS.has(last.lw) || d.L.determiners.has(last.lw)) return null;
  const first = d.toks[t0] as Token;
  return { kind: 'np', label: d.text.slice(first.s, last.e), head: last.lw, definite: first.lw === 'the', t0, t1 };
}

/** A short noun phrase starting at i, up to punctuation. */
function anyNPRight(d: Doc, i: number, ceil: number): SpeakerRef | null {
  let k = i;
  while (k < ceil && k < i + 7) {
    const u = d.toks[k] as Token;
    if (!u.word || u.q >= 0) break;
    if (k > i && (PREPS.has(u.lw) || u.lw === 'who' || u.lw === 'that')) break;
    k++;
  }
  return anyNP(d, i, k);
}

function attributionBefore(d: Doc, qi: number): Attribution | null {
  const qt = d.quoteTok[qi];
  if (!qt) return null;
  const first = d.toks[qt.first] as Token;
  let k = qt.first - 1;
  const p = d.toks[k];
  if (!p || p.q >= 0) return null;
  // "He said:¶¶“…”": a colon closing the previous paragraph introduces the quote
  if (p.para !== first.para && !isPunct(p, ':')) return null;
  const punct = isPunct(p, ',:');
  if (punct) k--;
  const sent = sentOf(d, k >= 0 ? k : qt.first);
  const floor = Math.max(sent.t0, 0);
  // cue directly before the mark, or within a few tokens (object, PP) when a , or : precedes
  const colon = isPunct(p, ':');
  for (let c = k, n = 0; c >= floor && n < (colon ? 40 : punct ? 7 : 1); c--, n++) {
    const t = d.toks[c] as Token;
    if (t.q >= 0 || isPunct(t, '.;!?')) break;
    if (t.lw === 'to' && d.toks[c - 1]?.lw === 'according') {
      const ref = rightNP(d, c + 1, k + 1);
      if (ref) return { ref, cue: 'according to', how: 'before' };
      break;
    }
    if (isCue(d, t)) {
      const s = skipModsLeft(d, c - 1, floor);
      if (t.lw.endsWith('ing') && isPunct(d.toks[c - 1], ',')) {
        // "Dean, ..., poked at Trump, tweeting, “…”": the subject of the sentence, or of the cue before
        // ("“…,” she said, adding, “…”")
        const subj = sentenceSubject(d, sent, c) ?? subjectOfPreviousCue(d, c, floor);
        return subj ? { ref: subj, cue: t.lw, how: 'before' } : null;
      }
      const ref = leftNP(d, s, floor);
      if (ref) return { ref, cue: t.lw, how: 'before' };
      // inverted: ', said X: "' / 'Said Comey, "'
      const inverted = c === floor || isPunct(d.toks[c - 1], ',') || (d.toks[c - 1] as Token).mark === 2;
      const r2 = inverted ? rightNP(d, c + 1, k + 1) : null;
      if (r2) return { ref: r2, cue: t.lw, how: 'before' };
      const b = d.toks[s];
      if (b && b.word && b.lw === 'and') {
        const subj = sentenceSubject(d, sent, s);
        if (subj) return { ref: subj, cue: t.lw, how: 'before' };
      }
      return null;
    }
  }
  // "Sanders made the following comment: “…”": the subject of the introducing sentence
  if (colon && k >= floor) {
    const subj = sentenceSubject(d, sent, k);
    if (subj) return { ref: subj, cue: ':', how: 'before' };
  }
  return null;
}

/** The speaker of the closest speech verb before token c in the sentence ("she said, adding, …"). */
function subjectOfPreviousCue(d: Doc, c: number, floor: number): SpeakerRef | null {
  for (let k = c - 2; k >= floor; k--) {
    const t = d.toks[k] as Token;
    if (!isCue(d, t) || t.lw.endsWith('ing')) continue;
    const left = leftNP(d, skipModsLeft(d, k - 1, floor), floor);
    if (left) return left;
    return rightNP(d, k + 1, c);
  }
  return null;
}

function wordCount(s: string): number {
  const m = s.match(/[\p{L}\p{N}]+/gu);
  return m ? m.length : 0;
}

/** True when nothing but punctuation precedes the quote in its sentence. */
function quoteStartsSentence(d: Doc, qi: number): boolean {
  const qt = d.quoteTok[qi];
  if (!qt) return false;
  const sent = sentOf(d, qt.first);
  for (let k = sent.t0; k < qt.first; k++) {
    const t = d.toks[k] as Token;
    if (t.word && t.q < 0) return false;
    if (t.q >= 0 && t.q !== qi && !d.fullQuote[t.q]) return false;
  }
  return true;
}

function prefixEndsColon(d: Doc, qi: number): boolean {
  const qt = d.quoteTok[qi];
  if (!qt) return false;
  const p = d.toks[qt.first - 1];
  return !!p && p.q < 0 && p.para === (d.toks[qt.first] as Token).para && isPunct(p, ':');
}

// ---------------------------------------------------------------- reported speech

function contentEnd(d: Doc, from: number, sent: Sentence): number {
  // token index (exclusive) where the reported clause ends
  let end = sent.t1;
  for (let k = from; k < sent.t1; k++) {
    const t = d.toks[k] as Token;
    if (t.q >= 0) continue;
    if (isPunct(t, ';')) {
      end = k;
      break;
    }
    if (isPunct(t, ',')) {
      const n1 = d.toks[k + 1];
      if (!n1) continue;
      if (n1.lw === 'according' && d.toks[k + 2]?.lw === 'to') {
        end = k;
        break;
      }
      if (
        n1.word &&
        (n1.lw === 'adding' ||
          n1.lw === 'saying' ||
          n1.lw === 'noting' ||
          n1.lw === 'arguing' ||
          n1.lw === 'insisting' ||
          n1.lw === 'explaining' ||
          n1.lw === 'stressing' ||
          n1.lw === 'warning' ||
          n1.lw === 'claiming' ||
          n1.lw === 'calling')
      ) {
        end = k;
        break;
      }
      // ", he said" / ", the official added"
      const r = rightNP(d, k + 1, sent.t1);
      if (r) {
        const c = skipModsRight(d, r.t1, sent.t1);
        if (isCue(d, d.toks[c])) {
          end = k;
          break;
        }
      }
      if (isCue(d, n1)) {
        end = k;
        break;
      }
      // a participle clause hangs off the matrix verb: "…, putting them ahead of …"
      if (n1.word && !n1.cap && /ing$/.test(n1.lw) && n1.lw !== 'including' && n1.lw !== 'during' && k - from > 6) {
        end = k;
        break;
      }
    }
  }
  return end;
}

function spanOfTokens(d: Doc, t0: number, t1: number): [number, number] | null {
  if (t1 <= t0) return null;
  let s = (d.toks[t0] as Token).s;
  let e = (d.toks[t1 - 1] as Token).e;
  const text = d.text;
  // trim trailing sentence punctuation (keep a closing quote mark)
  while (e > s && /[\s.,;:—–-]/.test(text[e - 1] ?? '')) e--;
  while (s < e && /[\s,;:—–-]/.test(text[s] ?? '')) s++;
  if (e - s < 2) return null;
  return [s, e];
}

function looksLikeClause(d: Doc, t0: number, t1: number, lemmaForm: string): boolean {
  const first = d.toks[t0];
  if (!first) return false;
  if (first.word && CLAUSE_STARTERS.has(first.lw)) return true;
  if (first.mark === 1) return true;
  if (first.lw === 'to' && (d.L.addressee.has(lemmaForm) || INF_VERBS.has(lemmaForm))) return true;
  if (first.word && PREPS.has(first.lw)) {
    // "analysts say for the nominee to win they will have to ...": a fronted phrase inside the content
    if (!SAY_FORMS.has(lemmaForm)) return false;
    for (let k = t0 + 1; k < t1 && k < t0 + 15; k++) {
      const t = d.toks[k] as Token;
      if (t.word && SUBJ_PRON.has(t.lw) && FINITE.has((d.toks[k + 1] as Token | undefined)?.lw ?? '')) return true;
    }
    return false;
  }
  let words = 0;
  for (let k = t0; k < t1 && k < t0 + 14; k++) {
    const t = d.toks[k] as Token;
    if (!t.word) continue;
    words++;
    if (FINITE.has(t.lw)) return true;
    if (k > t0 && t.lw.endsWith('ed') && !d.L.determiners.has((d.toks[k - 1] as Token).lw)) return true;
    if (k > t0 && /[a-z]s$/.test(t.lw) && SUBJ_PRON.has((d.toks[k - 1] as Token).lw)) return true;
  }
  if (lemmaForm === 'saying' && words >= 3) return true;
  return words >= 4 && SAY_FORMS.has(lemmaForm) && lemmaForm !== 'saying';
}

/** Strip a leading dateline ("WASHINGTON —", "date 2024-05-16 Islam Times - "). */
function skipDateline(d: Doc, t0: number, t1: number): number {
  const lim = Math.min(t1, t0 + 12);
  for (let k = t0; k < lim; k++) {
    const t = d.toks[k] as Token;
    if (!t.word && (t.w === '-' || t.w === '—' || t.w === '–') && d.text[t.s - 1] === ' ' && d.text[t.e] === ' ') {
      // everything before must be capitalised words, digits or dates
      let ok = true;
      for (let m = t0; m < k; m++) {
        const u = d.toks[m] as Token;
        if (u.word && !u.cap && !/\d/.test(u.w) && u.lw !== 'date' && u.lw !== 'by') ok = false;
      }
      if (ok) return k + 1;
      return t0;
    }
  }
  return t0;
}

/** Index of the first quote whose closing mark ends after offset `pos` (quotes are in text order). */
function firstQuoteEndingAfter(d: Doc, pos: number): number {
  let lo = 0;
  let hi = d.quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const q = d.quotes[mid] as QuoteSpan;
    if (q.close + q.closeLen <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function coveredByFullQuote(d: Doc, s: number, e: number): boolean {
  let cov = 0;
  for (let qi = firstQuoteEndingAfter(d, s); qi < d.quotes.length; qi++) {
    const q = d.quotes[qi] as QuoteSpan;
    if (q.open >= e) break;
    if (!d.fullQuote[qi]) continue;
    const a = Math.max(s, q.open);
    const b = Math.min(e, q.close + q.closeLen);
    if (b > a) cov += b - a;
  }
  return cov >= 0.6 * (e - s);
}

function hasQuoteMark(d: Doc, s: number, e: number): boolean {
  for (let qi = firstQuoteEndingAfter(d, s); qi < d.quotes.length; qi++) {
    const q = d.quotes[qi] as QuoteSpan;
    if (q.open >= e) break;
    if (q.cs < e && q.ce > s) return true;
  }
  return false;
}

/** Subject NP at the start of the sentence (for coordinated cues: "X has refused ... and has instead argued"). */
function sentenceSubject(d: Doc, sent: Sentence, before: number): SpeakerRef | null {
  let k = sent.t0;
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
    if (m && !m.poss && !m.roleOnly && m.r1 <= before) return { kind: 'mention', m, t0: m.r0, t1: m.r1 };
    if (t.word && (t.lw === 'he' || t.lw === 'she' || t.lw === 'they' || t.lw === 'we' || t.lw === 'i')) {
      return { kind: 'pronoun', tok: k, t0: k, t1: k + 1 };
    }
    // modifiers before a name: "Chinese foreign ministry spokeswoman Hua Chunying shot back"
    for (let j = k; j < k + 6 && j < before; j++) {
      const u = d.toks[j] as Token;
      if (!u.word || u.q >= 0 || FINITE.has(u.lw) || d.L.cues.has(u.lw) || PREPS.has(u.lw)) break;
      const mm = d.mStart[j];
      if (j > k && mm && !mm.poss && !mm.roleOnly && mm.actor && mm.actor.type === 'person') {
        return { kind: 'mention', m: mm, t0: k, t1: mm.r1 };
      }
    }
    // a determiner-led phrase up to the verb: "The diocese issued", "two Democratic speechwriters implored"
    if (t.word && (d.L.determiners.has(t.lw) || /^\d/.test(t.w))) {
      for (let j = k + 1; j < k + 7 && j < before; j++) {
        const u = d.toks[j] as Token;
        if (!u.word || u.q >= 0) break;
        const looksVerb = FINITE.has(u.lw) || d.L.modifiers.has(u.lw) || (/(ed|s)$/.test(u.lw) && j > k + 1 && !u.cap);
        if (looksVerb) {
          const np = plainNPLeft(d, j - 1, k) ?? genericLeft(d, j - 1, k);
          return np;
        }
      }
      return null;
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
    k = next;
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

/** "TAPPER: …" transcript turns and "Rubio: I Still Believe …" headlines: a name and a colon open the paragraph. */
function findSpeakerTags(d: Doc, out: Candidate[]): void {
  let lastPara = -1;
  for (const sent of d.sents) {
    if (sent.para === lastPara) continue;
    lastPara = sent.para;
    const m = d.mStart[sent.t0];
    let k: number;
    let ref: SpeakerRef;
    if (m && !m.roleOnly && !m.poss) {
      const a = m.actor;
      const w0 = (d.toks[m.n0] as Token).w;
      if (!a || a.name.length < 3 || (a.type === 'other' && (a.toks.length > 1 || /^[A-Z]{2,}$/.test(w0)))) continue;
      // an all-capitals tag must name a person of the article ("TAPPER"), not a section ("EMAIL", "EXCLUSIVE")
      if (/^[A-Z]{2,}$/.test(w0) && a.type !== 'person') continue;
      ref = { kind: 'mention', m, t0: m.r0, t1: m.r1 };
      k = m.r1;
      // "Clinton to Planned Parenthood:"
      if ((d.toks[k] as Token | undefined)?.lw === 'to' && d.mStart[k + 1]) k = (d.mStart[k + 1] as Mention).r1;
    } else {
      const t = d.toks[sent.t0] as Token;
      if (!t.word || !/^[A-Z][A-Z'’.-]+$/.test(t.w) || t.w.length < 3) continue;
      // only a tag naming a person of the article ("TAPPER" for Jake Tapper), not a section label
      if (!d.actors.some((a) => a.type === 'person' && a.toks.includes(t.lw))) continue;
      ref = { kind: 'label', text: t.w, t0: sent.t0, t1: sent.t0 + 1 };
      k = sent.t0 + 1;
    }
    if (!isPunct(d.toks[k], ':')) continue;
    // content: the rest of the paragraph
    let e = k + 1;
    while (e < d.toks.length && (d.toks[e] as Token).para === sent.para) e++;
    if (e - k < 4) continue;
    const sp = spanOfTokens(d, k + 1, e);
    if (!sp || coveredByFullQuote(d, sp[0], sp[1])) continue;
    const c = mkCand(sp, ':', ref, 'pre', sent, d);
    out.push(c);
  }
}

/** "Asked whether X, she said ..." / "When asked about X, he ...": the question is reported speech. */
function findAskedClauses(d: Doc, out: Candidate[]): void {
  for (const sent of d.sents) {
    let k = sent.t0;
    const t0 = d.toks[k];
    if (!t0 || !t0.word) continue;
    if (t0.lw === 'when' && d.toks[k + 1]?.lw === 'asked') k++;
    const a = d.toks[k] as Token;
    if (a.lw !== 'asked' || a.q >= 0) continue;
    const n = d.toks[k + 1];
    if (!n || !n.word || !/^(about|whether|if|why|what|how|which|when|where|who)$/.test(n.lw)) continue;
    let c = k + 1;
    while (c < sent.t1 && !(isPunct(d.toks[c], ',') && (d.toks[c] as Token).q < 0)) c++;
    if (c >= sent.t1 || c - k < 3) continue;
    const sp = spanOfTokens(d, k + 1, c);
    if (!sp || coveredByFullQuote(d, sp[0], sp[1])) continue;
    const ref = rightNP(d, c + 1, sent.t1);
    out.push(mkCand(sp, 'asked', ref, 'pre', sent, d));
  }
}

function findIndirect(d: Doc, out: Candidate[]): void {
  const L = d.L;
  findSpeakerTags(d, out);
  findAskedClauses(d, out);
  for (const sent of d.sents) {
    for (let i = sent.t0; i < sent.t1; i++) {
      const t = d.toks[i] as Token;
      if (!t.word || t.q >= 0) continue;
      const isAcc = t.lw === 'according' && d.toks[i + 1]?.lw === 'to';
      if (!isAcc && !L.reporting.has(t.lw)) continue;
      if (t.cap && i !== sent.t0) continue;

      if (isAcc) {
        const ref = rightNP(d, i + 2, sent.t1) ?? anyNPRight(d, i + 2, sent.t1);
        if (!ref) continue;
        let after = ref.t1;
        // skip an apposition after the source
        const prev = d.toks[i - 1];
        const startsSent = i === sent.t0 || (i === sent.t0 + 1 && isPunct(d.toks[sent.t0], '—–-'));
        if (startsSent) {
          while (after < sent.t1 && !isPunct(d.toks[after], ',')) after++;
          const end = contentEnd(d, after + 1, sent);
          const sp = spanOfTokens(d, after + 1, end);
          if (sp && !coveredByFullQuote(d, sp[0], sp[1]))
            out.push(mkCand(sp, 'according to', ref, 'according', sent, d));
        } else if (isPunct(prev, ',') || isPunct(prev, '(')) {
          const s0 = skipDateline(d, sent.t0, i);
          // "Fundraising, according to the campaign, has surged": the source interrupts one clause,
          // which is reported as a whole
          let endTok = i - 1;
          const k = ref.t1;
          if (isPunct(d.toks[k], ',') && k + 1 < sent.t1) {
            const end = contentEnd(d, k + 1, sent);
            let words = 0;
            for (let m = k + 1; m < end; m++) if ((d.toks[m] as Token).word) words++;
            if (words >= 3) endTok = end;
          }
          const sp = spanOfTokens(d, s0, endTok);
          if (sp && !coveredByFullQuote(d, sp[0], sp[1]))
            out.push(mkCand(sp, 'according to', ref, 'according', sent, d));
        }
        continue;
      }

      // participle continuation: ", adding that ..." / ", saying ..."
      if (t.lw.endsWith('ing')) {
        const pv = d.toks[i - 1];
        const commaBefore =
          isPunct(pv, ',') || (!!pv && pv.mark === 2 && d.text[(d.quotes[pv.q] as QuoteSpan).close - 1] === ',');
        if (!commaBefore) continue;
        const end = contentEnd(d, i + 1, sent);
        let c0 = i + 1;
        if (L.addressee.has(t.lw)) c0 = skipObject(d, c0, end);
        if (!looksLikeClause(d, c0, end, t.lw)) continue;
        const sp = spanOfTokens(d, c0, end);
        if (!sp || coveredByFullQuote(d, sp[0], sp[1])) continue;
        const c = mkCand(sp, t.lw, null, 'participle', sent, d);
        c.fallbackRef = sentenceSubject(d, sent, i);
        out.push(c);
        continue;
      }

      // post-posed: "CLAUSE, X said." / "CLAUSE, said X."
      const before = skipModsLeft(d, i - 1, sent.t0);
      let ref = leftNP(d, before, sent.t0);
      const nx = skipTrailing(d, i + 1, sent.t1);
      const endsHere = nx >= sent.t1 || isPunct(d.toks[nx], ',.;!?') || (d.toks[nx] as Token).para !== t.para;
      let r0 = ref ? ref.t0 : -1;
      if (
        ref &&
        r0 > sent.t0 + 1 &&
        (d.toks[r0 - 1] as Token).word &&
        ((d.toks[r0 - 1] as Token).lw === 'the' || (d.toks[r0 - 1] as Token).lw === 'a')
      )
        r0--;
      // "…, Donald Trump’s longtime confidant Roger Stone stated.": a short descriptor before the name
      if (ref && ref.kind === 'mention' && endsHere && r0 > sent.t0 && !commaBefore(d, r0)) {
        for (let k = r0 - 1, n = 0; k > sent.t0 && n < 6; k--, n++) {
          const u = d.toks[k] as Token;
          if (!u.word || u.q >= 0 || FINITE.has(u.lw) || d.L.cues.has(u.lw) || SUBJ_PRON.has(u.lw)) {
            if (commaBefore(d, k + 1) && k + 1 < r0) r0 = k + 1;
            break;
          }
        }
      }
      if (ref && endsHere && r0 > sent.t0 && commaBefore(d, r0)) {
        emitPost(d, out, sent, isPunct(d.toks[r0 - 1], ',—–(') ? r0 - 1 : r0, nx, t.lw, ref);
        continue;
      }
      if (!ref && commaBefore(d, i) && i - 1 > sent.t0) {
        const r2 = rightNP(d, i + 1, sent.t1) ?? (d.L.cues.has(t.lw) ? anyNPRight(d, i + 1, sent.t1) : null);
        if (r2) {
          const nn = skipTrailing(d, r2.t1, sent.t1);
          if (nn >= sent.t1 || isPunct(d.toks[nn], ',.')) {
            emitPost(d, out, sent, isPunct(d.toks[i - 1], ',') ? i - 1 : i, nn, t.lw, r2, true);
            continue;
          }
        }
      }
      // "As X reported, CLAUSE"
      if (ref && isPunct(d.toks[nx], ',') && r0 > sent.t0 - 1) {
        const asTok = d.toks[r0 - 1];
        if (asTok && asTok.word && asTok.lw === 'as' && (r0 - 1 === sent.t0 || isPunct(d.toks[r0 - 2], ',—–'))) {
          const end = contentEnd(d, nx + 1, sent);
          const sp = spanOfTokens(d, nx + 1, end);
          if (sp && !coveredByFullQuote(d, sp[0], sp[1]) && wordCount(d.text.slice(sp[0], sp[1])) >= 3)
            out.push(mkCand(sp, t.lw, ref, 'according', sent, d));
          continue;
        }
      }
      if (endsHere && nx >= sent.t1) continue;

      // pre-posed: "X said (that) CLAUSE"
      if (!ref && isPunct(d.toks[before], ',') === false) {
        const b = d.toks[before];
        if (b && b.word && (b.lw === 'and' || b.lw === 'but')) {
          ref = sentenceSubject(d, sent, before);
        }
      }
      if (!ref) continue;
      if (
        ref.kind === 'np' &&
        ref.t0 > sent.t0 &&
        (d.toks[ref.t0 - 1] as Token).word &&
        PREPS.has((d.toks[ref.t0 - 1] as Token).lw)
      )
        continue;
      // "…,” he said, speaking to reporters": a comma right after the cue opens no reported clause
      if (isPunct(d.toks[i + 1], ',')) continue;
      let c0 = i + 1;
      if (L.addressee.has(t.lw)) {
        c0 = skipObject(d, c0, sent.t1);
        if (isPunct(d.toks[c0 - 1], ',') && c0 - 1 > i + 1) continue; // "told supporters in Syracuse, N.Y., ..."
        const s0 = d.toks[c0];
        if (!s0 || c0 >= sent.t1) continue;
        // "told reporters as she emerged ...": no reported content
        if (s0.word && (L.subordinators.has(s0.lw) || PREPS.has(s0.lw)) && s0.lw !== 'if' && s0.lw !== 'to') continue;
        if (isPunct(s0, '.;,')) continue;
      }
      c0 = skipPP(d, c0, sent.t1);
      if (c0 >= sent.t1) continue;
      const ct = d.toks[c0] as Token;
      // verbs that double as nouns ("campaign promise", "secretary of state") need a clear clause
      if (
        NOUNISH_CUES.has(t.lw) &&
        !(ct.word && CLAUSE_STARTERS.has(ct.lw)) &&
        !(ct.lw === 'to' && INF_VERBS.has(t.lw))
      ) {
        if (ref.kind === 'np' || !finiteWithin(d, c0, 6)) continue;
      }
      // "described Y as Z" counts as reported speech only with a quoted characterisation
      if (
        (t.lw === 'described' || t.lw === 'describes' || t.lw === 'describe' || t.lw === 'describing') &&
        (!tokenWithin(d, c0, sent.t1, 'as', 14) || !hasQuoteMark(d, ct.s, (d.toks[sent.t1 - 1] as Token).e))
      )
        continue;
      if (isPunct(ct, ':')) continue;
      if (ct.word && FINITE.has(ct.lw)) continue; // "what he said were ..."
      const bt = d.toks[ref.t0 - 1];
      if (bt && bt.word && bt.lw === 'what') continue;
      if (ct.mark === 1 && d.fullQuote[ct.q]) continue;
      const end = contentEnd(d, c0, sent);
      let endTok = end;
      // subordinate clause at the sentence start: stop at the main clause
      const st = d.toks[sent.t0] as Token;
      if (st.word && L.subordinators.has(st.lw)) {
        for (let k = c0 + 1; k < endTok; k++) {
          const u = d.toks[k] as Token;
          if (u.q < 0 && isPunct(u, ',')) {
            const n1 = d.toks[k + 1];
            if (n1 && n1.word && (SUBJ_PRON.has(n1.lw) || n1.lw === 'the' || d.mStart[k + 1])) {
              endTok = k;
              break;
            }
          }
        }
      }
      if (!looksLikeClause(d, c0, endTok, t.lw)) {
        if (
          t.lw === 'described' ||
          t.lw === 'describes' ||
          t.lw === 'describe' ||
          t.lw === 'rejected' ||
          t.lw === 'denied' ||
          t.lw === 'rejects' ||
          t.lw === 'denies'
        ) {
          // "described China as ...", "rejected pressure to ..."
          if (endTok - c0 < 3) continue;
        } else if (NP_CONTENT.has(t.lw) && ref.kind !== 'np') {
          // "announced plans to ...", "proposed a tax on ...": a noun-phrase content
          if (endTok - c0 < 3) continue;
        } else continue;
      }
      if (
        L.clauseOnly.has(t.lw) &&
        !(ct.word && CLAUSE_STARTERS.has(ct.lw)) &&
        !hasQuoteMark(d, ct.s, (d.toks[endTok - 1] as Token).e)
      ) {
        if (!looksLikeClause(d, c0, endTok, 'x')) continue;
      }
      const sp = spanOfTokens(d, c0, endTok);
      if (!sp || coveredByFullQuote(d, sp[0], sp[1])) continue;
      if (wordCount(d.text.slice(sp[0], sp[1])) < 3) continue;
      out.push(mkCand(sp, t.lw, ref, 'pre', sent, d));
    }
  }
}

/**
 * Post-posed attribution: content runs from the sentence start to the comma at token `comma`.
 * When the attribution is a parenthetical (", Ms. Tchen said, the White House ..."), the reported
 * clause is the whole sentence around it.
 */
function emitPost(
  d: Doc,
  out: Candidate[],
  sent: Sentence,
  comma: number,
  after: number,
  cue: string,
  ref: SpeakerRef,
  inverted = false,
): void {
  const s0 = skipDateline(d, sent.t0, comma);
  let endTok = comma;
  const front = spanOfTokens(d, s0, comma);
  if (!front || coveredByFullQuote(d, front[0], front[1])) return; // “…,” said X, the … : a direct quote
  const a = d.toks[after];
  if (a && after < sent.t1 && isPunct(a, ',') && !inverted) {
    const n1 = d.toks[after + 1];
    // the sentence goes on after the parenthetical source: "The plan, a source said, is to ..."
    const goesOn =
      !!n1 &&
      n1.word &&
      n1.q < 0 &&
      (d.L.determiners.has(n1.lw) ||
        FINITE.has(n1.lw) ||
        n1.lw === 'that' ||
        n1.lw === 'to' ||
        SUBJ_PRON.has(n1.lw) ||
        !!d.mStart[after + 1] ||
        (!n1.cap &&
          !/ing$/.test(n1.lw) &&
          !d.L.subordinators.has(n1.lw) &&
          !PREPS.has(n1.lw) &&
          n1.lw !== 'and' &&
          n1.lw !== 'but' &&
          n1.lw !== 'who' &&
          n1.lw !== 'which' &&
          !d.L.cues.has(n1.lw)));
    if (goesOn) {
      const end = contentEnd(d, after + 1, sent);
      let words = 0;
      for (let k = after + 1; k < end; k++) if ((d.toks[k] as Token).word) words++;
      if (words >= 3) endTok = end;
    }
  }
  const sp = spanOfTokens(d, s0, endTok);
  if (!sp || coveredByFullQuote(d, sp[0], sp[1])) return;
  // the fronted content must be a clause, not an adverbial ("Just last week, X, ..., wrote")
  let words = 0;
  let verb = false;
  for (let k = s0; k < endTok; k++) {
    const t = d.toks[k] as Token;
    if (!t.word) continue;
    words++;
    if (FINITE.has(t.lw) || (k > s0 && /(ed|s)$/.test(t.lw) && !t.cap)) verb = true;
  }
  if (words < 3 || (!verb && words < 6 && !hasQuoteMark(d, sp[0], sp[1]))) return;
  out.push(mkCand(sp, cue, ref, 'post', sent, d));
}

/** Skip time expressions and short PPs after a cue ("said on Monday", "said in a statement"). */
function skipTrailing(d: Doc, i: number, ceil: number): number {
  // time words and short prepositional phrases, possibly several ("said Tuesday in Paris")
  let k = i;
  for (let round = 0; round < 3; round++) {
    const t = d.toks[k];
    if (!t || !t.word || t.q >= 0) return k;
    if (d.L.time.has(t.lw) || t.lw === 'today' || t.lw === 'yesterday' || t.lw === 'tonight') {
      k++;
      continue;
    }
    if (
      t.lw === 'on' ||
      t.lw === 'in' ||
      t.lw === 'at' ||
      t.lw === 'during' ||
      t.lw === 'to' ||
      t.lw === 'last' ||
      t.lw === 'this' ||
      t.lw === 'earlier' ||
      t.lw === 'later' ||
      t.lw === 'recently' ||
      t.lw === 'after' ||
      t.lw === 'before' ||
      t.lw === 'from' ||
      t.lw === 'via'
    ) {
      let n = 0;
      while (k < ceil && n < 10 && !isPunct(d.toks[k], ',.;:!?') && (d.toks[k] as Token).q < 0) {
        k++;
        n++;
      }
      return k;
    }
    return k;
  }
  return k;
}

/** A comma before token i, also when it sits inside a closing quotation (",” said X"). */
function commaBefore(d: Doc, i: number): boolean {
  const p = d.toks[i - 1];
  if (!p) return false;
  if (isPunct(p, ',—–(')) return true;
  if (p.mark === 2) {
    const q = d.quotes[p.q] as QuoteSpan;
    return d.text[q.close - 1] === ',' || d.text[q.ce] === ',';
  }
  return false;
}

/** Skip a PP between cue and content ("said in a statement that", "said Monday that"). */
function skipPP(d: Doc, i: number, ceil: number): number {
  const t = d.toks[i];
  if (!t || !t.word) return i;
  if (d.L.time.has(t.lw) || t.lw === 'today' || t.lw === 'yesterday' || t.lw === 'tonight') {
    let k = i + 1;
    if (isPunct(d.toks[k], ',')) k++;
    return k;
  }
  if (
    t.lw === 'on' ||
    t.lw === 'in' ||
    t.lw === 'at' ||
    t.lw === 'during' ||
    t.lw === 'to' ||
    t.lw === 'last' ||
    t.lw === 'earlier' ||
    t.lw === 'after' ||
    t.lw === 'while' ||
    t.lw === 'before' ||
    t.lw === 'through' ||
    t.lw === 'via' ||
    t.lw === 'this'
  ) {
    for (let k = i + 1; k < ceil && k < i + 12; k++) {
      const u = d.toks[k] as Token;
      if (u.q >= 0 && u.mark !== 1) continue;
      if (u.word && u.lw === 'that') return k;
      if (isPunct(u, ',')) return k + 1;
      if (u.mark === 1 || isPunct(u, '.;:')) return k;
    }
  }
  return i;
}

function finiteWithin(d: Doc, from: number, n: number): boolean {
  for (let k = from; k < from + n && k < d.toks.length; k++) {
    const t = d.toks[k] as Token;
    if (t.word && FINITE.has(t.lw)) return true;
  }
  return false;
}

function tokenWithin(d: Doc, from: number, ceil: number, lw: string, n: number): boolean {
  for (let k = from; k < ceil && k < from + n; k++) if ((d.toks[k] as Token).lw === lw) return true;
  return false;
}

/** Skip the addressee object: "told reporters (on Monday) that", "told ABC’s George Stephanopoulos ...". */
function skipObject(d: Doc, i: number, ceil: number): number {
  let k = i;
  const t = d.toks[k];
  if (!t || !t.word) return i;
  if (t.lw === 'that' || t.lw === 'to') return i;
  // the object noun phrase: names (with possessives), pronouns, or a determiner phrase
  for (let round = 0; round < 3 && k < ceil; round++) {
    const u = d.toks[k] as Token;
    const m = d.mStart[k];
    if (m && !m.roleOnly) {
      k = m.r1;
      if (m.poss) continue; // "ABC’s George Stephanopoulos"
      break;
    }
    if (
      u.word &&
      (u.lw === 'him' || u.lw === 'her' || u.lw === 'them' || u.lw === 'us' || u.lw === 'me' || u.lw === 'reporters')
    ) {
      k++;
      break;
    }
    if (u.word && (d.L.determiners.has(u.lw) || u.poss)) {
      let j = k + 1;
      while (j < ceil && j < k + 7) {
        const v = d.toks[j] as Token;
        if (!v.word || v.q >= 0 || CLAUSE_STARTERS.has(v.lw) || v.lw === 'to' || SUBJ_PRON.has(v.lw) || PREPS.has(v.lw))
          break;
        if (d.mStart[j]) {
          const mm = d.mStart[j] as Mention;
          j = mm.r1;
          if (mm.poss) continue;
          break;
        }
        j++;
      }
      k = j;
      break;
    }
    break;
  }
  if (k === i) {
    // unknown shape: fall back to the nearest clause marker
    for (let j = i; j < ceil && j < i + 8; j++) {
      const v = d.toks[j] as Token;
      if (v.word && (CLAUSE_STARTERS.has(v.lw) || v.lw === 'to' || v.lw === 'about' || SUBJ_PRON.has(v.lw))) return j;
      if (isPunct(v, ',:')) return j + 1;
      if (v.mark === 1) return j;
    }
    return Math.min(i + 1, ceil);
  }
  return skipPP(d, k, ceil);
}

function mkCand(
  sp: [number, number],
  cue: string,
  ref: SpeakerRef | null,
  how: Candidate['how'],
  sent: Sentence,
  d: Doc,
): Candidate {
  const mixed = hasQuoteMark(d, sp[0], sp[1]);
  const base: Candidate = {
    start: sp[0],
    end: sp[1],
    kind: 'indirect',
    mixed,
    cue,
    ref,
    how,
    quote: -1,
    sent: (d.toks[sent.t0] as Token).sent,
    speaker: null,
    label: null,
    conf: 0,
  };
  if (mixed) {
    // the reported content is one quotation from mark to mark: a direct quote ("he said “…”")
    for (let qi = firstQuoteEndingAfter(d, sp[0]); qi < d.quotes.length; qi++) {
      const q = d.quotes[qi] as QuoteSpan;
      if (q.open > sp[1]) break;
      if (q.open === sp[0] && q.close + q.closeLen >= sp[1] - 1 && q.close <= sp[1]) {
        return { ...base, start: q.cs, end: q.ce, kind: 'direct', mixed: false, quote: qi };
      }
    }
  }
  return base;
}

// ---------------------------------------------------------------- resolution

interface SalienceState {
  lastSpeaker: Actor | null;
  lastSpeakerSent: number;
  lastSpeakerPara: number;
}

function compatible(a: Actor, gender: 'm' | 'f' | 'pl' | 'any'): boolean {
  if (gender === 'pl') return a.type === 'organisation' || a.type === 'country';
  if (a.type !== 'person') return false;
  if (gender === 'any') return true;
  return a.gender === null || a.gender === gender;
}

function resolvePronoun(d: Doc, tok: number, st: SalienceState, force?: 'any'): Actor | null {
  const t = d.toks[tok] as Token;
  const L = d.L;
  let g: 'm' | 'f' | 'pl' | 'any';
  if (force) g = force;
  else if (L.pronounMale.has(t.lw) || t.lw === 'his') g = 'm';
  else if (L.pronounFemale.has(t.lw)) g = 'f';
  else if (L.pronounPlural.has(t.lw) || t.lw === 'it') g = 'pl';
  else return null;
  // (a) a new person opening the previous sentence of this paragraph ("…, Foster believes. “…,” he says")
  const prevSent = d.sents[t.sent - 1];
  if (prevSent && prevSent.para === t.para && t.sent - 1 > st.lastSpeakerSent) {
    const pm = d.sentMentions[t.sent - 1]?.[0];
    if (pm && pm.r0 === prevSent.t0 && pm.actor && compatible(pm.actor, g) && pm.actor.personEvidence > 0 && !pm.poss)
      return pm.actor;
  }
  // (b) the previous speaker, when it spoke in this paragraph
  if (st.lastSpeaker && compatible(st.lastSpeaker, g) && st.lastSpeakerPara === t.para) return st.lastSpeaker;
  // (b) the subject of the nearest sentence that names a compatible actor
  let strict = true;
  const subjectOf = (si: number, before: number): Actor | null => {
    const ms = d.sentMentions[si];
    if (!ms) return null;
    let fallback: Actor | null = null;
    for (const m of ms) {
      if (m.s >= before) break;
      const a = m.actor;
      if (!a || !compatible(a, g)) continue;
      if (strict && g !== 'pl' && a.personEvidence === 0) continue;
      const prev = d.toks[m.r0 - 1];
      const inPP = !!prev && prev.word && PREPS.has(prev.lw) && prev.sent === m.sent;
      if (!inPP && !m.poss) return a;
      if (!fallback && !strict) fallback = a;
    }
    return fallback;
  };
  const curSent = d.sents[t.sent] as Sentence;
  const firstM = d.sentMentions[t.sent]?.[0];
  if (firstM && firstM.s < t.s && firstM.actor && compatible(firstM.actor, g) && !firstM.poss) {
    let k = curSent.t0;
    while (k < firstM.r0 && !(d.toks[k] as Token).word) k++;
    if (k === firstM.r0) return firstM.actor;
  }
  for (let si = t.sent - 1; si >= 0 && si >= t.sent - 3; si--) {
    const sent = d.sents[si] as Sentence;
    if (sent.para < t.para - 1) break;
    const a = subjectOf(si, Infinity);
    if (a) {
      // a speaker from the previous paragraph outranks a passing mention there
      if (sent.para !== t.para && st.lastSpeaker && compatible(st.lastSpeaker, g) && st.lastSpeakerPara === sent.para)
        return st.lastSpeaker;
      return a;
    }
  }
  // (c) the last speaker, if recent
  if (st.lastSpeaker && compatible(st.lastSpeaker, g) && t.sent - st.lastSpeakerSent <= 5) return st.lastSpeaker;
  // (d) the closest compatible person mentioned in the last few sentences (weaker evidence allowed)
  for (let si = t.sent - 1; si >= 0 && si >= t.sent - 8; si--) {
    const a = subjectOf(si, Infinity);
    if (a) return a;
  }
  strict = false;
  for (let si = t.sent - 1; si >= 0 && si >= t.sent - 3; si--) {
    const a = subjectOf(si, Infinity);
    if (a) return a;
  }
  return null;
}

function resolveRole(d: Doc, head: string, pos: number): Actor | null {
  let best: Actor | null = null;
  for (const m of d.mentions) {
    if (m.s >= pos) break;
    if (m.actor && m.roles.some((r) => r === head || r.endsWith('-' + head) || r.startsWith(head + '-')))
      best = m.actor;
  }
  if (!best) {
    for (const a of d.actors) if (a.roles.has(head)) best = a;
  }
  return best;
}

function resolveRef(d: Doc, c: Candidate, st: SalienceState): void {
  const ref = c.ref;
  if (!ref) return;
  switch (ref.kind) {
    case 'mention': {
      const a = ref.m.actor;
      if (a) c.speaker = a;
      break;
    }
    case 'pronoun': {
      const t = d.toks[ref.tok] as Token;
      if (t.lw === 'i' || t.lw === 'we') return;
      const a = resolvePronoun(d, ref.tok, st);
      if (a) c.speaker = a;
      else if (t.lw === 'they') c.label = null;
      break;
    }
    case 'np': {
      if (ref.definite && (d.L.roles.has(ref.head) || ref.head.includes('-'))) {
        const a = resolveRole(d, ref.head, (d.toks[ref.t0] as Token).s);
        if (a) {
          c.speaker = a;
          break;
        }
      }
      // "her statement said", "his campaign said": the owner speaks
      const first = d.toks[ref.t0] as Token;
      const owner = d.mStart[ref.t0];
      if (owner && owner.poss && owner.actor && owner.actor.type === 'person' && DOC_NOUNS.has(ref.head)) {
        c.speaker = owner.actor; // "Foster’s book says"
        break;
      }
      if ((first.lw === 'his' || first.lw === 'her') && ref.t1 - ref.t0 <= 3 && DOC_NOUNS.has(ref.head)) {
        const a = resolvePronoun(d, ref.t0, st);
        if (a) {
          c.speaker = a;
          break;
        }
      }
      // Definite descriptors ("the bow-tied maverick", "the security firm") stay labels: resolving them
      // to the salient actor was measured to lose on both bench sources.
      c.label = ref.label.replace(/[’']s$/, '').trim();
      break;
    }
    case 'label': {
      // transcript speaker tag ("PENCE:"): the actor with that name, else the tag in title case
      const lw = ref.text.toLowerCase().split(/\s+/);
      const last = lw[lw.length - 1] ?? '';
      const a = d.actors.find((x) => x.type === 'person' && x.toks.includes(last));
      if (a) c.speaker = a;
      else c.label = ref.text.toLowerCase().replace(/\b\p{L}/gu, (ch) => ch.toUpperCase());
      break;
    }
  }
}

// ---------------------------------------------------------------- main

export function extractStatements(input: ExtractInput): ExtractionResult {
  return run(input).result;
}

/** Same as extractStatements, plus for each statement how its speaker was found (for the bench). */
export function extractStatementsTraced(input: ExtractInput): { result: ExtractionResult; trace: string[] } {
  return run(input);
}

function run(input: ExtractInput): { result: ExtractionResult; trace: string[] } {
  const text = typeof input.text === 'string' ? input.text : '';
  const lex = getLexicon(input.language);
  const L = lexSets(lex);
  const paraStarts = paragraphStarts(text);
  const quotes = findQuotes(text, paraStarts);
  const toks = tokenize(text, paraStarts);
  assignQuotes(toks, quotes);
  const sents = segment(text, toks, L.abbreviations, L.starters);
  const mentions = findMentions(toks, sents, L).filter((m) => {
    if (m.roleOnly) return true;
    if (m.n1 - m.n0 === 1) {
      const w = (toks[m.n0] as Token).lw;
      if (L.nationalities.has(w) || L.titles.has(w)) return false;
    }
    return true;
  });
  const actors = buildActors(text, toks, mentions, L);
  promoteSpeakers(toks, mentions, L);
  const mStart: (Mention | undefined)[] = new Array(toks.length);
  const mEnd: (Mention | undefined)[] = new Array(toks.length);
  for (const m of mentions) {
    mStart[m.r0] = m;
    mEnd[m.r1 - 1] = m;
    // also index by the name part, so "Putin" inside "President Putin" is reachable
    if (m.n0 !== m.r0 && !m.roleOnly && !mStart[m.n0]) mStart[m.n0] = m;
  }
  const quoteTok: { first: number; last: number }[] = quotes.map(() => ({ first: -1, last: -1 }));
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    if (t.q < 0) continue;
    const qt = quoteTok[t.q] as { first: number; last: number };
    if (qt.first < 0) qt.first = i;
    qt.last = i;
  }
  const sentMentions: Mention[][] = sents.map(() => []);
  for (const m of mentions) sentMentions[m.sent]?.push(m);
  const d: Doc = {
    text,
    L,
    toks,
    sents,
    quotes,
    quoteTok,
    mentions,
    mStart,
    mEnd,
    actors,
    fullQuote: quotes.map(() => false),
    sentMentions,
  };

  // --- direct quote candidates
  const cands: Candidate[] = [];
  const direct: (Candidate | null)[] = quotes.map(() => null);
  const attrs: { after: Attribution | null; before: Attribution | null }[] = [];
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi] as QuoteSpan;
    const qt = quoteTok[qi] as { first: number; last: number };
    if (qt.first < 0) {
      attrs.push({ after: null, before: null });
      continue;
    }
    const before = attributionBefore(d, qi);
    const after = attributionAfter(d, qi);
    attrs.push({ after, before });
    const content = text.slice(q.cs, q.ce);
    const wc = wordCount(content);
    const starts = quoteStartsSentence(d, qi);
    const lastCh = content[content.length - 1] ?? '';
    const endsPunct = /[.!?…,]/.test(lastCh) || text[q.ce] === ',';
    let full = false;
    if (starts) full = wc >= 2 || !!after;
    else if (before && before.how === 'before') full = true;
    else if (prefixEndsColon(d, qi)) full = true;
    if (full && wc < 3 && !after && !before) full = false;
    // the second half of a split quote: “…,” he told X after the debate, “and I hope …”
    if (!full && qi > 0 && d.fullQuote[qi - 1] && /^\p{Ll}/u.test(content)) {
      const pq = quotes[qi - 1] as QuoteSpan;
      const prevTok = toks[qt.first - 1];
      if (pq.para === q.para && prevTok && isPunct(prevTok, ',') && q.open - (pq.close + pq.closeLen) < 200)
        full = true;
    }
    if (!starts && !before && endsPunct && after && wc >= 6) full = false;
    d.fullQuote[qi] = full;
    if (!full) continue;
    let att = after ?? before;
    const tag = TRANSCRIPT_RE.exec(content);
    if (tag && tag[1])
      att = { ref: { kind: 'label', text: tag[1], t0: qt.first, t1: qt.first + 1 }, cue: ':', how: 'before' };
    const c: Candidate = {
      start: q.cs,
      end: q.ce,
      kind: 'direct',
      mixed: false,
      cue: att ? att.cue : '',
      ref: att ? att.ref : null,
      how: att ? att.how : 'none',
      quote: qi,
      sent: (toks[qt.first] as Token).sent,
      speaker: null,
      label: null,
      conf: 0,
    };
    direct[qi] = c;
    cands.push(c);
  }

  // --- reported speech
  const indirect: Candidate[] = [];
  findIndirect(d, indirect);
  // drop indirect candidates overlapping each other heavily: keep the first
  indirect.sort((a, b) => a.start - b.start || b.end - a.end);
  const keptInd: Candidate[] = [];
  for (const c of indirect) {
    // kept candidates are in start order: only the last few can overlap this one
    const dup = keptInd
      .slice(-6)
      .find(
        (k) => Math.min(k.end, c.end) - Math.max(k.start, c.start) > 0.8 * Math.min(k.end - k.start, c.end - c.start),
      );
    if (dup) continue;
    keptInd.push(c);
  }
  // long fragments not covered by any reported-speech statement become low-confidence direct quotes
  for (let qi = 0; qi < quotes.length; qi++) {
    if (d.fullQuote[qi]) continue;
    const q = quotes[qi] as QuoteSpan;
    const wc = wordCount(text.slice(q.cs, q.ce));
    if (wc < 6) continue;
    if (keptInd.some((c) => c.start <= q.cs && c.end >= q.ce - 1)) continue;
    const qt = quoteTok[qi] as { first: number; last: number };
    if (qt.first < 0) continue;
    const at = attrs[qi];
    const att = at?.after ?? null;
    if (!att) continue;
    const c: Candidate = {
      start: q.cs,
      end: q.ce,
      kind: 'direct',
      mixed: false,
      cue: att ? att.cue : '',
      ref: att ? att.ref : null,
      how: att ? 'after' : 'fragment',
      quote: qi,
      sent: (toks[qt.first] as Token).sent,
      speaker: null,
      label: null,
      conf: 0,
    };
    c.conf = -0.25; // penalty applied below
    direct[qi] = c;
    cands.push(c);
  }
  cands.push(...keptInd);
  cands.sort((a, b) => a.start - b.start);

  // --- resolve speakers in text order
  const st: SalienceState = { lastSpeaker: null, lastSpeakerSent: -99, lastSpeakerPara: -99 };
  // run-on quotes take the attribution of their continuation
  for (let qi = quotes.length - 2; qi >= 0; qi--) {
    const c = direct[qi];
    const n = direct[qi + 1];
    const q = quotes[qi] as QuoteSpan;
    if (c && n && q.runOn && !c.ref && n.ref && (quotes[qi + 1] as QuoteSpan).para === q.para + 1) {
      c.ref = n.ref;
      c.cue = n.cue;
      c.how = 'continuation';
    }
  }
  let prevDirect: Candidate | null = null;
  let lastStmt: Candidate | null = null;
  let prevCand: Candidate | null = null;
  let lastPara = -99;
  for (let ci = 0; ci < cands.length; ci++) {
    const c = cands[ci] as Candidate;
    const para = (toks[(sents[c.sent] as Sentence).t0] as Token).para;
    if (c.ref) resolveRef(d, c, st);
    else if (c.kind === 'direct') {
      const full = d.fullQuote[c.quote] === true;
      const pq = prevDirect;
      const pPara = pq ? (toks[(sents[pq.sent] as Sentence).t0] as Token).para : -99;
      const qt = quoteTok[c.quote] as { first: number; last: number };
      const firstTok = toks[qt.first] as Token;
      const prevTok = toks[qt.first - 1];
      const paraInitial = !prevTok || prevTok.para !== firstTok.para;
      if (full && pq && pPara === para && (pq.speaker || pq.label)) {
        c.speaker = pq.speaker;
        c.label = pq.label;
        c.how = 'continuation';
      } else if (
        full &&
        lastStmt &&
        lastStmt === prevCand &&
        lastPara === para &&
        (lastStmt.speaker || lastStmt.label)
      ) {
        c.speaker = lastStmt.speaker;
        c.label = lastStmt.label;
        c.how = 'continuation';
      } else if (full && paraInitial && lastStmt && (lastStmt.speaker || lastStmt.label) && lastPara >= para - 1) {
        c.speaker = lastStmt.speaker;
        c.label = lastStmt.label;
        c.how = lastStmt.kind === 'direct' ? 'continuation' : 'paragraph';
      } else if (full && paraInitial && lastStmt && lastStmt.speaker && lastPara >= para - 2) {
        c.speaker = lastStmt.speaker;
        c.how = 'paragraph';
      } else if (full && paraInitial && quoteStartsSentence(d, c.quote) && c.sent > 0) {
        // “…” after a paragraph that introduces someone without quoting them yet
        const ps = sents[c.sent - 1] as Sentence;
        const subj = ps.para === para - 1 ? sentenceSubject(d, ps, ps.t1) : null;
        if (subj && subj.kind === 'mention' && subj.m.actor && subj.m.actor.type === 'person') {
          c.speaker = subj.m.actor;
          c.how = 'paragraph';
        }
      } else if (full && !paraInitial && quoteStartsSentence(d, c.quote)) {
        // "Bolton distanced himself from ... “I’m going to support him”": subject of the previous sentence
        const ps = sents[c.sent - 1];
        if (ps && ps.para === firstTok.para) {
          const subj = sentenceSubject(d, ps, ps.t1);
          if (subj && subj.kind === 'mention' && subj.m.actor && subj.m.actor.type === 'person') {
            c.speaker = subj.m.actor;
            c.how = 'paragraph';
          } else if (subj && subj.kind === 'pronoun' && (d.toks[subj.tok] as Token).lw !== 'it') {
            const a = resolvePronoun(d, subj.tok, st);
            if (a) {
              c.speaker = a;
              c.how = 'paragraph';
            }
          }
        }
      }
    }
    if (c.how === 'participle' && !c.speaker && !c.label) {
      // ", adding that ..." with an unresolved subject: the previous statement in this sentence
      let prev: Candidate | undefined;
      for (let k = ci - 1; k >= 0 && k >= ci - 8; k--) {
        const o = cands[k] as Candidate;
        if (o.sent === c.sent && (o.speaker || o.label)) {
          prev = o;
          break;
        }
      }
      if (prev) {
        c.speaker = prev.speaker;
        c.label = prev.label;
        c.ref = prev.ref;
      } else if (c.fallbackRef) {
        c.ref = c.fallbackRef;
        resolveRef(d, c, st);
      }
    }
    if (c.speaker) {
      st.lastSpeaker = c.speaker;
      st.lastSpeakerSent = c.sent;
      st.lastSpeakerPara = para;
      c.speaker.spoke = true;
    }
    if (c.kind === 'direct') prevDirect = c;
    prevCand = c;
    if (c.speaker || c.label) {
      lastStmt = c;
      lastPara = para;
    }
  }

  // --- confidence: prior by frame (estimated on the train split: share of statements of that frame
  // whose span and speaker were both right), then adjusted for how the speaker was resolved
  for (const c of cands) {
    const refKind = c.ref?.kind ?? 'none';
    let p = CONF_PRIOR[`${c.kind}:${c.how}`] ?? 0.4;
    if (refKind === 'pronoun') p -= 0.12;
    else if (refKind === 'np' && !c.speaker) p -= 0.12;
    else if (refKind === 'label') p -= 0.1;
    if (!c.speaker && !c.label) p = Math.min(p, 0.25);
    if (c.speaker && c.speaker.type === 'other') p -= 0.08;
    if (c.kind === 'indirect') {
      // say/according-to frames and quoted fragments are the most reliable reported speech
      if (c.mixed || c.cue === 'said' || c.cue === 'says' || c.cue === 'according to') p += 0.04;
      else if (c.cue === 'told' || c.cue === 'tells') p -= 0.08;
      else if (/^(reject|denie|deny|describ)/.test(c.cue))
        p -= 0.25; // stance verbs: rarely annotated as speech
      else if (c.cue !== 'say') p -= 0.06;
    }
    p += c.conf; // penalty carried by quote fragments
    c.conf = Math.max(0.05, Math.min(0.97, p));
  }

  const statements: ExtractedStatement[] = [];
  for (const c of cands) {
    const quote = text.slice(c.start, c.end);
    const st2: ExtractedStatement = {
      start: c.start,
      end: c.end,
      quote,
      kind: c.kind,
      cue: c.cue,
      speaker: c.speaker ? c.speaker.name : c.label,
      speakerType: c.speaker ? c.speaker.type : ('other' as ActorType),
      confidence: Math.round(c.conf * 1000) / 1000,
    };
    if (c.kind === 'indirect' && c.mixed) st2.mixed = true;
    if (c.ref) {
      st2.speakerStart = (toks[c.ref.t0] as Token).s;
      st2.speakerEnd = (toks[c.ref.t1 - 1] as Token).e;
    }
    statements.push(st2);
  }

  const outActors: ExtractedActor[] = actors
    .filter((a) => a.type !== 'other' || a.spoke)
    .map((a) => ({ name: a.name, type: a.type, aliases: [...a.aliases].filter((x) => x !== a.name) }));
  const trace = cands.map((c) => `${c.kind}:${c.how}:${c.ref ? c.ref.kind : 'none'}`);
  return { result: { language: lex.language, statements, actors: outActors }, trace };
}
