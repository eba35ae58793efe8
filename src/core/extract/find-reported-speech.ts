/**
 * Reported speech: speech-verb frames ("X said that …", "…, X said", "according to X", ", adding that …")
 * plus the verbless forms of find-tagged-speech.ts.
 */
import { reportedCandidate, type Candidate } from './candidate';
import {
  commaBefore,
  contentEnd,
  finiteWithin,
  looksLikeClause,
  skipDateline,
  skipObject,
  skipPP,
  skipTrailing,
  tokenWithin,
} from './clause-bounds';
import { hasQuoteMark, uncoveredSpan } from './content-spans';
import { claimObjectEnd } from './cue-polarity';
import { countWordTokens, isClauseWord, isPunct, wordCount, type Doc, type SpeakerRef } from './doc';
import { findAskedClauses } from './find-tagged-speech';
import { isPlaceTail, sentenceSubject } from './sentence-subject';
import { findSpeakerTags } from './transcript-turns';
import { anyNPRight, leftNP, rightNP, skipModsLeft } from './speaker-phrases';
import type { QuoteSpan, Sentence, Token } from './tokens';
import { CLAUSE_STARTERS, FINITE, INF_VERBS, PREPS, SUBJ_PRON, wordSet } from './word-lists';

/** Reporting verbs that are also common nouns; they need a clause starter or a finite verb soon after. */
const NOUNISH_CUES = wordSet(
  'state states report reports promise promises claim claims estimate estimates post tweet tweets vow vows pledge pledges reveal warning',
);
/** Reporting verbs whose content may be a noun phrase ("announced plans to ..."). */
const NP_CONTENT = wordSet(
  'announced announces proposed proposes promised promises pledged pledges suggested suggests revealed reveals acknowledged acknowledges urged urges recommended',
);

/** Cues that report speech only with a claim as their object ("dismissed claims that …"). */
const CLAIM_ONLY = wordSet('dismiss dismisses dismissed dismissing dispute disputes disputed refute refutes refuted');

/** Reported-speech candidates in start order, without near-duplicates (the first of two is kept). */
export function findReportedSpeech(d: Doc): Candidate[] {
  const found: Candidate[] = [];
  findSpeakerTags(d, found);
  findAskedClauses(d, found);
  for (const sent of d.sents) {
    for (let i = sent.t0; i < sent.t1; i++) {
      const t = d.toks[i] as Token;
      if (!t.word || t.q >= 0) continue;
      const isAcc = t.lw === 'according' && d.toks[i + 1]?.lw === 'to';
      if (!isAcc && !d.L.reporting.has(t.lw)) continue;
      if (t.cap && i !== sent.t0) continue;
      if (isAcc) findAccordingTo(d, found, sent, i);
      else if (t.lw.endsWith('ing')) findParticipleClause(d, found, sent, i);
      else findVerbFrame(d, found, sent, i);
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const c of found) {
    // kept candidates are in start order: only the last few can overlap this one
    const dup = kept
      .slice(-6)
      .find(
        (k) => Math.min(k.end, c.end) - Math.max(k.start, c.start) > 0.8 * Math.min(k.end - k.start, c.end - c.start),
      );
    if (dup) continue;
    kept.push(c);
  }
  return kept;
}

/** "According to X, CLAUSE" / "CLAUSE, according to X" at token i. */
function findAccordingTo(d: Doc, out: Candidate[], sent: Sentence, i: number): void {
  const ref = rightNP(d, i + 2, sent.t1) ?? anyNPRight(d, i + 2, sent.t1);
  if (!ref) return;
  let after = ref.t1;
  const prev = d.toks[i - 1];
  const startsSent = i === sent.t0 || (i === sent.t0 + 1 && isPunct(d.toks[sent.t0], '—–-'));
  if (startsSent) {
    // skip an apposition after the source
    while (after < sent.t1 && !isPunct(d.toks[after], ',')) after++;
    const end = contentEnd(d, after + 1, sent);
    const sp = uncoveredSpan(d, after + 1, end);
    if (sp) out.push(reportedCandidate(sp, 'according to', ref, 'according', sent, d));
  } else if (isPunct(prev, ',') || isPunct(prev, '(')) {
    const s0 = skipDateline(d, sent.t0, i);
    // "Fundraising, according to the campaign, has surged": the source interrupts one clause,
    // which is reported as a whole
    let endTok = i - 1;
    const k = ref.t1;
    if (isPunct(d.toks[k], ',') && k + 1 < sent.t1) {
      const end = contentEnd(d, k + 1, sent);
      if (countWordTokens(d, k + 1, end) >= 3) endTok = end;
    }
    const sp = uncoveredSpan(d, s0, endTok);
    if (sp) out.push(reportedCandidate(sp, 'according to', ref, 'according', sent, d));
  }
}

/** A participle continuing a statement: ", adding that ..." / ", saying ...". */
function findParticipleClause(d: Doc, out: Candidate[], sent: Sentence, i: number): void {
  const t = d.toks[i] as Token;
  const pv = d.toks[i - 1];
  const afterComma =
    isPunct(pv, ',') || (!!pv && pv.mark === 2 && d.text[(d.quotes[pv.q] as QuoteSpan).close - 1] === ',');
  if (!afterComma) return;
  const end = contentEnd(d, i + 1, sent);
  let c0 = i + 1;
  if (d.L.addressee.has(t.lw)) c0 = skipObject(d, c0, end);
  if (!looksLikeClause(d, c0, end, t.lw)) return;
  const sp = uncoveredSpan(d, c0, end);
  if (!sp) return;
  const c = reportedCandidate(sp, t.lw, null, 'participle', sent, d);
  c.fallbackRef = sentenceSubject(d, sent, i);
  out.push(c);
}

/** A finite speech verb at token i: post-posed, "As X reported, …", or pre-posed. */
function findVerbFrame(d: Doc, out: Candidate[], sent: Sentence, i: number): void {
  const t = d.toks[i] as Token;
  // post-posed: "CLAUSE, X said." / "CLAUSE, said X."
  let before = skipModsLeft(d, i - 1, sent.t0);
  // "X refused to confirm that …": the speaker is the subject of the refusal
  if (d.toks[before]?.lw === 'to' && d.L.lex.polarity.refusals.includes(d.toks[before - 1]?.lw ?? ''))
    before = skipModsLeft(d, before - 2, sent.t0);
  let ref = leftNP(d, before, sent.t0);
  // "Trump, speaking in Wilmington, N.C., warned …": the place ends a parenthetical; the subject is before it
  if (ref && ref.kind === 'mention' && isPlaceTail(d, ref.t0, ref.t1)) {
    const subj = sentenceSubject(d, sent, ref.t0);
    if (subj && subj.t1 <= ref.t0) ref = subj;
  }
  let nx = skipTrailing(d, i + 1, sent.t1);
  // "…, a spokesman told The Daily Ledger.": the addressee closes the attribution
  if (d.L.addressee.has(t.lw) && nx < sent.t1 && !isPunct(d.toks[nx], ',.;!?')) {
    const o = skipObject(d, i + 1, sent.t1);
    const n2 = o > i + 1 ? skipTrailing(d, o, sent.t1) : nx;
    if (n2 >= sent.t1 || isPunct(d.toks[n2], '.;!?')) nx = n2;
  }
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
      if (!u.word || u.q >= 0 || isClauseWord(d, u.lw)) {
        if (commaBefore(d, k + 1) && k + 1 < r0) r0 = k + 1;
        break;
      }
    }
  }
  if (ref && endsHere && r0 > sent.t0 && commaBefore(d, r0)) {
    emitPost(d, out, sent, isPunct(d.toks[r0 - 1], ',—–(') ? r0 - 1 : r0, nx, t.lw, ref);
    return;
  }
  if (!ref && commaBefore(d, i) && i - 1 > sent.t0) {
    const r2 = rightNP(d, i + 1, sent.t1) ?? (d.L.cues.has(t.lw) ? anyNPRight(d, i + 1, sent.t1) : null);
    if (r2) {
      const nn = skipTrailing(d, r2.t1, sent.t1);
      if (nn >= sent.t1 || isPunct(d.toks[nn], ',.')) {
        emitPost(d, out, sent, isPunct(d.toks[i - 1], ',') ? i - 1 : i, nn, t.lw, r2, true);
        return;
      }
    }
  }
  // "As X reported, CLAUSE"
  if (ref && isPunct(d.toks[nx], ',') && r0 > sent.t0 - 1) {
    const asTok = d.toks[r0 - 1];
    if (asTok && asTok.word && asTok.lw === 'as' && (r0 - 1 === sent.t0 || isPunct(d.toks[r0 - 2], ',—–'))) {
      const end = contentEnd(d, nx + 1, sent);
      const sp = uncoveredSpan(d, nx + 1, end);
      if (sp && wordCount(d.text.slice(sp[0], sp[1])) >= 3)
        out.push(reportedCandidate(sp, t.lw, ref, 'according', sent, d));
      return;
    }
  }
  if (endsHere && nx >= sent.t1) return;
  findPrePosed(d, out, sent, i, before, ref);
}

/** Pre-posed: "X said (that) CLAUSE"; `before` is the last token before the verb and its modifiers. */
function findPrePosed(
  d: Doc,
  out: Candidate[],
  sent: Sentence,
  i: number,
  before: number,
  leftRef: SpeakerRef | null,
): void {
  const L = d.L;
  const t = d.toks[i] as Token;
  let ref = leftRef;
  if (!ref && isPunct(d.toks[before], ',') === false) {
    const b = d.toks[before];
    if (b && b.word && (b.lw === 'and' || b.lw === 'but')) {
      ref = sentenceSubject(d, sent, before);
    }
  }
  if (!ref) return;
  if (
    ref.kind === 'np' &&
    ref.t0 > sent.t0 &&
    (d.toks[ref.t0 - 1] as Token).word &&
    PREPS.has((d.toks[ref.t0 - 1] as Token).lw)
  )
    return;
  // "…,” he said, speaking to reporters": a comma right after the cue opens no reported clause
  if (isPunct(d.toks[i + 1], ',')) return;
  let c0 = i + 1;
  if (L.addressee.has(t.lw)) {
    c0 = skipObject(d, c0, sent.t1);
    if (isPunct(d.toks[c0 - 1], ',') && c0 - 1 > i + 1) return; // "told supporters in Syracuse, N.Y., ..."
    const s0 = d.toks[c0];
    if (!s0 || c0 >= sent.t1) return;
    // "told reporters as she emerged ...": no reported content
    if (s0.word && (L.subordinators.has(s0.lw) || PREPS.has(s0.lw)) && s0.lw !== 'if' && s0.lw !== 'to') return;
    if (isPunct(s0, '.;,')) return;
  }
  c0 = skipPP(d, c0, sent.t1);
  if (c0 >= sent.t1) return;
  // "rejected suggestions that CLAUSE": the content is the clause the speaker rejects
  const P = L.lex.polarity;
  if (P.rejectingCues.includes(t.lw) || P.denyingCues.includes(t.lw)) {
    const e = claimObjectEnd(d, c0, sent.t1);
    if (e > 0 && e < sent.t1) c0 = e;
    else if (CLAIM_ONLY.has(t.lw) && (d.toks[c0] as Token).lw !== 'that') return;
  }
  const ct = d.toks[c0] as Token;
  // verbs that double as nouns ("campaign promise", "secretary of state") need a clear clause
  if (NOUNISH_CUES.has(t.lw) && !(ct.word && CLAUSE_STARTERS.has(ct.lw)) && !(ct.lw === 'to' && INF_VERBS.has(t.lw))) {
    if (ref.kind === 'np' || !finiteWithin(d, c0, 6)) return;
  }
  // "described Y as Z" counts as reported speech only with a quoted characterisation
  if (
    (t.lw === 'described' || t.lw === 'describes' || t.lw === 'describe' || t.lw === 'describing') &&
    (!tokenWithin(d, c0, sent.t1, 'as', 14) || !hasQuoteMark(d, ct.s, (d.toks[sent.t1 - 1] as Token).e))
  )
    return;
  if (isPunct(ct, ':')) return;
  const bt = d.toks[ref.t0 - 1];
  // "…, which officials said was unsafe": the relative pronoun is the subject of what was said, and the whole
  // relative clause is the statement ("in which he said …" is not: there "which" is the preposition's)
  const pb = d.toks[ref.t0 - 2];
  const rel = bt && bt.word && bt.q < 0 && bt.lw === 'which' && !(pb && PREPS.has(pb.lw)) ? ref.t0 - 1 : -1;
  if (ct.word && FINITE.has(ct.lw) && rel < 0) return; // "what he said were ..."
  if (bt && bt.word && bt.lw === 'what') return;
  if (ct.mark === 1 && d.fullQuote[ct.q]) return;
  const end = contentEnd(d, c0, sent);
  let endTok = end;
  // subordinate clause at the sentence start: stop at the main clause
  const st = d.toks[sent.t0] as Token;
  if (st.word && L.subordinators.has(st.lw)) {
    const k = mainClauseCommas(d, sent)[c0 + 1 - sent.t0] ?? -1;
    if (k >= 0 && k < endTok) endTok = k;
  }
  if (!(rel >= 0 && ct.word && FINITE.has(ct.lw)) && !looksLikeClause(d, c0, endTok, t.lw)) {
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
      if (endTok - c0 < 3) return;
    } else if (NP_CONTENT.has(t.lw) && ref.kind !== 'np') {
      // "announced plans to ...", "proposed a tax on ...": a noun-phrase content
      if (endTok - c0 < 3) return;
    } else return;
  }
  if (
    L.clauseOnly.has(t.lw) &&
    !(ct.word && CLAUSE_STARTERS.has(ct.lw)) &&
    !hasQuoteMark(d, ct.s, (d.toks[endTok - 1] as Token).e)
  ) {
    if (!looksLikeClause(d, c0, endTok, 'x')) return;
  }
  const sp = uncoveredSpan(d, rel >= 0 ? rel : c0, endTok);
  if (!sp) return;
  if (!hasWords(d.text, sp[0], sp[1], 3)) return;
  out.push(reportedCandidate(sp, t.lw, ref, 'pre', sent, d));
}

/**
 * Work findPrePosed has done (characters looked at for word counts, tokens scanned for main-clause commas), so
 * tests can show it stays linear in the sentence however many speech verbs the sentence has.
 */
export const prePosedWork = { units: 0 };

/** Whether text[from, to) holds at least `n` words (as wordCount counts them), reading only as far as needed. */
function hasWords(text: string, from: number, to: number, n: number): boolean {
  const word = /[\p{L}\p{N}]+/gu;
  word.lastIndex = from;
  let found = 0;
  for (let m = word.exec(text); m && m.index < to; m = word.exec(text)) {
    prePosedWork.units += m[0].length;
    // a word cut by the span's end counts, as it does in wordCount(text.slice(from, to))
    if (++found >= n) return true;
  }
  return false;
}

/**
 * For each token of the sentence, the first comma at or after it that opens a main clause (", she …", ", the …",
 * ", <name> …"), or -1: one pass per sentence instead of a scan per speech verb.
 */
const mainCommaCache = new WeakMap<Sentence, Int32Array>();
function mainClauseCommas(d: Doc, sent: Sentence): Int32Array {
  let next = mainCommaCache.get(sent);
  if (next) return next;
  next = new Int32Array(Math.max(0, sent.t1 - sent.t0 + 1)).fill(-1);
  for (let k = sent.t1 - 1; k >= sent.t0; k--) {
    prePosedWork.units++;
    const u = d.toks[k] as Token;
    const n1 = d.toks[k + 1];
    const opens =
      u.q < 0 && isPunct(u, ',') && !!n1 && n1.word && (SUBJ_PRON.has(n1.lw) || n1.lw === 'the' || !!d.mStart[k + 1]);
    next[k - sent.t0] = opens ? k : (next[k + 1 - sent.t0] ?? -1);
  }
  mainCommaCache.set(sent, next);
  return next;
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
  let s0 = skipDateline(d, sent.t0, comma);
  // "… silenced his former wife: “She signed …,” he said": what was said starts after the colon
  for (let k = comma - 1; k > s0; k--) {
    const u = d.toks[k] as Token;
    if (u.q < 0 && isPunct(u, ':') && (d.toks[k + 1] as Token).mark === 1) {
      s0 = k + 1;
      break;
    }
  }
  let endTok = comma;
  if (!uncoveredSpan(d, s0, comma)) return; // “…,” said X, the … : a direct quote
  const a = d.toks[after];
  if (a && after < sent.t1 && isPunct(a, ',') && !inverted) {
    const n1 = d.toks[after + 1];
    // the sentence goes on after the parenthetical source: "The plan, a source said, is to ..."
    const goesOn =
      // "…, many economists say, because …" / "…, he said, “not only by …”"
      (!!n1 && n1.word && n1.q < 0 && n1.lw === 'because') ||
      (!!n1 && n1.mark === 1) ||
      (!!n1 &&
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
            !d.L.cues.has(n1.lw))));
    if (goesOn) {
      const end = contentEnd(d, after + 1, sent);
      if (countWordTokens(d, after + 1, end) >= 3) endTok = end;
    }
  }
  const sp = uncoveredSpan(d, s0, endTok);
  if (!sp) return;
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
  out.push(reportedCandidate(sp, cue, ref, 'post', sent, d));
}
