/** The analysed article that every finder reads, and small questions about its tokens. */
import {
  analyseRun,
  buildActors,
  findMentions,
  promoteSpeakers,
  type Actor,
  type LexSets,
  type Mention,
} from './actors';
import { headlineParas, trimHeadlineNames } from './headline-names';
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
import { FINITE, SUBJ_PRON } from './word-lists';

/** An unresolved reference to whoever spoke. */
export type SpeakerRef =
  | { kind: 'mention'; m: Mention; t0: number; t1: number }
  | { kind: 'pronoun'; tok: number; t0: number; t1: number }
  | {
      kind: 'np';
      label: string;
      head: string;
      definite: boolean;
      t0: number;
      t1: number;
      /** the whole subject of the speech verb's clause: its text is the label even when its head is no speaker noun */
      subject?: boolean;
    }
  | { kind: 'label'; text: string; t0: number; t1: number };

export interface Doc {
  text: string;
  L: LexSets;
  toks: Token[];
  sents: Sentence[];
  quotes: QuoteSpan[];
  /** first and last token of each quotation; first < 0 when it holds no token */
  quoteTok: { first: number; last: number }[];
  mentions: Mention[];
  /** mention by its first token (and by the first token of its name part), and by its last token */
  mStart: (Mention | undefined)[];
  mEnd: (Mention | undefined)[];
  actors: Actor[];
  /** per quotation: it stands as a direct quote (set by findDirectQuotes, read by the later finders) */
  fullQuote: boolean[];
  /** name mentions per sentence, in text order */
  sentMentions: Mention[][];
  /** paragraphs written in title case (headlines) */
  headParas: Set<number>;
}

/** Tokens, sentences, quotations and name mentions of `text`, with the indexes the finders use. */
export function buildDoc(text: string, L: LexSets): Doc {
  const paraStarts = paragraphStarts(text);
  const quotes = findQuotes(text, paraStarts);
  const toks = tokenize(text, paraStarts);
  assignQuotes(toks, quotes);
  const sents = segment(text, toks, L.abbreviations, L.starters);
  const heads = headlineParas(toks, L);
  const found = trimHeadlineNames(toks, findMentions(toks, sents, L), heads, (r0, r1, poss) =>
    analyseRun(toks, r0, r1, L, poss),
  );
  // "Mark Cuban … Cuban said": a nationality alone is a surname when a full name in the text ends with it
  const surnames = new Set<string>();
  for (const m of found) {
    const first = toks[m.n0] as Token;
    if (!m.roleOnly && m.n1 - m.n0 >= 2 && (L.male.has(first.lw) || L.female.has(first.lw)))
      surnames.add((toks[m.n1 - 1] as Token).lw);
  }
  const mentions = found.filter((m) => {
    if (m.roleOnly) return true;
    if (m.n1 - m.n0 === 1) {
      const w = (toks[m.n0] as Token).lw;
      if (L.titles.has(w) || (L.nationalities.has(w) && !surnames.has(w))) return false;
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
  return {
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
    headParas: heads,
  };
}

/** A full stop that belongs to an abbreviation or initial ("Mr.", "J."). */
export function isAbbrevDot(d: Doc, k: number): boolean {
  const p = d.toks[k - 1];
  const t = d.toks[k] as Token;
  if (!p || !p.word || p.e !== t.s) return false;
  return d.L.abbreviations.has(p.lw) || d.L.titles.has(p.lw) || (p.w.length === 1 && p.cap);
}

/** Token k is the closing mark of a quotation whose text ends with a comma ("… on “Vell Morning,” Osei said"). */
export function closesWithComma(d: Doc, k: number): boolean {
  const t = d.toks[k];
  return !!t && t.mark === 2 && t.q >= 0 && d.text[(d.quotes[t.q] as QuoteSpan).close - 1] === ',';
}

export function isPunct(t: Token | undefined, chars: string): boolean {
  return !!t && !t.word && chars.includes(t.w);
}

export function isPronoun(d: Doc, t: Token | undefined): boolean {
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

/** A finite auxiliary, subject pronoun or speech verb: a word of a clause, never inside a speaker noun phrase. */
export function isClauseWord(d: Doc, lw: string): boolean {
  return FINITE.has(lw) || SUBJ_PRON.has(lw) || d.L.cues.has(lw);
}

export function isCue(d: Doc, t: Token | undefined): boolean {
  return !!t && t.word && t.q < 0 && d.L.cues.has(t.lw);
}

export function nounHead(d: Doc, lw: string): boolean {
  const L = d.L;
  if (L.generic.has(lw) || L.roles.has(lw)) return true;
  if (lw.endsWith('s') && (L.generic.has(lw.slice(0, -1)) || L.roles.has(lw.slice(0, -1)))) return true;
  return false;
}

/** The paragraph-level end token index (exclusive) of the sentence containing token i. */
export function sentOf(d: Doc, i: number): Sentence {
  return d.sents[(d.toks[i] as Token).sent] as Sentence;
}

export function wordCount(s: string): number {
  const m = s.match(/[\p{L}\p{N}]+/gu);
  return m ? m.length : 0;
}

/** Number of word tokens in [t0, t1). */
export function countWordTokens(d: Doc, t0: number, t1: number): number {
  let words = 0;
  for (let k = t0; k < t1; k++) if ((d.toks[k] as Token).word) words++;
  return words;
}
