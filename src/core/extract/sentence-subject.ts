/** The subject of a sentence, for statements whose own clause does not name the speaker. */
import { isCue, isPunct, type Doc, type SpeakerRef } from './doc';
import { genericLeft, leftNP, plainNPLeft, rightNP, skipModsLeft } from './speaker-phrases';
import type { Sentence, Token } from './tokens';
import { FINITE, PREPS } from './word-lists';

/** Subject NP at the start of the sentence (for coordinated cues: "X has refused ... and has instead argued"). */
export function sentenceSubject(d: Doc, sent: Sentence, before: number): SpeakerRef | null {
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
    // "At a rally in Portsmouth, N.H., on Tuesday, …": the state closes the introductory phrase
    if (m && isPlaceTail(d, m.r0, m.r1) && isPunct(d.toks[m.r1], ',')) {
      k = m.r1 + 1;
      continue;
    }
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

/** Tokens [t0, t1) end in a place written as a dateline writes it ("N.C.", "Wilmington, N.C."): where, never who. */
export function isPlaceTail(d: Doc, t0: number, t1: number): boolean {
  const last = d.toks[t1 - 1] as Token | undefined;
  if (!last || t1 <= t0) return false;
  const abbr = d.L.lex.placeAbbreviations;
  return abbr.includes(last.lw) || (d.toks[t1]?.w === '.' && abbr.includes(`${last.lw}.`));
}

/** The speaker of the closest speech verb before token c in the sentence ("she said, adding, …"). */
export function subjectOfPreviousCue(d: Doc, c: number, floor: number): SpeakerRef | null {
  for (let k = c - 2; k >= floor; k--) {
    const t = d.toks[k] as Token;
    if (!isCue(d, t) || t.lw.endsWith('ing')) continue;
    const left = leftNP(d, skipModsLeft(d, k - 1, floor), floor);
    if (left) return left;
    return rightNP(d, k + 1, c);
  }
  return null;
}
