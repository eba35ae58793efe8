/** The speech verb and speaker next to a quotation: “…,” X said / X said: “…”. */
import type { Attribution } from './candidate';
import {
  isAbbrevDot,
  isClauseWord,
  isCue,
  isPronoun,
  isPunct,
  sentOf,
  wordCount,
  type Doc,
  type SpeakerRef,
} from './doc';
import { clauseSubject, participleSubject, subjectOfPreviousCue, sentenceSubject } from './sentence-subject';
import { anyNP, anyNPRight, leftNP, partyTagEnd, rightNP, skipModsLeft } from './speaker-phrases';
import type { QuoteSpan, Token } from './tokens';
import { CLAUSE_STARTERS, FINITE, PREPS, wordSet } from './word-lists';

/** Words after a name that do not make it the subject of a verb. */
const CLOSED_CLASS = new Set([...PREPS, ...CLAUSE_STARTERS, ...wordSet('and but or nor than into onto about as')]);

/** “…,” X said / “…,” said X / “…” ― X (signature line). */
export function attributionAfter(d: Doc, qi: number): Attribution | null {
  const qt = d.quoteTok[qi];
  if (!qt) return null;
  const para = (d.toks[qt.last] as Token).para;
  let j = qt.last + 1;
  const t0 = d.toks[j];
  if (t0 && t0.para === para + 1) return signatureBelow(d, j);
  if (!t0 || t0.para !== para) return null;
  const dash = isPunct(d.toks[j], '―—–-');
  while (j <= qt.last + 3 && isPunct(d.toks[j], ",—–-―'’")) j++;
  // "“…,” Bill Eastland, wearing “Ted Cruz” pins, said": a name or two in quotation marks inside the apposition
  const shortQuote = (qj: number) => qj !== qi && wordCount(d.text.slice(d.quotes[qj]!.cs, d.quotes[qj]!.ce)) <= 3;
  const inPara = (k: number): boolean =>
    !!d.toks[k] && (d.toks[k] as Token).para === para && ((d.toks[k] as Token).q < 0 || shortQuote(d.toks[k]!.q));
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
    // "retired in Cambridge, Mass., said": a full stop before a comma ends no sentence
    if (t.w === '.' && (isAbbrevDot(d, k) || isPunct(d.toks[k + 1], ','))) continue;
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
      // "Mitch McConnell, R-Ky., said": a party tag's full stops end no sentence
      const tagEnd = partyTagEnd(d, k);
      if (tagEnd >= 0) k = tagEnd;
      if (commas > 6) break;
      continue;
    }
    if (!t.word) continue;
    if (t.lw === 'according' && d.toks[k + 1]?.lw === 'to') {
      c = k;
      break;
    }
    // "the report concluded", "the note says": a speech verb after a determiner is a noun
    const det = k > j && d.L.determiners.has((d.toks[k - 1] as Token).lw);
    if (d.L.cues.has(t.lw) && !(t.cap && k !== j) && !det) {
      c = k;
      break;
    }
    if (k > j && FINITE.has(t.lw) && !d.L.modifiers.has(t.lw)) break;
  }
  if (c < 0) return subjectAfterQuote(d, qi, j);
  if (c >= j + 16 && commas < 2) return null;
  // a quote closed by a full stop is followed by a new sentence unless the cue comes at once
  const q = d.quotes[qi] as QuoteSpan;
  if (d.text[q.ce - 1] === '.' && c > j + 4) return null;
  // "“… bully.” South Carolina, he said, was …": a pronoun's parenthetical inside the next sentence
  const pron = d.toks[c - 1];
  if (/[.!?]/.test(d.text[q.ce - 1] ?? '') && c > j + 1 && isPronoun(d, pron) && isPunct(d.toks[c - 2], ','))
    return null;
  const ct = d.toks[c] as Token;
  // "“…,” before optimistically predicting that …": a participle after a preposition goes on the speaker's sentence
  let b = c - 1;
  while (b > j && (d.toks[b] as Token).word && (d.toks[b] as Token).lw.endsWith('ly')) b--;
  const lead = d.toks[b] as Token;
  if (b >= j && ct.lw.endsWith('ing') && lead.word && (PREPS.has(lead.lw) || d.L.subordinators.has(lead.lw)))
    return null;
  const ceil = Math.min(d.toks.length, c + 30);
  if (ct.lw === 'according') {
    const ref = rightNP(d, c + 2, ceil) ?? anyNPRight(d, c + 2, ceil);
    return ref ? { ref, cue: 'according to', how: 'after' } : null;
  }
  if (c === j) {
    // "“…,” promising the party will …": a participle after the quote goes on the speaker's sentence
    if (ct.lw.endsWith('ing')) return null;
    const ref = rightNP(d, c + 1, ceil) ?? anyNPRight(d, c + 1, ceil);
    if (ref && isPunct(d.toks[ref.t1], ':')) return null;
    return ref ? { ref, cue: ct.lw, how: 'after' } : null;
  }
  if (isPunct(d.toks[c + 1], ':')) return null; // "… '' Mr. Zahed said: ''…''" introduces the next quote
  const e = skipModsLeft(d, c - 1, j);
  if (e < j) return null;
  // "Roe backs “fair raises,” opposes “blanket freezes” and recalled …": a second predicate of the subject
  const conj = d.toks[j] as Token;
  if (e === j && conj.word && (conj.lw === 'and' || conj.lw === 'but')) {
    const subj = sentenceSubject(d, sentOf(d, qt.first), qt.first);
    return subj ? { ref: subj, cue: ct.lw, how: 'after' } : null;
  }
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
      // "another friend, Mariam Vell told": a short descriptor and a comma before the name
      if (isPunct(u, ',') && k === ref.t0 - 1 && ref.kind === 'mention' && k > j) continue;
      if (!u.word || isClauseWord(d, u.lw)) ok = false;
    }
    if (ok && ref.t0 - j <= 4) return { ref, cue: ct.lw, how: 'after' };
  }
  // any short noun phrase: "the gambling tycoon told"
  const np = anyNP(d, j, e + 1);
  return np ? { ref: np, cue: ct.lw, how: 'after' } : null;
}

/** “…”¶- Ada Fenn, Vellton.: a short paragraph of a dash and a name under a quotation signs it. */
function signatureBelow(d: Doc, j: number): Attribution | null {
  if (!isPunct(d.toks[j], '-–—―')) return null;
  const m = d.mStart[j + 1];
  if (!m || m.roleOnly || m.poss || !m.actor) return null;
  const para = (d.toks[j] as Token).para;
  let end = m.r1;
  while (d.toks[end] && (d.toks[end] as Token).para === para) end++;
  if (end - j > 16 || !(d.toks[m.r1]?.para !== para || isPunct(d.toks[m.r1], ',.'))) return null;
  return { ref: { kind: 'mention', m, t0: m.r0, t1: m.r1 }, cue: '', how: 'after' };
}

/**
 * “…,” Ada Fenn went on / “…?” she shot back: a quotation that does not end its sentence, followed at once by a
 * person's name or a personal pronoun and a lower-case verb, is attributed to them whatever the verb.
 */
function subjectAfterQuote(d: Doc, qi: number, j: number): Attribution | null {
  const q = d.quotes[qi] as QuoteSpan;
  const last = d.text[q.ce - 1] ?? '';
  if (!(last === ',' || last === '?' || last === '!' || d.text[q.ce] === ',')) return null;
  const t = d.toks[j] as Token;
  let ref: Attribution['ref'] | null = null;
  // "an angry Ada Fenn retaliated": one adjective between the article and the name
  const at = t.word && (t.lw === 'a' || t.lw === 'an') && !d.toks[j + 1]?.cap ? j + 2 : j;
  const m = d.mStart[at];
  if (m && !m.roleOnly && !m.poss && m.r0 === at && m.actor && (m.actor.type === 'person' || m.actor.type === 'other'))
    ref = { kind: 'mention', m, t0: j, t1: m.r1 };
  else if (t.word && (t.lw === 'he' || t.lw === 'she')) ref = { kind: 'pronoun', tok: j, t0: j, t1: j + 1 };
  if (!ref) return null;
  const v = d.toks[ref.t1];
  if (!v || !v.word || v.cap || v.q >= 0 || v.para !== t.para || v.lw.length < 3) return null;
  if (isClauseWord(d, v.lw) || CLOSED_CLASS.has(v.lw) || d.L.determiners.has(v.lw) || d.L.modifiers.has(v.lw))
    return null;
  return { ref, cue: v.lw, how: 'after' };
}

/** X said: “…” / X said, “…” / Said X, “…” / according to X, “…”. */
export function attributionBefore(d: Doc, qi: number): Attribution | null {
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
  // "… contests - Philip Bump: “…”": a name right before the colon, opening its clause, is the speaker
  const named = colon ? d.mEnd[k] : undefined;
  if (named && named.actor && !named.poss && !named.roleOnly && named.r0 >= floor) {
    const type = named.actor.type;
    const before = d.toks[named.r0 - 1];
    const opens = named.r0 === floor || (!!before && !before.word && before.q < 0 && /^[-–—(]$/.test(before.w));
    // "… does not surprise Republican pollster Ada Lind: “…”": a titled person closing a clause whose subject
    // is no person
    const titled =
      type === 'person' &&
      !!before &&
      before.word &&
      (d.L.roles.has(before.lw) || d.L.personNouns.has(before.lw)) &&
      !isPersonRef(sentenceSubject(d, sent, named.r0));
    if ((opens || titled) && (type === 'person' || type === 'organisation'))
      return { ref: { kind: 'mention', m: named, t0: named.r0, t1: named.r1 }, cue: ':', how: 'before' };
  }
  // "… told the Ostvale Post in a written statement, “…”": the cue may stand a long phrase before the comma
  for (let c = k, n = 0; c >= floor && n < (colon ? 40 : punct ? 16 : 1); c--, n++) {
    const t = d.toks[c] as Token;
    // "adding of Mr. Marr, “…”": an abbreviation's full stop ends no sentence
    if (t.q >= 0 || (isPunct(t, '.;!?') && !(t.w === '.' && isAbbrevDot(d, c)))) break;
    if (t.lw === 'to' && d.toks[c - 1]?.lw === 'according') {
      const ref = rightNP(d, c + 1, k + 1);
      if (ref) return { ref, cue: 'according to', how: 'before' };
      break;
    }
    // "As Professor Lind put it: “…”": the idiom works as a speech verb
    if (t.lw === 'it' && d.toks[c - 1]?.lw === 'put' && c - 1 > floor) {
      const ref = leftNP(d, skipModsLeft(d, c - 2, floor), floor);
      if (ref) return { ref, cue: 'put it', how: 'before' };
    }
    if (isCue(d, t)) {
      const s = skipModsLeft(d, c - 1, floor);
      if (t.lw.endsWith('ing') && isPunct(d.toks[c - 1], ',')) {
        // "Dean, ..., poked at Trump, tweeting, “…”": the subject of the sentence, or of the cue before
        // ("“…,” she said, adding, “…”")
        // "…, Spicer said, adding, “…”": the participle hangs off the speech verb right before it
        const afterCue = isCue(d, d.toks[c - 2]) && !(d.toks[c - 2] as Token).cap;
        const subj =
          (afterCue ? subjectOfPreviousCue(d, c, floor) : null) ??
          participleSubject(d, sent, c) ??
          subjectOfPreviousCue(d, c, floor);
        return subj ? { ref: subj, cue: t.lw, how: 'before' } : null;
      }
      const ref = leftNP(d, s, floor);
      if (ref) return { ref, cue: t.lw, how: 'before' };
      // inverted: ', said X: "' / 'Said Comey, "'
      const inverted = c === floor || isPunct(d.toks[c - 1], ',') || (d.toks[c - 1] as Token).mark === 2;
      const r2 = inverted ? rightNP(d, c + 1, k + 1) : null;
      if (r2) return { ref: r2, cue: t.lw, how: 'before' };
      const b = d.toks[s];
      // "Bryne went on to say, “…”": the subject of the verb before "to"
      if (b && b.word && (b.lw === 'and' || b.lw === 'but' || (b.lw === 'to' && s === c - 1))) {
        const subj = sentenceSubject(d, sent, s);
        if (subj) return { ref: subj, cue: t.lw, how: 'before' };
      }
      // "Another tweeted, “…”", "People close to the family said, “…”": the whole subject of the clause
      const whole = clauseSubject(d, sent, s);
      return whole ? { ref: whole, cue: t.lw, how: 'before' } : null;
    }
  }
  // "Sanders made the following comment: “…”": the subject of the introducing sentence
  if (colon && k >= floor) {
    // "As if addressing him directly, the board was conclusive in its findings: “…”": past an opening clause
    const subj = participleSubject(d, sent, k);
    if (subj) return { ref: subj, cue: ':', how: 'before' };
  }
  return null;
}

function isPersonRef(r: SpeakerRef | null): boolean {
  return !!r && (r.kind === 'pronoun' || (r.kind === 'mention' && r.m.actor?.type === 'person'));
}

/** True when nothing but punctuation precedes the quote in its sentence. */
export function quoteStartsSentence(d: Doc, qi: number): boolean {
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

/** The quotation follows a colon in its own paragraph ("He added: “…”"). */
export function prefixEndsColon(d: Doc, qi: number): boolean {
  const qt = d.quoteTok[qi];
  if (!qt) return false;
  const p = d.toks[qt.first - 1];
  return !!p && p.q < 0 && p.para === (d.toks[qt.first] as Token).para && isPunct(p, ':');
}

const TITLE_PREPOSITIONS = wordSet('on with in to of from');
const TITLE_SMALL_WORDS = wordSet('a an the of and or with for to in on at by from is');

/**
 * “…,” he said on “Meet the Press.” / on CBS's ''Face the Nation'': a short quotation in title case right after a
 * preposition (and an outlet's possessive) is the title of a show, a book or an article, not something said.
 */
export function titleAfterPreposition(d: Doc, qi: number): boolean {
  const qt = d.quoteTok[qi] as { first: number };
  let k = qt.first - 1;
  const owner = d.toks[k];
  if (owner && owner.word && owner.poss && owner.cap) k--;
  const prep = d.toks[k];
  if (!prep || !prep.word || prep.q >= 0 || !TITLE_PREPOSITIONS.has(prep.lw)) return false;
  const q = d.quotes[qi] as QuoteSpan;
  return inTitleCase(d.text.slice(q.cs, q.ce).replace(/[.,!?:]+$/, ''));
}

/** Up to eight words, each capitalised but for small words ("This Week With Ada Fenn", "Tales From the Crypt"). */
export function inTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8 || !/^[\p{Lu}\d]/u.test(words[0]!)) return false;
  // capitals throughout are a headline's shouting ("DIVISIVE, STUPID AND WRONG"), not a title
  if (!/\p{Ll}/u.test(text)) return false;
  return words.every((w) => TITLE_SMALL_WORDS.has(w.toLowerCase()) || /^[\p{Lu}\d]/u.test(w));
}
