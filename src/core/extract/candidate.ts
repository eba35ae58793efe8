/** Statement candidates: a span of content and an unresolved reference to its speaker. */
import type { ActorType } from '../../shared/model';
import type { Actor } from './actors';
import { firstQuoteEndingAfter, hasQuoteMark } from './content-spans';
import type { Doc, SpeakerRef } from './doc';
import type { QuoteSpan, Sentence, Token } from './tokens';

export interface Candidate {
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
  /** what kind of speaker `label` is */
  labelType?: ActorType;
  conf: number;
}

export interface Attribution {
  ref: SpeakerRef;
  cue: string;
  how: Candidate['how'];
}

/** The direct quote `qi` with the attribution found next to it. */
export function directCandidate(d: Doc, qi: number, att: Attribution | null, how: Candidate['how']): Candidate {
  const q = d.quotes[qi] as QuoteSpan;
  const qt = d.quoteTok[qi] as { first: number; last: number };
  return {
    start: q.cs,
    end: q.ce,
    kind: 'direct',
    mixed: false,
    cue: att ? att.cue : '',
    ref: att ? att.ref : null,
    how,
    quote: qi,
    sent: (d.toks[qt.first] as Token).sent,
    speaker: null,
    label: null,
    conf: 0,
  };
}

/**
 * A reported-speech candidate over the character span `sp`; content that is one quotation from mark
 * to mark becomes a direct quote instead ("he said “…”").
 */
export function reportedCandidate(
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
