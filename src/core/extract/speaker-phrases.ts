/** Noun phrases that name a speaker, found left or right of a speech verb. */
import { isAbbrevDot, isClauseWord, isPronoun, isPunct, nounHead, type Doc, type SpeakerRef } from './doc';
import type { Mention } from './actors';
import type { Token } from './tokens';
import { CLAUSE_STARTERS, FINITE, NOUN_CUES, PREPS, SUBJ_PRON, isQuantifier, wordSet } from './word-lists';

const TIME_PREPS = new Set(['on', 'in', 'last', 'this', 'earlier', 'during']);
/** Nouns of a time phrase between subject and verb ("Dunn last week said", "on Thursday evening said"). */
const TIME_NOUNS = new Set(['week', 'month', 'year', 'weekend', 'morning', 'afternoon', 'evening', 'night']);

/** Skip adverbs / auxiliaries leftwards from i; returns the new index. */
export function skipModsLeft(d: Doc, i: number, floor: number): number {
  let k = i;
  let n = 0;
  let time = false;
  while (k >= floor && n < 4) {
    const t = d.toks[k] as Token;
    const timeNoun = !t.cap && TIME_NOUNS.has(t.lw);
    if (t.word && ((!t.cap && (d.L.modifiers.has(t.lw) || t.lw.endsWith('ly'))) || d.L.time.has(t.lw) || timeNoun)) {
      if (d.L.time.has(t.lw) || timeNoun) time = true;
      k--;
      n++;
      continue;
    }
    // "Marr on Tuesday said", "Dunn last week said"
    if (time && t.word && !t.cap && TIME_PREPS.has(t.lw)) {
      k--;
      n++;
      time = false;
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

export function skipModsRight(d: Doc, i: number, ceil: number): number {
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

/** A noun that can head a speaker phrase: generic and role nouns, and the lexicon's person, group and anonymous nouns. */
function speakerNoun(d: Doc, lw: string): boolean {
  if (nounHead(d, lw)) return true;
  const L = d.L;
  const one = lw.endsWith('s') && !lw.endsWith('ss') ? lw.slice(0, -1) : lw;
  return (
    L.groupNouns.has(lw) ||
    L.anonymousNouns.has(lw) ||
    L.personNouns.has(one) ||
    L.anonymousNouns.has(one) ||
    PEOPLE_PLURAL.test(lw)
  );
}

/** Plural agent nouns that name groups of people ("proponents", "forecasters", "economists", "Democrats"). */
const PEOPLE_PLURAL = /^[a-z][a-z-]{2,}(?:[^m]ents|ers|ors|ists|ians|ants|ics|rats|cans)$/;

/** Words that open an adjunct after a speaker's name ("said Ada Fenn during the debate", "… last week"). */
const ADJUNCT_AFTER_NAME = wordSet(
  'during after before about over under last this yesterday today tonight earlier later when while as since through via',
);

/** A generic noun phrase ending at token i (walking left). */
export function genericLeft(d: Doc, i: number, floor: number): SpeakerRef | null {
  const t = d.toks[i];
  if (!t || !t.word || t.q >= 0) return null;
  let j = i;
  let n = 0;
  let definite = false;
  let start = i;
  while (j >= floor && n < 8) {
    const u = d.toks[j] as Token;
    if (!u.word || u.q >= 0) break;
    if (d.L.cues.has(u.lw) && j !== i && !NOUN_CUES.has(u.lw)) break;
    if (FINITE.has(u.lw) || SUBJ_PRON.has(u.lw)) break;
    // "…, which officials said was unsafe": the relative pronoun is not part of the speaker
    if (u.lw === 'which' || u.lw === 'who' || u.lw === 'whom' || u.lw === 'but') break;
    // "After campaign aides said …": the word opening the clause is not part of its subject ("…, as police have
    // said" is left whole: its caller reads it as a source)
    const opensClause = j === 0 || !d.toks[j - 1]!.word || d.toks[j - 1]!.lw === 'and';
    if (opensClause && u.lw !== 'as' && d.L.subordinators.has(u.lw)) break;
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
        (p.lw === 'for' ||
          p.lw === 'of' ||
          p.lw === 'at' ||
          p.lw === 'with' ||
          p.lw === 'from' ||
          p.lw === 'on' ||
          p.lw === 'to' ||
          p.lw === 'in')
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
  // head: word before the first preposition ("source familiar with": the noun before an adjective), else the last
  let head = t.lw;
  for (let k = start; k <= i; k++) {
    const u = d.toks[k] as Token;
    if (u.word && PREPS.has(u.lw) && k > start) {
      head = (d.toks[k - 1] as Token).lw;
      // "Two-thirds of Democratic insiders", "eight in 10 voters": the counted noun heads the phrase
      if ((u.lw === 'of' || u.lw === 'in') && isQuantifier(head)) {
        head = t.lw;
        break;
      }
      const h2 = d.toks[k - 2];
      if (!speakerNoun(d, head) && h2 && k - 2 >= start && h2.word && speakerNoun(d, h2.lw)) head = h2.lw;
      break;
    }
  }
  if (!speakerNoun(d, head)) {
    // "a news report published Wednesday": the noun before a participle heads the phrase
    head = '';
    for (let k = i - 1; k >= start; k--) {
      const u = d.toks[k] as Token;
      const nx = d.toks[k + 1] as Token;
      if (u.word && (speakerNoun(d, u.lw) || d.L.documentNouns.has(u.lw)) && nx.word && /ed$/.test(nx.lw)) {
        head = u.lw;
        break;
      }
    }
    if (!head) return null;
  }
  const label = d.text.slice((d.toks[start] as Token).s, t.e);
  return { kind: 'np', label, head, definite, t0: start, t1: i + 1 };
}

/**
 * "David Woodard of Clemson University", "Darran Whiting of Liberty Church in Marion": the person an organisation
 * or a place after "of" (and a place after "in") qualifies, or null.
 */
function personOfOrganisation(d: Doc, m: Mention): Mention | null {
  if (!m.actor || m.actor.type === 'person') return null;
  let k = m.r0 - 1;
  const place = d.toks[k]?.lw === 'in' ? d.mEnd[k - 1] : undefined;
  if (place && place.actor && place.actor.type !== 'person') k = place.r0 - 1;
  if (d.toks[k]?.lw === 'the') k--;
  if (d.toks[k]?.lw !== 'of') return null;
  const person = d.mEnd[k - 1];
  return person && !person.poss && person.actor?.type === 'person' ? person : null;
}

/** Words before "to" / "with" that make the next name the one told: "speaking to Fox News", "an interview with CNN". */
const TOLD_VIA = wordSet(
  'speaking talking writing interview interviews conversation statement letter remarks email spoke spoken talked',
);

/** Whether a phrase starting at token r0 opens a clause: sentence start, after punctuation or a conjunction. */
function opensClause(d: Doc, r0: number, floor: number): boolean {
  if (r0 <= floor) return true;
  const p = d.toks[r0 - 1] as Token;
  if (!p.word) return isPunct(p, ',;:—–(');
  return p.lw === 'and' || p.lw === 'but' || p.lw === 'so' || p.lw === 'then' || d.L.subordinators.has(p.lw);
}

/** Speaker noun phrase ending at token i. */
export function leftNP(d: Doc, i: number, floor: number, depth = 0): SpeakerRef | null {
  const t = d.toks[i];
  if (!t || i < floor || t.q >= 0) return null;
  // "… met survivors and said": the subject of the sentence speaks, found by the caller
  if (t.word && (t.lw === 'and' || t.lw === 'but')) return null;
  // "He’s not saying …": a subject pronoun with a contracted "is" / "has"
  if (t.word && t.poss && (t.lw === 'he' || t.lw === 'she') && depth === 0)
    return { kind: 'pronoun', tok: i, t0: i, t1: i + 1 };
  if (t.word && isPronoun(d, t) && !t.poss) {
    // "Most of them said", "one of us said": the counted group speaks
    const of = d.toks[i - 1];
    const q = d.toks[i - 2];
    if ((t.lw === 'them' || t.lw === 'us') && of?.lw === 'of' && q && q.word && i - 2 >= floor && isQuantifier(q.lw))
      return { kind: 'np', label: d.text.slice(q.s, t.e), head: t.lw, definite: false, t0: i - 2, t1: i + 1 };
    if (t.lw === 'him' || t.lw === 'her' || t.lw === 'them') {
      // "a source close to him said", "people familiar with them said": the object closes the speaker phrase
      const p = d.toks[i - 1];
      return p && p.word && PREPS.has(p.lw) && depth === 0 ? genericLeft(d, i, floor) : null;
    }
    return { kind: 'pronoun', tok: i, t0: i, t1: i + 1 };
  }
  if (t.word && t.lw === 'who' && depth === 0) {
    let j = i - 1;
    if (isPunct(d.toks[j], ',')) j--;
    return leftNP(d, j, floor, depth + 1);
  }
  // "Joseph R. Biden Jr. said": the name ends before the abbreviation's full stop
  if (!t.word && t.w === '.' && isAbbrevDot(d, i) && d.mEnd[i - 1]) return leftNP(d, i - 1, floor, depth);
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
  // a one-word name after "of" is read as a place even when the lexicon does not know it ("Osei of Harlow")
  const placeLike = !!m && m.r1 - m.r0 === 1 && d.toks[m.r0 - 1]?.lw === 'of';
  if (m && !m.poss && !m.roleOnly && m.actor && (m.actor.type !== 'person' || placeLike)) {
    // "Senator Ted Cruz of Texas said", "Ada Fenn of the Vell Institute wrote": the place or the employer
    // qualifies the person before it
    let k = m.r0 - 1;
    if (d.toks[k]?.lw === 'the' && m.actor.type === 'organisation') k--;
    const of = d.toks[k];
    const person = d.mEnd[k - 1];
    if (of && of.lw === 'of' && person && person.actor && person.actor.type === 'person' && person.r0 >= floor) {
      return { kind: 'mention', m: person, t0: person.r0, t1: m.r1 };
    }
  }
  if (m && !m.poss) {
    // "a source speaking to Fox News said": the one told is not the speaker, the phrase before the participle is
    const at = d.toks[m.r0 - 1]?.lw === 'the' ? m.r0 - 1 : m.r0;
    const to = d.toks[at - 1];
    const via = d.toks[at - 2];
    if (to?.word && (to.lw === 'to' || to.lw === 'with') && via?.word && TOLD_VIA.has(via.lw)) {
      return at - 3 >= floor && depth === 0 ? leftNP(d, at - 3, floor, depth + 1) : null;
    }
    // "A spokeswoman for Fiorina said": the one who speaks for the name
    if (servesName(d, m.r0) && m.r0 - 2 >= floor) return genericLeft(d, i, floor);
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
      if (isPunct(u, '.;:') && !(u.w === '.' && isAbbrevDot(d, k))) break;
      if (isPunct(u, ',')) commas.push(k);
    }
    if (commas.length) {
      const k0 = commas[0] as number;
      // "Hogan Gidley, a former director of the State Party, whose roots …, said": the name that opens the
      // clause, before the first apposition of the chain
      const apposAfter = (k: number): boolean => {
        const tagEnd = partyTagEnd(d, k); // "Sen. X, R-S.C., a long-shot candidate, said"
        if (tagEnd >= 0) return apposAfter(tagEnd);
        const nx = d.toks[k + 1];
        return (
          !!nx && nx.word && (!nx.cap || d.L.determiners.has(nx.lw) || nx.lw === 'who' || nx.poss || /^\d/.test(nx.w))
        );
      };
      const before = (k: number): Mention | undefined => {
        const tagStart = partyTagStart(d, k); // the name before ", R-S.C.,", never the state
        if (tagStart >= 0) return d.mEnd[tagStart - 1];
        return d.mEnd[k - 1] ?? (isAbbrevDot(d, k - 1) ? d.mEnd[k - 2] : undefined); // "Joseph R. Biden Jr.,"
      };
      for (const k of [...commas].reverse()) {
        const m = before(k);
        if (!m || m.poss || m.roleOnly || m.actor?.type !== 'person' || !apposAfter(k)) continue;
        if (opensClause(d, m.r0, floor)) return { kind: 'mention', m, t0: m.r0, t1: i };
      }
      const inner = d.mStart[k0 + 1];
      // "the foreign minister, X, said", "another pollster, X of Vell University, said"; not "Chris Collins, R-NY,
      // said"
      const last = d.mEnd[i - 1];
      const closes = !!inner && (inner.r1 === i || (!!last && personOfOrganisation(d, last) === inner));
      if (inner && closes && !inner.roleOnly && !inner.poss && inner.actor?.type === 'person')
        return { kind: 'mention', m: inner, t0: k0 + 1, t1: i };
      for (const k of [...commas].reverse()) {
        const m = before(k);
        if (m && apposAfter(k) && !m.poss && !m.roleOnly && m.actor && m.actor.type !== 'other')
          return { kind: 'mention', m, t0: m.r0, t1: i };
      }
      const left = leftNP(d, k0 - 1, floor, depth + 1);
      if (left && (left.kind === 'mention' || left.kind === 'np')) return { ...left, t1: i } as SpeakerRef;
      if (left) return left;
    }
    // "Sen. Jack Reed (D-R.I.), said": a lone comma after a bracket
    if (isPunct(d.toks[i - 1], ')')) return leftNP(d, i - 1, floor, depth + 1);
    return null;
  }
  // "Many speakers at the service — including teachers — said"
  if (isPunct(t, '—–') && depth < 2) {
    let k = i - 1;
    while (k >= floor && k > i - 15 && !isPunct(d.toks[k], '—–.;')) k--;
    if (k > floor && isPunct(d.toks[k], '—–')) return leftNP(d, k - 1, floor, depth + 1);
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
export function plainNPLeft(d: Doc, i: number, floor: number): SpeakerRef | null {
  let j = i;
  let start = -1;
  for (let n = 0; j >= floor && n < 6; n++, j--) {
    const u = d.toks[j] as Token;
    if (u.q >= 0) return null;
    if (!u.word) {
      if (u.w === '-' && j !== i) continue;
      break;
    }
    if (isClauseWord(d, u.lw) || CLAUSE_STARTERS.has(u.lw) || d.L.subordinators.has(u.lw)) break;
    if (j !== i && (u.lw === 'and' || u.lw === 'or')) break;
    if (d.L.determiners.has(u.lw) || isQuantifier(u.lw) || u.lw === 'about' || u.lw === 'nearly' || u.lw === 'almost')
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
  // "Six in 10 said": a count closing the phrase
  const perCount = /^\d+$/.test(last.w) && d.toks[i - 1]?.lw === 'in';
  if (d.L.determiners.has(last.lw) || PREPS.has(last.lw) || (!/\p{L}/u.test(last.w) && !perCount)) return null;
  return {
    kind: 'np',
    label: d.text.slice((d.toks[start] as Token).s, last.e),
    head: last.lw,
    definite: (d.toks[start] as Token).lw === 'the',
    t0: start,
    t1: i + 1,
  };
}

/** Nouns of people who speak for someone: "an adviser to X" is not X. */
const SERVING = wordSet(
  'aide aides adviser advisers advisor advisors spokesman spokeswoman spokesperson lawyer lawyers attorney attorneys ' +
    'friend friends ally allies associate associates confidant confidante assistant staffer staffers strategist ' +
    'strategists surrogate surrogates representative representatives',
);

/** "a longtime adviser to Trump", "a spokeswoman for Clinton": the name at token k is the one served, not the speaker. */
function servesName(d: Doc, k: number): boolean {
  const prep = d.toks[k - 1];
  const noun = d.toks[k - 2];
  return !!prep && !!noun && (prep.lw === 'to' || prep.lw === 'for') && noun.word && SERVING.has(noun.lw);
}

/** Speaker noun phrase starting at token i (after an inverted cue: "said Dr. X"). */
/** A person's name after one to three lower-case nouns at `from` ("speechwriter Ida Roe"), if any. */
function laterNameAfterNoun(d: Doc, from: number, ceil: number): Mention | null {
  for (let k = from; k < ceil && k < from + 3; k++) {
    const u = d.toks[k] as Token;
    if (!u.word || u.q >= 0 || u.cap || PREPS.has(u.lw) || FINITE.has(u.lw) || d.L.cues.has(u.lw)) return null;
    if (isClauseWord(d, u.lw) || d.L.determiners.has(u.lw) || u.lw === 'and' || u.lw === 'or') return null;
    const m = d.mStart[k + 1];
    if (m && !m.roleOnly && !m.poss && m.actor && m.actor.type === 'person') return m;
  }
  return null;
}

/**
 * "Harwick Trust President Ona Bell", "Veld Watch Director Ida Roe": an organisation's name, capitalised words and a
 * title, then the person holding it, within a few words of `from`.
 */
function titledPersonAfter(d: Doc, from: number, ceil: number): Mention | null {
  let title = false;
  for (let k = from; k < ceil && k < from + 4; k++) {
    const u = d.toks[k] as Token;
    if (!u.word || u.q >= 0 || PREPS.has(u.lw) || FINITE.has(u.lw) || (!u.cap && d.L.cues.has(u.lw))) return null;
    const m = d.mStart[k];
    if (title && m && !m.roleOnly && !m.poss && m.actor && m.actor.type === 'person') return m;
    if (d.L.titles.has(u.lw) || d.L.roles.has(u.lw)) title = true;
    else if (!u.cap) return null;
  }
  return null;
}

export function rightNP(d: Doc, i: number, ceil: number): SpeakerRef | null {
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
    const titled = titledPersonAfter(d, m.r1, ceil);
    if (titled) return { kind: 'mention', m: titled, t0: m.r0, t1: titled.r1 };
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
    if (inner && !inner.poss && servesName(d, inner.r0)) {
      // "a former spokesman for Ukraine's Foreign Ministry, Oleg Voloshyn": the name in apposition speaks
      const apposed = isPunct(d.toks[inner.r1], ',') ? d.mStart[inner.r1 + 1] : undefined;
      if (apposed && !apposed.roleOnly && apposed.actor?.type === 'person')
        return { kind: 'mention', m: apposed, t0: i, t1: apposed.r1 };
      const end = (d.toks[inner.r1 - 1] as Token).e;
      const head = (d.toks[inner.r0 - 2] as Token).lw;
      return { kind: 'np', label: d.text.slice(t.s, end), head, definite: t.lw === 'the', t0: i, t1: inner.r1 };
    }
    if (inner && !inner.roleOnly && inner.actor && inner.actor.type === 'person') {
      // "a senior Cruz adviser", "a Trump supporter who": a name modifying a noun is not the speaker
      const after = d.toks[inner.r1];
      // ("said executive Ada Fenn during the debate": an adjunct after the name is not such a noun)
      if (
        after &&
        after.word &&
        !after.cap &&
        !PREPS.has(after.lw) &&
        !ADJUNCT_AFTER_NAME.has(after.lw) &&
        after.lw !== 'and'
      ) {
        // "former Ada Fenn speechwriter Ida Roe": the noun the name modifies may precede the speaker's name
        const later = laterNameAfterNoun(d, inner.r1, ceil);
        if (later) return { kind: 'mention', m: later, t0: i, t1: later.r1 };
        break;
      }
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
    if (
      j > i &&
      (u.lw === 'who' ||
        u.lw === 'that' ||
        u.lw === 'which' ||
        (d.L.cues.has(u.lw) && !(NOUN_CUES.has(u.lw) && !FINITE.has((d.toks[j + 1] as Token | undefined)?.lw ?? ''))) ||
        FINITE.has(u.lw))
    )
      break;
    if (j > i && PREPS.has(u.lw) && !headSet) {
      headSet = true;
    }
    if (!headSet) head = u.lw;
    j++;
  }
  if (j === i) return null;
  if (m && m.roleOnly) head = (d.toks[m.r1 - 1] as Token).lw;
  // "said farmer Tomas Berg": a name closing the phrase is the speaker; not a name after a preposition when a
  // person's name follows in apposition ("the senator from Texas, Farid Osei, said": the place qualifies the noun)
  const apposed = isPunct(d.toks[j], ',') ? d.mStart[j + 1] : undefined;
  const personApposed = !!apposed && !apposed.roleOnly && apposed.actor?.type === 'person';
  for (let k = i + 1; k < j; k++) {
    const inner = d.mStart[k];
    if (!inner || inner.roleOnly || inner.r1 !== j) continue;
    if ((personApposed && PREPS.has((d.toks[k - 1] as Token).lw)) || servesName(d, k)) break;
    return { kind: 'mention', m: inner, t0: i, t1: inner.r1 };
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

/** A short plain noun phrase over tokens [t0, t1) (no verbs, no pronouns), as a generic label. */
export function anyNP(d: Doc, t0: number, t1: number): SpeakerRef | null {
  if (t1 <= t0 || t1 - t0 > 7) return null;
  for (let k = t0; k < t1; k++) {
    const u = d.toks[k] as Token;
    if (u.q >= 0) return null;
    if (!u.word) {
      if (u.w === '-' || u.w === '.') continue;
      return null;
    }
    if ((isClauseWord(d, u.lw) && !NOUN_CUES.has(u.lw)) || CLAUSE_STARTERS.has(u.lw) || d.L.time.has(u.lw)) return null;
    if (k === t0 && PREPS.has(u.lw)) return null;
  }
  const last = d.toks[t1 - 1] as Token;
  if (!last.word || PREPS.has(last.lw) || d.L.determiners.has(last.lw)) return null;
  const first = d.toks[t0] as Token;
  return { kind: 'np', label: d.text.slice(first.s, last.e), head: last.lw, definite: first.lw === 'the', t0, t1 };
}

/** A short noun phrase starting at i, up to punctuation. */
export function anyNPRight(d: Doc, i: number, ceil: number): SpeakerRef | null {
  let k = i;
  while (k < ceil && k < i + 7) {
    const u = d.toks[k] as Token;
    // "Mr. Sanders's campaign": a title's full stop is inside the phrase
    if (!u.word && u.w === '.' && u.q < 0 && isAbbrevDot(d, k) && d.toks[k + 1]?.word) {
      k++;
      continue;
    }
    if (!u.word || u.q >= 0) break;
    if (k > i && (PREPS.has(u.lw) || u.lw === 'who' || u.lw === 'that')) break;
    k++;
  }
  return anyNP(d, i, k);
}

/** After the comma at k, a party tag closed by a comma (", R-S.C.,", ", D-NY,"): that comma's token, else -1. */
export function partyTagEnd(d: Doc, k: number): number {
  const from = (d.toks[k] as Token).e;
  const tag = /^\s*[RDI]-[A-Z][A-Za-z.]{0,8}\s*,/.exec(d.text.slice(from, from + 16));
  if (!tag) return -1;
  const at = from + tag[0].length - 1;
  for (let j = k + 1; j < k + 10 && j < d.toks.length; j++) if ((d.toks[j] as Token).s === at) return j;
  return -1;
}

/** Before the comma at k, a party tag opened by a comma (", R-S.C.", ", D-NY"): that comma's token, else -1. */
function partyTagStart(d: Doc, k: number): number {
  const to = (d.toks[k] as Token).s;
  const tag = /,\s*[RDI]-[A-Z][A-Za-z.]{0,8}\s*$/.exec(d.text.slice(Math.max(0, to - 16), to));
  if (!tag) return -1;
  const at = to - tag[0].length;
  for (let j = k - 1; j > k - 10 && j >= 0; j--) if ((d.toks[j] as Token).s === at) return j;
  return -1;
}
