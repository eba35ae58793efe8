/** Where reported content starts and ends around a speech verb. */
import type { Mention } from './actors';
import { closesWithComma, isAbbrevDot, isCue, isPunct, type Doc } from './doc';
import { rightNP, skipModsRight } from './speaker-phrases';
import type { QuoteSpan, Sentence, Token } from './tokens';
import { CLAUSE_STARTERS, FINITE, INF_VERBS, PREPS, SAY_FORMS, SUBJ_PRON, wordSet } from './word-lists';

const COMPARISONS = wordSet('while whereas though although');

/** A finite verb among the `n` tokens from `from`. */
function finiteAhead(d: Doc, from: number, to: number, n: number): boolean {
  for (let k = from; k < to && k < from + n; k++) {
    const t = d.toks[k] as Token;
    if (t.word && FINITE.has(t.lw)) return true;
  }
  return false;
}

/** "… and one in four said …": a short noun phrase and a speech verb (after auxiliaries) open another statement. */
function speakerAndCue(d: Doc, from: number, to: number): boolean {
  const first = d.toks[from];
  // "… and others have said …": a group word is a phrase of its own
  const group = !!first && first.word && !first.cap && d.L.groupNouns.has(first.lw);
  const r = group ? { t1: from + 1, kind: 'np' as const } : rightNP(d, from, to);
  if (r && (r.kind === 'pronoun' || r.t1 - from > 6)) return false;
  // or a count: "and one in four said", "and 160 have not announced"
  let e = from;
  while (!r && e < to && e < from + 4 && plainWord(d, e)) e++;
  if (!r && (e === from || !/^(\d|one|two|three|four|five|six|seven|eight|nine|ten)/.test((d.toks[from] as Token).lw)))
    return false;
  let c = r ? skipModsRight(d, r.t1, to) : e;
  for (let n = 0; n < 3 && d.toks[c]?.word && (FINITE.has((d.toks[c] as Token).lw) || d.toks[c]?.lw === 'not'); n++)
    c++;
  return isCue(d, d.toks[c]) && !(d.toks[c] as Token).cap;
}

/**
 * "… but did not say …", "… but has declined to comment": after "but" and an auxiliary, a negation or a speech verb
 * says the speaker's next act; "… but would now root for …" goes on with what was said.
 */
function speakerActs(d: Doc, from: number, to: number): boolean {
  for (let k = from; k < to && k < from + 3; k++) {
    const u = d.toks[k] as Token;
    if (!u.word || u.q >= 0) return false;
    if (u.lw === 'not' || u.lw === "n't" || u.lw === 'never' || isCue(d, u) || d.L.lex.polarity.refusals.includes(u.lw))
      return true;
  }
  return false;
}

/**
 * "…, and a fifth superdelegate has not been named": after ", and", a determiner phrase and a finite verb begin a
 * sentence of their own, not more of what was said.
 */
function newClause(d: Doc, from: number, to: number): boolean {
  const first = d.toks[from];
  if (!first || !first.word || first.q >= 0 || !d.L.determiners.has(first.lw) || first.lw === 'that') return false;
  for (let k = from + 1; k < to && k < from + 6; k++) {
    const u = d.toks[k] as Token;
    if (!u.word || u.q >= 0) return false;
    if (FINITE.has(u.lw)) return k > from + 1;
  }
  return false;
}

function plainWord(d: Doc, k: number): boolean {
  const t = d.toks[k] as Token;
  return t.word && t.q < 0 && !FINITE.has(t.lw) && !isCue(d, t);
}

/**
 * The comma that closes a subordinate clause opening the sentence, when the speech verb is in it: "And while he
 * said he would bring back waterboarding, he clarified …" (what was said ends before "he clarified"). -1 for none.
 */
function subordinateClauseComma(d: Doc, from: number, sent: Sentence): number {
  let k = sent.t0;
  while (k < from && !(d.toks[k] as Token).word) k++;
  if (d.toks[k]?.lw === 'and' || d.toks[k]?.lw === 'but') k++;
  if (d.toks[k]?.lw === 'even' && /^(as|though|if)$/.test(d.toks[k + 1]?.lw ?? '')) k++;
  const opener = d.toks[k];
  if (!opener?.word || opener.lw === 'even' || !d.L.subordinators.has(opener.lw) || opener.q >= 0) return -1;
  // "As he said, …" and "When asked, …": the comma before the content belongs to the opening clause itself
  for (let j = k + 1; j < from; j++) if (isPunct(d.toks[j], ',;') || d.toks[j]!.q >= 0) return -1;
  for (let j = from + 2; j < sent.t1; j++) {
    const t = d.toks[j] as Token;
    if (t.q >= 0) continue;
    // not the comma before a relative clause inside the content ("…voters, whose support …, the aides …")
    if (isPunct(t, ',') && !/^(who|whose|which|where)$/.test(d.toks[j + 1]?.lw ?? '')) return j;
  }
  return -1;
}

/** Token index (exclusive) where the reported clause that starts at `from` ends. */
export function contentEnd(d: Doc, from: number, sent: Sentence): number {
  const closing = subordinateClauseComma(d, from, sent);
  let end = closing >= 0 ? closing : sent.t1;
  for (let k = from; k < end; k++) {
    const t = d.toks[k] as Token;
    // a quote ending in a comma ("… by Cleveland,” referring to …") ends like a comma outside it
    const quoteComma = closesWithComma(d, k) && k > from;
    if (t.q >= 0 && !quoteComma) continue;
    if (isPunct(t, ';')) {
      end = k;
      break;
    }
    // "… and added that …", "… but did not say …": the speaker's next act, not part of what was said
    // ("claimed responsibility but U.S. officials have said …": after "but", however short the content before it;
    // not "Mills and another aide asked …", whose subject is the pair)
    if (t.word && (t.lw === 'and' || t.lw === 'but') && k > from) {
      const v = d.toks[skipModsRight(d, k + 1, sent.t1)];
      const n = d.toks[k + 1];
      const act =
        (k > from + 2 &&
          ((!!v && v.word && !v.cap && v.q < 0 && (isCue(d, v) || v.lw === 'called' || v.lw === 'calls')) ||
            (t.lw === 'but' &&
              !!n &&
              n.word &&
              n.q < 0 &&
              /^(did|does|has|had|was|is|would|will)$/.test(n.lw) &&
              speakerActs(d, k + 2, sent.t1)))) ||
        ((k > from + 2 || t.lw === 'but') && speakerAndCue(d, k + 1, sent.t1));
      if (act || (t.lw === 'and' && isPunct(d.toks[k - 1], ',') && k > from + 3 && newClause(d, k + 1, sent.t1))) {
        end = isPunct(d.toks[k - 1], ',') ? k - 1 : k;
        break;
      }
    }
    if (isPunct(t, ',') || quoteComma) {
      const n1 = d.toks[k + 1];
      if (!n1) continue;
      if (
        n1.word &&
        (COMPARISONS.has(n1.lw) || (n1.lw === 'compared' && d.toks[k + 2]?.lw === 'with')) &&
        k - from > 3
      ) {
        end = quoteComma ? k + 1 : k;
        break;
      }
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
      // an appositive after the content: "…, a plan the billionaire has since modified"
      if (n1.word && (n1.lw === 'a' || n1.lw === 'an') && k - from > 5 && !finiteAhead(d, k + 2, sent.t1, 5)) {
        end = k;
        break;
      }
    }
    // "… reached $2 million — a high sum, but …": a dash before an appositive noun phrase
    if (isPunct(t, '—–') && k - from > 4) {
      const n1 = d.toks[k + 1];
      if (n1 && n1.word && (n1.lw === 'a' || n1.lw === 'an' || n1.lw === 'the') && !finiteAhead(d, k + 2, sent.t1, 5)) {
        end = k;
        break;
      }
    }
    // ", but she suspects …", ", and the union has sued …": a new clause with its own subject is the writer's
    if (t.word && (t.lw === 'and' || t.lw === 'but') && isPunct(d.toks[k - 1], ',') && k - from > 4) {
      const n = d.toks[k + 1];
      const subject =
        !!n &&
        n.word &&
        n.q < 0 &&
        (SUBJ_PRON.has(n.lw) || ((n.lw === 'the' || !!d.mStart[k + 1]) && finiteAhead(d, k + 2, sent.t1, 6)));
      if (subject) {
        end = k - 1;
        break;
      }
    }
  }
  return end;
}

/** Words that cannot be the verb after a subject pronoun. */
const NOT_VERBS = wordSet('and or but nor that who which when where if as than too also all both');

/** Words after a cue that open an adjunct of the speaking, not what was said ("said as she left"). */
const ADJUNCT_OPENERS = wordSet(
  'as while because although though whereas once until since aboard over during near outside inside behind following amid alongside throughout atop',
);
/** "said as many as ten …": "as" opening a quantity is content. */
const AS_QUANTITY = wordSet('many much few little long soon well far recently');

export function looksLikeClause(d: Doc, t0: number, t1: number, lemmaForm: string): boolean {
  const first = d.toks[t0];
  if (!first) return false;
  if (first.word && CLAUSE_STARTERS.has(first.lw)) return true;
  if (first.word && ADJUNCT_OPENERS.has(first.lw) && !(first.lw === 'as' && AS_QUANTITY.has(d.toks[t0 + 1]?.lw ?? '')))
    return false;
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
    // "it sold …", "he says …": a subject pronoun and the word after it
    if (k > t0 && SUBJ_PRON.has((d.toks[k - 1] as Token).lw) && !t.cap && !NOT_VERBS.has(t.lw) && !PREPS.has(t.lw))
      return true;
  }
  if (lemmaForm === 'saying' && words >= 3) return true;
  return words >= 4 && SAY_FORMS.has(lemmaForm) && lemmaForm !== 'saying';
}

/** Strip a leading dateline ("WASHINGTON —", "date 2024-05-16 Islam Times - "). */
export function skipDateline(d: Doc, t0: number, t1: number): number {
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

/** Words that open a time phrase or PP after a post-posed cue ("said on Monday", "said last week"). */
const TRAILING_PP_OPENERS = wordSet('on in at during to last this earlier later recently after before from via');
/** Words that open a PP between a cue and its content ("said in a statement that"). */
const PP_OPENERS = wordSet(
  'on in at during to last earlier later recently after while before through via this following for',
);

/** Words of a short time phrase after a preposition ("on Friday", "last week", "earlier this month"). */
const TIME_PHRASE = wordSet(
  'this last next week month year weekend morning afternoon evening night day weeks months years days decades',
);
/** Openers of a time phrase that are otherwise determiners or adverbs ("this week" but "this is"). */
const DEICTIC_OPENERS = wordSet('this last earlier later recently');

const PARTS_OF_DAY = wordSet('morning afternoon evening night');

function isTimeWord(d: Doc, t: Token, prev?: Token): boolean {
  // "said Saturday night", "said Monday morning": a part of the day after a day's name
  if (prev && PARTS_OF_DAY.has(t.lw) && d.L.time.has(prev.lw)) return true;
  return d.L.time.has(t.lw) || t.lw === 'today' || t.lw === 'yesterday' || t.lw === 'tonight';
}

/** Whether token k, after "to", is a bare verb: a lower-case word that opens no noun phrase. */
function isInfinitive(d: Doc, k: number): boolean {
  const t = d.toks[k];
  if (!t || !t.word || t.cap || t.q >= 0) return false;
  if (d.L.determiners.has(t.lw) || PREPS.has(t.lw) || /^\d/.test(t.w) || d.mStart[k]) return false;
  if (/^(him|her|them|us|me|reporters|voters|supporters|date|be)$/.test(t.lw)) return t.lw === 'be';
  return !/s$/.test(t.lw) || /(?:ss|us)$/.test(t.lw); // "to focus", not "to voters"
}

/** Whether token k is a time noun or opens one ("week", "Monday", "this month", "last year's"). */
function startsTimePhrase(d: Doc, k: number): boolean {
  const t = d.toks[k];
  if (!t || !t.word || t.q >= 0) return false;
  if (isTimeWord(d, t) || /^\d{1,4}$/.test(t.w)) return true;
  if (t.lw === 'this' || t.lw === 'last' || t.lw === 'next') return startsTimePhrase(d, k + 1);
  return TIME_PHRASE.has(t.lw);
}

/** Skip time expressions and short PPs after a cue ("said on Monday", "said in a statement"). */
export function skipTrailing(d: Doc, i: number, ceil: number): number {
  // time words and short prepositional phrases, possibly several ("said Tuesday in Paris")
  let k = i;
  for (let round = 0; round < 3; round++) {
    const t = d.toks[k];
    if (!t || !t.word || t.q >= 0) return k;
    if (isTimeWord(d, t, d.toks[k - 1])) {
      k++;
      continue;
    }
    if (TRAILING_PP_OPENERS.has(t.lw)) {
      // "say this is …", "said last year's plan …": a determiner opens a time phrase only before a time noun
      if (DEICTIC_OPENERS.has(t.lw) && !startsTimePhrase(d, k + 1)) return k;
      // "asked the council to block the rules": an infinitive, not a phrase about where or when
      if (t.lw === 'to' && isInfinitive(d, k + 1)) return k;
      let n = 0;
      while (k < ceil && n < 10 && !isPunct(d.toks[k], ',.;:!?') && (d.toks[k] as Token).q < 0) {
        // the reported clause after a short time phrase: "said on Monday that …", "said on Monday he …"
        const u = d.toks[k] as Token;
        if (n > 0 && u.word && (u.lw === 'that' || SUBJ_PRON.has(u.lw) || FINITE.has(u.lw))) break;
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
export function commaBefore(d: Doc, i: number): boolean {
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
export function skipPP(d: Doc, i: number, ceil: number): number {
  const t = d.toks[i];
  if (!t || !t.word) return i;
  if (isTimeWord(d, t)) {
    let k = i + 1;
    if (isTimeWord(d, d.toks[k] as Token, t)) k++; // "said Monday morning that …"
    if (isPunct(d.toks[k], ',')) k++;
    // "said Sunday on CNN that …": a place or medium after the day
    const n = d.toks[k];
    if (k === i + 1 && n && n.word && !isTimeWord(d, n) && PP_OPENERS.has(n.lw)) {
      const k2 = skipPP(d, k, ceil);
      if (k2 > k && d.toks[k2]?.lw === 'that') return k2;
    }
    return k;
  }
  // "asked the council to block …": an infinitive is content, not a phrase to skip
  if (t.lw === 'to' && isInfinitive(d, i + 1)) return i;
  // "said privately that …": the adverb belongs to the saying
  if (!t.cap && t.lw.length > 4 && t.lw.endsWith('ly') && d.toks[i + 1]?.lw === 'that') return i + 1;
  if (PP_OPENERS.has(t.lw)) {
    // "said earlier that …" (an adverb, skipped) but "say this is …" (the content's first word)
    if (DEICTIC_OPENERS.has(t.lw) && !startsTimePhrase(d, i + 1))
      return t.lw === 'this' || t.lw === 'last' ? i : skipPP(d, i + 1, ceil);
    // "said on Friday he met …": a short time phrase, then the clause without "that"
    let k = i + 1;
    while (k < ceil && k < i + 5) {
      const u = d.toks[k] as Token;
      if (u.q >= 0) break;
      if (u.word && (isTimeWord(d, u) || TIME_PHRASE.has(u.lw) || /^\d{1,4}$/.test(u.w))) k++;
      else if (!u.word && u.w === '.' && isAbbrevDot(d, k)) k++;
      else break;
    }
    const nx = d.toks[k];
    if (k > i + 1 && nx && nx.word && nx.q < 0 && !PP_OPENERS.has(nx.lw) && nx.lw !== 'that') return k;
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

export function finiteWithin(d: Doc, from: number, n: number): boolean {
  for (let k = from; k < from + n && k < d.toks.length; k++) {
    const t = d.toks[k] as Token;
    if (t.word && FINITE.has(t.lw)) return true;
  }
  return false;
}

export function tokenWithin(d: Doc, from: number, ceil: number, lw: string, n: number): boolean {
  for (let k = from; k < ceil && k < from + n; k++) if ((d.toks[k] as Token).lw === lw) return true;
  return false;
}

/** Skip the addressee object: "told reporters (on Monday) that", "told ABC’s George Stephanopoulos ...". */
export function skipObject(d: Doc, i: number, ceil: number): number {
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
