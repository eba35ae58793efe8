/**
 * Speaker resolution in text order: explicit references are resolved; quotes without one inherit the
 * speaker of the statement before them (same paragraph, or a paragraph that introduces them).
 */
import type { Actor } from './actors';
import type { Candidate } from './candidate';
import type { Doc, SpeakerRef } from './doc';
import { quoteStartsSentence } from './quote-attribution';
import { resolvePronoun, resolveRef, type SalienceState } from './resolve-reference';
import { sentenceSubject } from './sentence-subject';
import type { QuoteSpan, Sentence, Token } from './tokens';

/** Resolves `cands` (in start order) in place; `direct` is the direct candidate per quote index. */
export function resolveSpeakers(d: Doc, cands: Candidate[], direct: (Candidate | null)[]): void {
  const { toks, sents, quotes, quoteTok } = d;
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
  const paraOf = (c: Candidate): number => (toks[(sents[c.sent] as Sentence).t0] as Token).para;
  let prevDirect: Candidate | null = null;
  let lastStmt: Candidate | null = null;
  let prevCand: Candidate | null = null;
  let lastPara = -99;
  for (let ci = 0; ci < cands.length; ci++) {
    const c = cands[ci] as Candidate;
    const para = paraOf(c);
    if (c.ref) resolveRef(d, c, st);
    else if (c.kind === 'direct') {
      const full = d.fullQuote[c.quote] === true;
      const pq = prevDirect;
      const pPara = pq ? paraOf(pq) : -99;
      const qt = quoteTok[c.quote] as { first: number; last: number };
      const firstTok = toks[qt.first] as Token;
      const prevTok = toks[qt.first - 1];
      const paraInitial = !prevTok || prevTok.para !== firstTok.para;
      if (full && pq && pPara === para && (pq.speaker || pq.label)) {
        inherit(c, pq, 'continuation');
      } else if (
        full &&
        lastStmt &&
        lastStmt === prevCand &&
        lastPara === para &&
        (lastStmt.speaker || lastStmt.label)
      ) {
        inherit(c, lastStmt, 'continuation');
      } else if (full && paraInitial && lastStmt && (lastStmt.speaker || lastStmt.label) && lastPara >= para - 1) {
        inherit(c, lastStmt, lastStmt.kind === 'direct' ? 'continuation' : 'paragraph');
      } else if (full && paraInitial && lastStmt && lastStmt.speaker && lastPara >= para - 2) {
        c.speaker = lastStmt.speaker;
        c.how = 'paragraph';
      } else if (full && paraInitial && quoteStartsSentence(d, c.quote) && c.sent > 0) {
        // “…” after a paragraph that introduces someone without quoting them yet
        const ps = sents[c.sent - 1] as Sentence;
        const subj = ps.para === para - 1 ? sentenceSubject(d, ps, ps.t1) : null;
        const person = namedPerson(subj);
        if (person) {
          c.speaker = person;
          c.how = 'paragraph';
        }
      } else if (full && !paraInitial && quoteStartsSentence(d, c.quote)) {
        // "Bolton distanced himself from ... “I’m going to support him”": subject of the previous sentence
        const ps = sents[c.sent - 1];
        if (ps && ps.para === firstTok.para) {
          const subj = sentenceSubject(d, ps, ps.t1);
          const person = namedPerson(subj);
          if (person) {
            c.speaker = person;
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
        c.labelType = prev.labelType;
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
}

function inherit(c: Candidate, from: Candidate, how: Candidate['how']): void {
  c.speaker = from.speaker;
  c.label = from.label;
  c.labelType = from.labelType;
  c.how = how;
}

/** The person a reference names outright, if any. */
function namedPerson(ref: SpeakerRef | null): Actor | null {
  return ref && ref.kind === 'mention' && ref.m.actor && ref.m.actor.type === 'person' ? ref.m.actor : null;
}
