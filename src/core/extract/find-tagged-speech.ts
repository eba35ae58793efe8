/** Reported speech without a speech verb: transcript tags ("TAPPER: …") and "Asked whether …" clauses. */
import type { Mention } from './actors';
import { reportedCandidate, type Candidate } from './candidate';
import { uncoveredSpan } from './content-spans';
import { isAbbrevDot, isPunct, type Doc, type SpeakerRef } from './doc';
import { rightNP } from './speaker-phrases';
import type { Token } from './tokens';

/**
 * All-capitals tags that open two or more paragraphs, when at least two such tags take turns (a transcript):
 * "PENCE: …" / "HOST: …". Section labels ("READ MORE:") never count.
 */
function transcriptTags(d: Doc): Set<string> {
  const counts = new Map<string, number>();
  let lastPara = -1;
  for (const sent of d.sents) {
    if (sent.para === lastPara) continue;
    lastPara = sent.para;
    const ct = capsTag(d, sent.t0);
    if (!ct || !isPunct(d.toks[ct.e], ':')) continue;
    const tag = ct.tag;
    if (tag.split(' ').some((w) => d.L.lex.sectionLabels.includes(w.toLowerCase()))) continue;
    counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  const recurring = [...counts].filter(([, n]) => n >= 2).map(([tag]) => tag);
  return new Set(recurring.length >= 2 ? recurring : []);
}

/** Up to three all-capitals words at token t0 ("JAKE TAPPER"), with the token after them. */
function capsTag(d: Doc, t0: number): { tag: string; e: number } | null {
  let e = t0;
  while (e < t0 + 3 && /^[A-Z][A-Z'’.-]+$/.test((d.toks[e] as Token | undefined)?.w ?? '')) e++;
  if (e === t0) return null;
  return { tag: d.text.slice((d.toks[t0] as Token).s, (d.toks[e - 1] as Token).e), e };
}

/** The person the article names most often: who answers in a Q/A interview. */
function interviewee(d: Doc): SpeakerRef | null {
  let best: Mention | null = null;
  let most = 0;
  for (const m of d.mentions) {
    const a = m.actor;
    if (!a || a.type !== 'person' || m.roleOnly) continue;
    if (a.mentions > most) {
      most = a.mentions;
      best = m;
    }
  }
  return best ? { kind: 'mention', m: best, t0: best.r0, t1: best.r1 } : null;
}

/** "Q: …" / "A: …" interview turns: the question is the interviewer's, the answer the interviewee's. */
function interviewTurn(d: Doc, t0: number): { ref: SpeakerRef | null; k: number; question: boolean } | null {
  const t = d.toks[t0] as Token;
  let k = t0 + 1;
  if (d.toks[k]?.w === '.' && t.w.length === 1) k++;
  if (!isPunct(d.toks[k], ':') || !t.cap) return null;
  const lw = t.lw;
  if (d.L.lex.questionTags.includes(lw))
    return { ref: { kind: 'label', text: 'Q', t0, t1: t0 + 1 }, k, question: true };
  if (d.L.lex.answerTags.includes(lw)) return { ref: interviewee(d), k, question: false };
  return null;
}

/** "TAPPER: …" transcript turns and "Rubio: I Still Believe …" headlines: a name and a colon open the paragraph. */
export function findSpeakerTags(d: Doc, out: Candidate[]): void {
  const turns = transcriptTags(d);
  let lastPara = -1;
  for (const sent of d.sents) {
    if (sent.para === lastPara) continue;
    lastPara = sent.para;
    const m = d.mStart[sent.t0];
    let k: number;
    let ref: SpeakerRef;
    const qa = interviewTurn(d, sent.t0);
    const turn = capsTag(d, sent.t0);
    if (turn && turns.has(turn.tag)) {
      ref = { kind: 'label', text: turn.tag, t0: sent.t0, t1: turn.e };
      k = turn.e;
    } else if (qa) {
      if (!qa.ref) continue;
      ref = qa.ref;
      k = qa.k;
    } else if (m && !m.roleOnly && !m.poss) {
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
    const sp = uncoveredSpan(d, k + 1, e);
    if (sp) out.push(reportedCandidate(sp, ':', ref, 'pre', sent, d));
  }
}

/** "Asked whether X, she said ..." / "When asked about X, he ...": the question is reported speech. */
export function findAskedClauses(d: Doc, out: Candidate[]): void {
  for (const sent of d.sents) {
    for (let k = sent.t0; k < sent.t1; k++) {
      const a = d.toks[k] as Token;
      if (a.lw !== 'asked' || a.q >= 0) continue;
      // passive "asked": at the sentence start, or after "when" / "after being"
      const p = d.toks[k - 1];
      const initial = k === sent.t0 || (k === sent.t0 + 1 && p?.lw === 'when');
      const passive = initial || (k > sent.t0 && !!p && (p.lw === 'when' || p.lw === 'being'));
      if (!passive) continue;
      const w = questionStart(d, k + 1, sent.t1);
      if (w < 0) continue;
      let c = w;
      while (c < sent.t1 && !(isPunct(d.toks[c], ',') && (d.toks[c] as Token).q < 0)) c++;
      if (c - w < 2) continue;
      const sp = uncoveredSpan(d, w, c);
      if (!sp) continue;
      // "Asked whether …, Marr said …": the one asked answers after the comma; mid-sentence the asker is unnamed
      const ref = initial && c < sent.t1 ? rightNP(d, c + 1, sent.t1) : null;
      out.push(reportedCandidate(sp, 'asked', ref, 'pre', sent, d));
    }
  }
}

/**
 * The token where the question of a passive "asked" starts: a wh-word, "if", "whether", "about" or a
 * to-infinitive, after at most a short "by NAME" or time / place phrase ("Asked on Monday whether …"); else -1.
 */
function questionStart(d: Doc, i: number, ceil: number): number {
  for (let k = i; k < ceil && k < i + 8; k++) {
    const t = d.toks[k] as Token;
    if (t.q >= 0 || (!t.word && !(t.w === '.' && isAbbrevDot(d, k)))) return -1;
    if (/^(about|whether|if|why|what|how|which|when|where|who|whom)$/.test(t.lw)) return k;
    if (t.lw === 'to' && k > i && d.toks[i]?.lw === 'by') return k;
    if (
      k === i &&
      !/^(by|on|in|at|during|during|recently|later|earlier|again|repeatedly|directly|last|this)$/.test(t.lw)
    )
      return -1;
  }
  return -1;
}
