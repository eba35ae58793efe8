/**
 * Reported speech: speech-verb frames ("X said that …", "…, X said", "according to X", ", adding that …")
 * plus the verbless forms of find-tagged-speech.ts.
 *
 *   findVerbFrame / findPrePosed   finite cues, post-posed or pre-posed, progressive ("is telling") and after a
 *                                  verb chain ("is likely to stress"); passive cues ("was told") are skipped
 *   findParticipleClause           ", adding that …", "by saying …", "After suggesting that …, X …"
 *   findAccordingTo                "according to X" before or after its clause, with or without a comma
 *   emitPost                       the clause before ", X said", and its continuation after the source
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
import {
  closesWithComma,
  countWordTokens,
  isClauseWord,
  isCue,
  isPunct,
  wordCount,
  type Doc,
  type SpeakerRef,
} from './doc';
import { findAskedClauses } from './find-tagged-speech';
import {
  clauseSubject,
  isPlaceTail,
  participleSubject,
  sentenceSubject,
  subjectOfPreviousCue,
} from './sentence-subject';
import { titleAfterPreposition } from './quote-attribution';
import { findSpeakerTags } from './transcript-turns';
import { anyNPRight, leftNP, rightNP, skipModsLeft } from './speaker-phrases';
import type { QuoteSpan, Sentence, Token } from './tokens';
import { CLAUSE_STARTERS, FINITE, INF_VERBS, PREPS, SAY_FORMS, SUBJ_PRON, isQuantifier, wordSet } from './word-lists';

/** Reporting verbs that are also common nouns; they need a clause starter or a finite verb soon after. */
const NOUNISH_CUES = wordSet(
  'state states report reports promise promises claim claims estimate estimates post tweet tweets vow vows pledge pledges reveal warning',
);
/** Reporting verbs whose content may be a noun phrase ("announced plans to ..."). */
const NP_CONTENT = wordSet(
  'announced announces proposed proposes promised promises pledged pledges suggested suggests revealed reveals acknowledged acknowledges urged urges recommended mentioned mentions noted notes tweeted tweets stressed stresses emphasized emphasizes reiterated reiterates confirmed confirms repeated',
);

/**
 * Verbs whose topic, after "about" / "of", is reported as what was said ("spoke about the wall"); measured on the
 * train set, where these pairs are annotated as statements in most of their uses ("talked about" and "spoke on"
 * are not, and are left out).
 */
const TOPIC_CUES = new Map<string, Set<string>>(
  [
    ['spoke speaks', 'about of'],
    ['wrote writes joked jokes', 'about'],
    ['warned warns boasted boasts bragged brags', 'of'],
  ].flatMap(([verbs, preps]) =>
    (verbs as string).split(' ').map((v) => [v, new Set((preps as string).split(' '))] as const),
  ),
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
      if (!isAcc && !d.L.reporting.has(t.lw) && !TOPIC_CUES.has(t.lw)) continue;
      // a capitalised verb inside a sentence is a name or a title, except in a headline ("Marr Says Plan Failed")
      if (t.cap && i !== sent.t0 && !isAcc && !(d.headParas.has(t.para) && HEADLINE_CUES.has(t.lw))) continue;
      if (asksAnonymity(d, i)) continue;
      if (isAcc) findAccordingTo(d, found, sent, i);
      else if (t.lw.endsWith('ing') && !isProgressive(d, i, sent.t0)) findParticipleClause(d, found, sent, i);
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

/** "who asked not to be named": a source's request for anonymity says nothing about the story. */
function asksAnonymity(d: Doc, i: number): boolean {
  const t = d.toks[i] as Token;
  if (t.lw !== 'asked' && t.lw !== 'requested') return false;
  const words = [1, 2, 3, 4].map((k) => d.toks[i + k]?.lw ?? '');
  return words[0] === 'not' && words[1] === 'to' && words[2] === 'be' && ANONYMOUS_AS.has(words[3]!);
}

const ANONYMOUS_AS = wordSet('named identified quoted');

/** -ing words that are prepositions or nouns, not gerunds. */
const NOT_GERUNDS = wordSet(
  'including during following according regarding concerning nothing something anything everything thing',
);

/** Speech verbs read in title-case headlines. */
const HEADLINE_CUES = wordSet('says tells warns urges claims admits announces reveals tweets vows promises insists');

/** Prepositions that carry on an interrupted clause (", Devine said, by the upcoming calendar"). */
const CONTINUING_PREPS = wordSet('by for of from than');

/** A verb phrase without its own subject starts at k ("and had passed …", "and would release …"). */
function continuesPredicate(d: Doc, k: number, ceil: number): boolean {
  const u = d.toks[k];
  if (!u || k >= ceil || !u.word || u.q >= 0 || u.cap) return false;
  if (d.L.cues.has(u.lw) || u.lw === 'then') return false;
  return FINITE.has(u.lw) || /ed$/.test(u.lw);
}

/** Words before a speech participle that tie it to the sentence's subject. */
const PARTICIPLE_LINKS = wordSet('by before after while and without');

const BE_FORMS = wordSet('is are was were be been am');
const PERFECT_AUX = wordSet('have has had');
const POSSESSIVES = wordSet('his her their its our');

/** "Kasich is telling voters that …", "she was insisting …": a finite verb phrase, not a participle clause. */
function isProgressive(d: Doc, i: number, floor: number): boolean {
  for (let k = i - 1, n = 0; k >= floor && n < 4; k--, n++) {
    const u = d.toks[k] as Token;
    if (!u.word || u.q >= 0) return false;
    if (BE_FORMS.has(u.lw) || (u.poss && (u.lw === 'he' || u.lw === 'she'))) return true; // "she’s telling
    if (!(d.L.modifiers.has(u.lw) || u.lw.endsWith('ly') || u.lw === 'not')) return false;
  }
  return false;
}

/** "According to X, CLAUSE" / "CLAUSE, according to X" at token i. */
function findAccordingTo(d: Doc, out: Candidate[], sent: Sentence, i: number): void {
  const ref = rightNP(d, i + 2, sent.t1) ?? anyNPRight(d, i + 2, sent.t1);
  if (!ref) return;
  let after = ref.t1;
  const prev = d.toks[i - 1];
  // "… unnoticed: According to recent polls, …", "(According to the department, …)": a clause opens here too
  // "But according to reports, …": a conjunction before it
  const startsSent =
    i === sent.t0 ||
    (i === sent.t0 + 1 && isPunct(d.toks[sent.t0], '—–-')) ||
    (isPunct(prev, ':;(') && (d.toks[i] as Token).cap) ||
    (i === sent.t0 + 1 && !!prev && prev.word && OPENING_CONJUNCTIONS.has(prev.lw));
  // "… 271 pledged delegates according to a count by the AP.": a closing source needs no comma
  const closing = !!prev && prev.word && prev.q < 0 && i > sent.t0 + 3 && endsSource(d, ref.t1, sent);
  if (startsSent) {
    // skip an apposition after the source
    while (after < sent.t1 && !isPunct(d.toks[after], ',')) after++;
    const end = contentEnd(d, after + 1, sent);
    const sp = uncoveredSpan(d, after + 1, end);
    if (sp) out.push(reportedCandidate(sp, 'according to', ref, 'according', sent, d));
  } else if (isPunct(prev, ',') || isPunct(prev, '(') || closing) {
    const s0 = sourcedClauseStart(d, sent, skipDateline(d, sent.t0, i), closing ? i : i - 1);
    // "Fundraising, according to the campaign, has surged": the source interrupts one clause,
    // which is reported as a whole
    let endTok = closing ? i : i - 1;
    const k = ref.t1;
    // "…, according to a CNN tally, but his pathway …": after a whole clause the source closes it; only a
    // phrase without a verb ("At the heart of it, according to X, was …") is a clause the source interrupts
    if (isPunct(d.toks[k], ',') && k + 1 < sent.t1 && !hasVerb(d, s0, endTok)) {
      const end = contentEnd(d, k + 1, sent);
      if (countWordTokens(d, k + 1, end) >= 3) endTok = end;
    }
    const sp = uncoveredSpan(d, s0, endTok);
    if (sp) out.push(reportedCandidate(sp, 'according to', ref, 'according', sent, d));
  }
}

const OPENING_CONJUNCTIONS = wordSet('but and yet so still');

/** Whether tokens [t0, t1) hold a finite verb: an auxiliary or a lower-case past form. */
function hasVerb(d: Doc, t0: number, t1: number): boolean {
  for (let k = t0; k < t1; k++) {
    const u = d.toks[k] as Token;
    if (u.word && u.q < 0 && (FINITE.has(u.lw) || (!u.cap && u.lw.length > 4 && u.lw.endsWith('ed')))) return true;
  }
  return false;
}

/** Whether the source phrase ending at token k closes the sentence (its end, or a comma or dash after it). */
function endsSource(d: Doc, k: number, sent: Sentence): boolean {
  let j = k;
  // "according to a count by The Associated Press": the source's own short "by" / "of" phrase
  while (j < sent.t1 && j < k + 8 && !isPunct(d.toks[j], ',.;:!?—–') && (d.toks[j] as Token).q < 0) j++;
  return j >= sent.t1 || isPunct(d.toks[j], '.!?;');
}

/**
 * Where the clause that "according to" sources begins, in [s0, end): after a colon ("… firms: London was …"),
 * inside a closing "with" phrase ("…, with 56 percent of voters saying …") and after an opening subordinate
 * clause ("Though he trails, Kasich has the best odds, according to …").
 */
function sourcedClauseStart(d: Doc, sent: Sentence, s0: number, end: number): number {
  let start = s0;
  for (let k = s0; k < end - 2; k++) {
    const u = d.toks[k] as Token;
    if (u.q >= 0) continue;
    if (isPunct(u, ':;')) start = k + 1;
    else if (isPunct(u, ',') && d.toks[k + 1]?.lw === 'with' && end - k > 4) start = k + 2;
  }
  const st = d.toks[start] as Token;
  if (start === s0 && st.word && d.L.subordinators.has(st.lw)) {
    const k = mainClauseCommas(d, sent)[start + 1 - sent.t0] ?? -1;
    if (k >= 0 && k < end - 2) start = k + 1;
  }
  return start;
}

/** A participle continuing a statement: ", adding that ..." / ", saying ...". */
function findParticipleClause(d: Doc, out: Candidate[], sent: Sentence, i: number): void {
  const t = d.toks[i] as Token;
  // "…, eventually saying …", "after initially saying …": an adverb between the link and the participle
  const adverb = d.toks[i - 1]?.word && PARTICIPLE_ADVERBS.test((d.toks[i - 1] as Token).lw) ? 1 : 0;
  const pv = d.toks[i - 1 - adverb];
  const afterComma = isPunct(pv, ',—–') || closesWithComma(d, i - 1 - adverb);
  // "responded by saying …", "before insisting …", "… and vowing to …": the subject's own participle clause
  const linked = !!pv && pv.word && pv.q < 0 && PARTICIPLE_LINKS.has(pv.lw) && i - 1 - adverb > sent.t0;
  if (!afterComma && !linked) {
    findFrontedParticiple(d, out, sent, i);
    return;
  }
  let end = contentEnd(d, i + 1, sent);
  // "Osei, after initially saying he would not …, changed course": the parenthetical ends where the predicate resumes
  if (linked && isPunct(d.toks[i - 2 - adverb], ',')) end = relativeEnd(d, i, end);
  let c0 = i + 1;
  if (d.L.addressee.has(t.lw)) c0 = skipObject(d, c0, end);
  // ", claiming without evidence that …", ", stating during the debate that …": the phrase before "that"
  c0 = thatAfterPhrase(d, c0, end);
  if (!looksLikeClause(d, c0, end, t.lw)) return;
  const sp = uncoveredSpan(d, c0, end);
  if (!sp) return;
  const c = reportedCandidate(sp, t.lw, null, 'participle', sent, d);
  c.fallbackRef = participleSubject(d, sent, i);
  out.push(c);
}

const PARTICIPLE_ADVERBS = /^(?:\p{L}+ly|first|then|also|later|again|even)$/u;

const PHRASE_PREPS = wordSet('without during after before in at on');

/** The "that" after a short prepositional phrase at c0 ("without any evidence that …"), else c0. */
function thatAfterPhrase(d: Doc, c0: number, end: number): number {
  const pp = skipPP(d, c0, end);
  if (pp > c0 && d.toks[pp]?.lw === 'that') return pp;
  const t = d.toks[c0];
  if (!t || !t.word || t.q >= 0 || !(PREPS.has(t.lw) || PHRASE_PREPS.has(t.lw))) return c0;
  for (let k = c0 + 1; k < end && k < c0 + 6; k++) {
    const u = d.toks[k] as Token;
    if (!u.word || u.q >= 0 || FINITE.has(u.lw) || isCue(d, u)) return c0;
    if (u.lw === 'that') return k;
  }
  return c0;
}

/**
 * The subject before a short verb chain ending in "to" at `to` ("is likely to", "has taken to", "is continuing
 * to"): a name or pronoun at most four lower-case words before it.
 */
function chainSubject(d: Doc, to: number, floor: number): SpeakerRef | null {
  for (let k = to - 1; k >= floor && k >= to - 4; k--) {
    const u = d.toks[k] as Token;
    const ref = leftNP(d, k, floor);
    if (ref && (ref.kind === 'mention' || ref.kind === 'pronoun') && ref.t1 === k + 1 && k < to - 1) return ref;
    if (!u.word || u.cap || u.q >= 0 || PREPS.has(u.lw) || d.L.determiners.has(u.lw) || isCue(d, u)) return null;
  }
  return null;
}

/** Whether the cue at i sits in a relative clause on its speaker ("Jonas Ellery, who said …, gave …"). */
function inRelative(d: Doc, ref: SpeakerRef, i: number): boolean {
  for (let k = ref.t0; k < i; k++) {
    const u = d.toks[k] as Token;
    if (u.word && u.q < 0 && u.lw === 'who' && isPunct(d.toks[k - 1], ',')) return true;
  }
  return false;
}

/**
 * The end of what was said inside a relative clause: the comma (or a quotation closed by one) after which the
 * main clause's predicate resumes with a lower-case verb ("…, who said X would not sign, gave the deal …").
 */
function relativeEnd(d: Doc, from: number, end: number): number {
  for (let k = from + 1; k < end - 1; k++) {
    const t = d.toks[k] as Token;
    const quoteComma = closesWithComma(d, k);
    if (!(quoteComma || (t.q < 0 && isPunct(t, ',')))) continue;
    const n = d.toks[k + 1] as Token;
    const opener =
      PREPS.has(n.lw) ||
      CLAUSE_STARTERS.has(n.lw) ||
      SUBJ_PRON.has(n.lw) ||
      d.L.determiners.has(n.lw) ||
      /^(and|or|but|nor|as|ing)$/.test(n.lw) ||
      /ing$/.test(n.lw);
    if (n.word && n.q < 0 && !n.cap && !opener) return quoteComma ? k + 1 : k;
  }
  return end;
}

/** Words before a sentence-initial participle clause: "After saying …, X", "While insisting …, X". */
const FRONTING = wordSet('after while in before upon since when by');

/**
 * "Promising that …, Bolton said …", "After suggesting on Wednesday that …, Mr. Rubio …": a participle clause
 * that opens the sentence reports what the subject of the main clause said.
 */
function findFrontedParticiple(d: Doc, out: Candidate[], sent: Sentence, i: number): void {
  let k = sent.t0;
  while (k < i && k < sent.t0 + 4) {
    const u = d.toks[k] as Token;
    if (!u.word || u.q >= 0 || !(FRONTING.has(u.lw) || isQuantifier(u.lw) || /^(month|week|year|day)s?$/.test(u.lw)))
      return;
    k++;
  }
  if (k !== i) return;
  const t = d.toks[i] as Token;
  let c0 = skipPP(d, i + 1, sent.t1);
  if (d.L.addressee.has(t.lw)) c0 = skipObject(d, c0, sent.t1);
  const comma = mainClauseCommas(d, sent)[c0 - sent.t0] ?? -1;
  if (comma < 0 || comma - c0 < 1) return;
  const ref = rightNP(d, comma + 1, sent.t1);
  if (!ref || ref.kind === 'np') return;
  if (!looksLikeClause(d, c0, comma, t.lw) && !NP_CONTENT.has(t.lw.replace(/ing$/, 'ed'))) return;
  const sp = uncoveredSpan(d, c0, comma);
  if (sp) out.push(reportedCandidate(sp, t.lw, ref, 'participle', sent, d));
}

const CLAIM_NOUNS = wordSet('claim claims assertion charge allegation view argument notion idea position contention');

/** "…, a claim economists dispute.": an apposition on the content whose relative clause has its own subject. */
function claimApposition(d: Doc, ref: SpeakerRef): boolean {
  const first = d.toks[ref.t0];
  return (
    ref.kind === 'np' &&
    !!first &&
    (first.lw === 'a' || first.lw === 'an' || first.lw === 'the') &&
    CLAIM_NOUNS.has(d.toks[ref.t0 + 1]?.lw ?? '')
  );
}

/** A finite speech verb at token i: post-posed, "As X reported, …", or pre-posed. */
function findVerbFrame(d: Doc, out: Candidate[], sent: Sentence, i: number): void {
  const t = d.toks[i] as Token;
  // "Mr. Fenn's role was disclosed after …": a passive participle has no speaker in front of it
  const pb = d.toks[i - 1];
  if (pb && pb.word && pb.q < 0 && BE_FORMS.has(pb.lw) && pb.lw !== 'be' && /(ed|told|said)$/.test(t.lw)) return;
  // post-posed: "CLAUSE, X said." / "CLAUSE, said X."
  let before = skipModsLeft(d, i - 1, sent.t0);
  // "Some have urged …", "Marr had told …": an auxiliary before a past participle belongs to the verb
  if (PERFECT_AUX.has(d.toks[before]?.lw ?? '') && /(ed|told|said|written|spoken)$/.test(t.lw) && before > sent.t0)
    before = skipModsLeft(d, before - 1, sent.t0);
  // "X refused to confirm that …": the speaker is the subject of the refusal
  if (d.toks[before]?.lw === 'to' && d.L.lex.polarity.refusals.includes(d.toks[before - 1]?.lw ?? ''))
    before = skipModsLeft(d, before - 2, sent.t0);
  let ref = leftNP(d, before, sent.t0);
  // "Yellen is likely to stress that …", "he's poised to argue …": the subject of the verb chain speaks
  if (!ref && d.toks[before]?.lw === 'to') ref = chainSubject(d, before, sent.t0);
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
  // "…, said Ada Fenn, who …": an inverted source with an apposition wins over a phrase inside the content
  if (ref && !endsHere && commaBefore(d, i) && isPunct(d.toks[i - 1], ',') && i - 1 > sent.t0) {
    const r2 = rightNP(d, i + 1, sent.t1);
    if (r2 && r2.kind === 'mention' && isPunct(d.toks[r2.t1], ',')) {
      const n2 = d.toks[r2.t1 + 1];
      if (n2 && n2.word && n2.q < 0 && (n2.lw === 'who' || n2.lw === 'a' || n2.lw === 'an' || n2.lw === 'the')) {
        emitPost(d, out, sent, i - 1, r2.t1, t.lw, r2, true);
        return;
      }
    }
  }
  if (ref && endsHere && r0 > sent.t0 && commaBefore(d, r0) && !claimApposition(d, ref)) {
    emitPost(d, out, sent, isPunct(d.toks[r0 - 1], ',—–(') ? r0 - 1 : r0, nx, t.lw, ref);
    return;
  }
  if (!ref && commaBefore(d, i) && i - 1 > sent.t0) {
    const r2 = rightNP(d, i + 1, sent.t1) ?? (d.L.cues.has(t.lw) ? anyNPRight(d, i + 1, sent.t1) : null);
    if (r2) {
      const nn = skipTrailing(d, r2.t1, sent.t1);
      // "…, said an American official who was briefed on the talks."
      const relative = r2.kind === 'np' && d.toks[nn]?.lw === 'who';
      if (nn >= sent.t1 || isPunct(d.toks[nn], ',.') || relative) {
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

/**
 * Where the reported clause starts after an addressee that runs long: the first "that" followed by a clause
 * with its own subject, or a subject pronoun with a finite verb after it, within 16 tokens and before any
 * finite verb of the addressee phrase; -1 when there is none.
 */
function clauseAfterAddressee(d: Doc, from: number, ceil: number): number {
  for (let k = from + 2; k < ceil && k < from + 16; k++) {
    const u = d.toks[k] as Token;
    if (u.q >= 0 || isPunct(u, '.;:')) return -1;
    if (!u.word) continue;
    if (u.lw === 'that' && finiteSoon(d, k + 1, ceil)) return k;
    if ((u.lw === 'he' || u.lw === 'she' || u.lw === 'they' || u.lw === 'we') && subjectClauseAt(d, k, ceil)) return k;
    if (FINITE.has(u.lw) || isCue(d, u)) return -1;
  }
  return -1;
}

/** A finite verb within five tokens from k, before any punctuation; k itself a word that is not a verb. */
function finiteSoon(d: Doc, k: number, ceil: number): boolean {
  const t = d.toks[k];
  if (!t || !t.word || t.q >= 0 || FINITE.has(t.lw) || isCue(d, t) || /ed$/.test(t.lw)) return false;
  for (let j = k + 1; j < ceil && j < k + 6; j++) {
    const u = d.toks[j] as Token;
    if (u.q >= 0 || isPunct(u, ',.;:')) return false;
    if (u.word && FINITE.has(u.lw)) return true;
  }
  return false;
}

/**
 * Whether [from, to) holds anything a clause needs: a finite or past verb, a subject pronoun ("he’ll work"), or a
 * lower-case word in -s after the first ("his support makes him"; not "this", "across", "bus"). "host Sean Hannity
 * earlier this month" has none.
 */
function verbLike(d: Doc, from: number, to: number): boolean {
  for (let k = from; k < to && k < from + 14; k++) {
    const t = d.toks[k] as Token;
    if (!t.word) continue;
    if (FINITE.has(t.lw) || SUBJ_PRON.has(t.lw.replace(/['’].*$/, ''))) return true;
    if (k > from && !t.cap && (t.lw.endsWith('ed') || (/[^su]s$/.test(t.lw) && !/is$/.test(t.lw)))) return true;
  }
  return false;
}

/** A subject (a name, a pronoun or a determiner phrase) at k with a finite verb within the next five tokens. */
function subjectClauseAt(d: Doc, k: number, ceil: number): boolean {
  const t = d.toks[k];
  if (!t || !t.word || t.q >= 0 || k >= ceil) return false;
  const subject = !!d.mStart[k] || SUBJ_PRON.has(t.lw) || (d.L.determiners.has(t.lw) && t.lw !== 'that');
  if (!subject || t.lw === 'it' || t.lw === 'there') return false;
  for (let j = k + 1; j < ceil && j < k + 6; j++) {
    const u = d.toks[j] as Token;
    if (u.q >= 0 || isPunct(u, ',.;:')) return false;
    if (u.word && FINITE.has(u.lw)) return true;
  }
  return false;
}

const OPENERS = wordSet('and but yet so still now instead meanwhile also however nevertheless indeed');

/** Whether tokens [t0, t1) are only sentence openers ("And yet", "Still"), with no content of their own. */
function onlyOpeners(d: Doc, t0: number, t1: number): boolean {
  for (let k = t0; k < t1; k++) {
    const u = d.toks[k] as Token;
    if (u.word ? !OPENERS.has(u.lw) : !isPunct(u, ',')) return false;
  }
  return t1 > t0;
}

/** Token of "that" after a short comma-enclosed parenthetical opening at the comma `k`, else -1. */
function parentheticalThat(d: Doc, k: number, ceil: number): number {
  if (d.toks[k + 1]?.lw === 'that') return k + 1; // "He added, that …"
  for (let j = k + 1; j < ceil && j < k + 7; j++) {
    const u = d.toks[j] as Token;
    if (u.q >= 0) return -1;
    if (isPunct(u, ',')) return j > k + 1 && d.toks[j + 1]?.lw === 'that' ? j + 1 : -1;
    if (!u.word) return -1;
  }
  return -1;
}

/** The noun phrase opening the sentence, up to a preposition, participle, relative or punctuation (≤ 6 words). */
function headPhrase(d: Doc, sent: Sentence, before: number): SpeakerRef | null {
  const t0 = sent.t0;
  const first = d.toks[t0] as Token;
  if (!first.word || first.q >= 0 || SUBJ_PRON.has(first.lw) || PREPS.has(first.lw)) return null;
  if (d.L.subordinators.has(first.lw) || CLAUSE_STARTERS.has(first.lw) || OPENERS.has(first.lw)) return null;
  let t1 = t0;
  let of = false; // "Majorities of Democrats": one "of" phrase belongs to the head
  while (t1 <= before && t1 < t0 + 7) {
    const u = d.toks[t1] as Token;
    const ofHere = u.lw === 'of' && !of && t1 > t0;
    if (!u.word || u.q >= 0 || (t1 > t0 && !ofHere && (PREPS.has(u.lw) || /ing$/.test(u.lw) || u.lw === 'who'))) break;
    if (FINITE.has(u.lw) || isCue(d, u)) return null;
    if (ofHere) of = true;
    t1++;
  }
  if (t1 === t0 || t1 > t0 + 6 || d.toks[t1 - 1]?.lw === 'of') return null;
  const last = d.toks[t1 - 1] as Token;
  return { kind: 'np', label: d.text.slice(first.s, last.e), head: last.lw, definite: false, subject: true, t0, t1 };
}

/** The "to" of an infinitive within five plain words from k ("Republicans to focus", "not to back down"), else k. */
function infinitiveAfter(d: Doc, k: number, ceil: number): number {
  for (let j = k; j < ceil && j < k + 6; j++) {
    const u = d.toks[j] as Token;
    if (!u.word || u.q >= 0 || FINITE.has(u.lw) || isCue(d, u) || CLAUSE_STARTERS.has(u.lw)) return k;
    if (u.lw === 'to') return j > k ? j : k;
  }
  return k;
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
      // "…, while Huckabee, the former governor, proposed … and said …": the subject of the speech verb before, if
      // there is one, else of the sentence
      ref = subjectOfPreviousCue(d, before + 1, sent.t0) ?? sentenceSubject(d, sent, before);
    }
  }
  // "People with direct knowledge of the plan said …": the whole subject of the clause
  if (!ref && before >= sent.t0) ref = clauseSubject(d, sent, before);
  // "Majorities of Democrats in five states going to the polls Tuesday say they would …": a long subject the
  // phrase finders give up on, before a plain "say" and a clause with its own subject — its head phrase speaks
  if (!ref && SAY_FORMS.has(t.lw) && subjectClauseAt(d, i + 1, sent.t1)) ref = headPhrase(d, sent, before);
  if (!ref) return;
  if (
    ref.kind === 'np' &&
    ref.t0 > sent.t0 &&
    (d.toks[ref.t0 - 1] as Token).word &&
    PREPS.has((d.toks[ref.t0 - 1] as Token).lw)
  ) {
    // "some voters who have listened …, at small campaign events, said": the phrase ends a longer subject
    ref = clauseSubject(d, sent, before);
    if (!ref) return;
  }
  let c0 = i + 1;
  // "He said, however, that …", "said, among other things, that …": a parenthetical before the clause
  if (isPunct(d.toks[i + 1], ',')) {
    const k = parentheticalThat(d, i + 1, sent.t1);
    // "Mrs. Fenn's aides say, Syria remains a priority": a clause with its own subject right after the comma
    const clause = k < 0 && SAY_FORMS.has(t.lw) && subjectClauseAt(d, i + 2, sent.t1) ? i + 2 : -1;
    if (k < 0 && clause < 0) return; // "…,” he said, speaking to reporters": a comma right after the cue opens no reported clause
    c0 = k >= 0 ? k : clause;
  }
  if (L.addressee.has(t.lw)) {
    // "told a town hall in Salem, Kestria on Monday that …", "told a paper in a story that ran today that he …":
    // a reported clause after a long addressee starts at a "that" or a pronoun with a subject's verb after it
    const far = clauseAfterAddressee(d, c0, sent.t1);
    c0 = far >= 0 ? far : skipObject(d, c0, sent.t1);
    // "urged Republicans to focus …", "asked the party to …": an object the phrase finders do not know, up to "to"
    if (far < 0 && INF_VERBS.has(t.lw) && (d.toks[c0] as Token | undefined)?.lw !== 'to')
      c0 = infinitiveAfter(d, c0, sent.t1);
    if (isPunct(d.toks[c0 - 1], ',') && c0 - 1 > i + 1) return; // "told supporters in Syracuse, N.Y., ..."
    const s0 = d.toks[c0];
    if (!s0 || c0 >= sent.t1) return;
    // "told reporters as she emerged ...": no reported content
    if (s0.word && (L.subordinators.has(s0.lw) || PREPS.has(s0.lw)) && s0.lw !== 'if' && s0.lw !== 'to') return;
    if (isPunct(s0, '.;,')) return;
  }
  // "spoke about the proposed wall", "warned of a long winter": the topic is what was said
  if (TOPIC_CUES.get(t.lw)?.has((d.toks[c0] as Token).lw)) {
    const sp = uncoveredSpan(d, c0 + 1, contentEnd(d, c0 + 1, sent));
    if (sp && hasWords(d.text, sp[0], sp[1], 2)) out.push(reportedCandidate(sp, t.lw, ref, 'pre', sent, d));
    return;
  }
  if (TOPIC_CUES.has(t.lw) && !L.reporting.has(t.lw)) return;
  // "pledged to shut down …": the infinitive is the content, not a PP
  if (!((d.toks[c0] as Token).lw === 'to' && INF_VERBS.has(t.lw))) c0 = skipPP(d, c0, sent.t1);
  // "said on ''Meet the Press'' on Sunday that …": a show's title says where it was said, not what
  const title = d.toks[c0];
  if (title && title.mark === 1 && titleAfterPreposition(d, title.q)) {
    const last = (d.quoteTok[title.q] as { last: number }).last;
    // a comma after the title, inside its quotation marks or not, ends the frame ("on “Morning Joe,” adding …")
    if (closesWithComma(d, last)) return;
    c0 = skipPP(d, last + 1, sent.t1);
    if (!d.toks[c0]?.word) return;
  }
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
  // "… but Moscow denies — “why …?” asked Dunn": a dash after the verb opens an aside, not what was said
  if (isPunct(ct, ':—–')) return;
  const bt = d.toks[ref.t0 - 1];
  // "…, which officials said was unsafe": the relative pronoun is the subject of what was said, and the whole
  // relative clause is the statement ("in which he said …" is not: there "which" is the preposition's)
  const pb = d.toks[ref.t0 - 2];
  const rel = bt && bt.word && bt.q < 0 && bt.lw === 'which' && !(pb && PREPS.has(pb.lw)) ? ref.t0 - 1 : -1;
  if (ct.word && FINITE.has(ct.lw) && rel < 0) return; // "what he said were ..."
  if (bt && bt.word && bt.lw === 'what') return;
  if (ct.mark === 1 && d.fullQuote[ct.q]) return;
  const end = contentEnd(d, c0, sent);
  let endTok = inRelative(d, ref, i) ? relativeEnd(d, c0, end) : end;
  // subordinate clause at the sentence start: stop at the main clause
  const st = d.toks[sent.t0] as Token;
  if (st.word && L.subordinators.has(st.lw)) {
    const k = mainClauseCommas(d, sent)[c0 + 1 - sent.t0] ?? -1;
    if (k >= 0 && k < endTok) endTok = k;
  }
  // "reported spending $6 million", "recalled meeting him": a gerund phrase is what was said
  const gerund = ct.word && !ct.cap && ct.q < 0 && /ing$/.test(ct.lw) && !NOT_GERUNDS.has(ct.lw) && ref.kind !== 'np';
  // "Asked if she regretted it, Marr said no.": a one-word answer is what was said
  const answer = SAY_FORMS.has(t.lw) && (ct.lw === 'yes' || ct.lw === 'no') && isPunct(d.toks[c0 + 1], '.,;!');
  if (answer) {
    const sp = uncoveredSpan(d, c0, c0 + 1);
    if (sp) out.push(reportedCandidate(sp, t.lw, ref, 'pre', sent, d));
    return;
  }
  if (!(rel >= 0 && ct.word && FINITE.has(ct.lw)) && !gerund && !looksLikeClause(d, c0, endTok, t.lw)) {
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
      // "announced plans to ...", "proposed a tax on ...": a noun-phrase content; two words when the first is a
      // possessive ("announced his resignation")
      if (endTok - c0 < (POSSESSIVES.has(ct.lw) ? 2 : 3)) return;
    } else return;
  }
  if (
    L.clauseOnly.has(t.lw) &&
    !(NP_CONTENT.has(t.lw) && ref.kind !== 'np') &&
    !gerund &&
    !(ct.word && CLAUSE_STARTERS.has(ct.lw)) &&
    !hasQuoteMark(d, ct.s, (d.toks[endTok - 1] as Token).e)
  ) {
    if (!looksLikeClause(d, c0, endTok, 'x')) return;
  }
  // "“…,” Trump told Fox News host Sean Hannity earlier this month.": after the one told, only a clause is content
  const told = t.lw === 'told' || t.lw === 'tells' || t.lw === 'tell';
  if (told && rel < 0 && ct.mark !== 1 && !verbLike(d, c0, endTok)) return;
  const sp = uncoveredSpan(d, rel >= 0 ? rel : c0, endTok);
  if (!sp) return;
  // "urged him to resign": an infinitive after its verb's object is content at two words
  const infinitive = ct.lw === 'to' && INF_VERBS.has(t.lw);
  const possessed = NP_CONTENT.has(t.lw) && POSSESSIVES.has(ct.lw);
  if (!hasWords(d.text, sp[0], sp[1], infinitive || possessed ? 2 : 3)) return;
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
    // "Asked about the vote, Marr said, “We will win.”": the source introduces a quotation of its own; what
    // stands before it is the setting, not what was said
    if (n1 && n1.mark === 1 && /^\p{Lu}/u.test(d.text.charAt((d.quotes[n1.q] as QuoteSpan).cs))) return;
    // the sentence goes on after the parenthetical source: "The plan, a source said, is to ..."
    const goesOn =
      // "…, many economists say, because …" / "…, he said, “not only by …”"
      (!!n1 && n1.word && n1.q < 0 && (n1.lw === 'because' || n1.lw === 'including' || CONTINUING_PREPS.has(n1.lw))) ||
      // "He had no known affiliations, the airline added, and had passed all checks": a second predicate
      (!!n1 && n1.word && n1.q < 0 && n1.lw === 'and' && continuesPredicate(d, after + 2, sent.t1)) ||
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
      if (countWordTokens(d, after + 1, end) >= 2) {
        endTok = end;
        // "And yet, Fenn's aides say, Ostvale remains …": before the source stands only an opener, not content
        if (onlyOpeners(d, s0, comma)) s0 = after + 1;
      }
    }
  }
  const sp = uncoveredSpan(d, s0, endTok);
  if (!sp) return;
  // the fronted content must be a clause, not an adverbial ("Just last week, X, ..., wrote")
  let words = 0;
  let verb = false;
  let verbOutsideQuotes = false;
  // the quotation the content opens with closes with a comma (“…,”)
  let firstQuoteComma: boolean | null = (d.toks[s0] as Token).mark === 1 ? null : false;
  for (let k = s0; k < endTok; k++) {
    const t = d.toks[k] as Token;
    if (firstQuoteComma === null && t.mark === 2) firstQuoteComma = closesWithComma(d, k);
    if (!t.word) continue;
    words++;
    const isVerb = FINITE.has(t.lw) || (k > s0 && /(ed|s)$/.test(t.lw) && !t.cap);
    verb ||= isVerb;
    verbOutsideQuotes ||= isVerb && t.q < 0;
  }
  if (words < 3 || (!verb && words < 6 && !hasQuoteMark(d, sp[0], sp[1]))) return;
  // "“He is a liar,” the senator, Farid Osei, said": a quotation and its speaker's description, not content
  if (firstQuoteComma && !verbOutsideQuotes) return;
  out.push(reportedCandidate(sp, cue, ref, 'post', sent, d));
}
