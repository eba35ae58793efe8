/**
 * Transcript and interview turns: a paragraph that opens with a speaker tag and a colon is that speaker's
 * statement.
 *
 *   "PENCE: …", "SEN. ADA STONE: …", "[00:04:12] BERG: …"   all-capitals tags (with a title, after a timestamp)
 *   "Maric: …", "Rubio: I Still Believe …"                  a name of the article
 *   "Q: …" / "A: …" (also "Q. …" / "A. …" when both occur)  the question is the interviewer's; the answer is the
 *                                                           speaker of the previous named turn that was not a
 *                                                           question, else whom the introduction says was
 *                                                           interviewed ("… spoke with Dario Maric")
 *
 * Not turns: section labels ("Note:", "Update:", "Photo:"), a bare timestamp ("10:32: …"), and a capitals tag
 * that is a place or names nobody unless the article is laid out as a transcript.
 */
import type { Mention } from './actors';
import { reportedCandidate, type Candidate } from './candidate';
import { uncoveredSpan } from './content-spans';
import { isPunct, type Doc, type SpeakerRef } from './doc';
import type { Sentence, Token } from './tokens';
import { wordSet } from './word-lists';

/** Words that make the person after them the one interviewed: "interviewed X", "spoke with X". */
const INTERVIEW_VERBS = wordSet('interviewed interviews interviewing questioned');
const MEETING_WORDS = wordSet('spoke speaks talked talks sat sits interview conversation chat chatted met meets');
/** Roles of whoever asks the questions: "host Dana Rook", "Reporter Lena Ost". */
const ASKER_ROLES = wordSet('host anchor reporter correspondent interviewer moderator journalist presenter editor');

type TagKind = 'caps' | 'name' | 'question' | 'answer';

interface Header {
  sent: Sentence;
  kind: TagKind;
  /** the tag's tokens [t0, e) and the token after the tag and its colon (or full stop, for "Q." / "A.") */
  t0: number;
  e: number;
  body: number;
  tag: string;
  m?: Mention;
  dotted: boolean;
}

/** Candidates for every turn of the article, in paragraph order. */
export function findSpeakerTags(d: Doc, out: Candidate[]): void {
  const heads = readHeaders(d);
  if (heads.length === 0) return;
  const accepted = acceptHeaders(d, heads);
  const firstTurnPara = accepted.length ? (accepted[0] as Header).sent.para : 0;
  let answerer: SpeakerRef | null = null;
  let intro: SpeakerRef | null | undefined;
  for (const h of accepted) {
    let e = h.body;
    while (e < d.toks.length && (d.toks[e] as Token).para === h.sent.para) e++;
    const asks = e > h.body && (d.toks[e - 1] as Token).w === '?';
    let ref: SpeakerRef | null;
    if (h.kind === 'question') ref = { kind: 'label', text: 'Q', t0: h.t0, t1: h.t0 + 1 };
    else if (h.kind === 'answer') {
      if (!answerer && intro === undefined) intro = introInterviewee(d, firstTurnPara);
      ref = answerer ?? intro ?? null;
    } else if (h.kind === 'caps') ref = { kind: 'label', text: h.tag, t0: h.t0, t1: h.e };
    else {
      const m = h.m as Mention;
      ref = { kind: 'mention', m, t0: m.r0, t1: m.r1 };
    }
    if ((h.kind === 'caps' || h.kind === 'name') && !asks && !isAsker(d, h)) answerer = ref;
    if (!ref || e - h.body < 3) continue;
    const sp = uncoveredSpan(d, h.body, e);
    if (sp) out.push(reportedCandidate(sp, ':', ref, 'pre', h.sent, d));
  }
}

/** The tag that opens each paragraph, if any, before deciding which tags are turns. */
function readHeaders(d: Doc): Header[] {
  const heads: Header[] = [];
  let lastPara = -1;
  for (const sent of d.sents) {
    if (sent.para === lastPara) continue;
    lastPara = sent.para;
    const t0 = skipTimestamp(d, sent.t0, sent.t1);
    if (t0 < 0) continue;
    const h = readHeader(d, sent, t0);
    if (h && !isSectionLabel(d, h.tag)) heads.push(h);
  }
  return heads;
}

function readHeader(d: Doc, sent: Sentence, t0: number): Header | null {
  const t = d.toks[t0];
  if (!t || !t.word || !t.cap) return null;
  // "Q:" / "A:" / "Q.:" and, decided later, "Q." / "A."
  const qa = d.L.lex.questionTags.includes(t.lw) ? 'question' : d.L.lex.answerTags.includes(t.lw) ? 'answer' : null;
  if (qa) {
    let k = t0 + 1;
    const dot = d.toks[k]?.w === '.' && t.w.length === 1;
    if (dot) k++;
    if (isPunct(d.toks[k], ':')) return { sent, kind: qa, t0, e: t0 + 1, body: k + 1, tag: t.w, dotted: false };
    if (dot && t.w.length === 1) return { sent, kind: qa, t0, e: t0 + 1, body: k, tag: t.w, dotted: true };
    return null;
  }
  const caps = capsTag(d, t0);
  if (caps && isPunct(d.toks[caps.e], ':'))
    return { sent, kind: 'caps', t0, e: caps.e, body: caps.e + 1, tag: caps.tag, dotted: false };
  const m = d.mStart[t0];
  if (!m || m.roleOnly || m.poss || m.r0 !== t0) return null;
  const a = m.actor;
  const w0 = (d.toks[m.n0] as Token).w;
  if (!a || a.name.length < 3 || (a.type === 'other' && (a.toks.length > 1 || /^[A-Z]{2,}$/.test(w0)))) return null;
  // an all-capitals name must be a person of the article ("TAPPER"), not a section ("EMAIL", "EXCLUSIVE")
  if (/^[A-Z]{2,}$/.test(w0) && a.type !== 'person') return null;
  let k = m.r1;
  // "Clinton to Planned Parenthood:"
  if ((d.toks[k] as Token | undefined)?.lw === 'to' && d.mStart[k + 1]) k = (d.mStart[k + 1] as Mention).r1;
  if (!isPunct(d.toks[k], ':')) return null;
  const tag = d.text.slice((d.toks[t0] as Token).s, (d.toks[m.r1 - 1] as Token).e);
  return { sent, kind: 'name', t0, e: m.r1, body: k + 1, tag, m, dotted: false };
}

/**
 * Which tags are turns. A capitals tag counts when it names a person of the article, when two or more such tags
 * take turns over several paragraphs, or when the article is laid out as a transcript (two or more turns of
 * those kinds or of Q/A) and the tag is not a place. "Q." / "A." count only when both occur.
 */
function acceptHeaders(d: Doc, heads: Header[]): Header[] {
  const counts = new Map<string, number>();
  for (const h of heads) if (h.kind === 'caps') counts.set(h.tag, (counts.get(h.tag) ?? 0) + 1);
  const recurring = [...counts].filter(([, n]) => n >= 2).map(([tag]) => tag);
  const taking = new Set(recurring.length >= 2 ? recurring : []);
  const dotted =
    heads.some((h) => h.dotted && h.kind === 'question') && heads.some((h) => h.dotted && h.kind === 'answer');
  const strong = (h: Header): boolean =>
    h.kind === 'caps' ? taking.has(h.tag) || namesPerson(d, h.tag) : h.kind === 'name' || !h.dotted || dotted;
  const layout = heads.filter((h) => h.kind !== 'name' && strong(h)).length >= 2;
  return heads.filter((h) => strong(h) || (layout && h.kind === 'caps' && !isPlace(d, h.tag)));
}

/** Up to four all-capitals words at token t0 ("JAKE TAPPER", "SEN. ADA STONE"), with the token after them. */
function capsTag(d: Doc, t0: number): { tag: string; e: number } | null {
  let e = t0;
  for (let n = 0; n < 4; n++) {
    const t = d.toks[e];
    if (!t || !/^[A-Z][A-Z'’.-]+$/.test(t.w)) break;
    e++;
    const dot = d.toks[e];
    if (dot && dot.w === '.' && dot.s === t.e && d.L.titles.has(t.lw)) e++;
  }
  if (e === t0) return null;
  return { tag: d.text.slice((d.toks[t0] as Token).s, (d.toks[e - 1] as Token).e), e };
}

/** "10:35", "[00:04:12]", "(11:02 a.m.) –" and the space after it. */
const TIMESTAMP = /^[[(]?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?[\])]?\s*[-–—]?\s*/i;

/** Skips a leading timestamp; -1 when the timestamp is the tag itself ("10:32: …") or all there is. */
function skipTimestamp(d: Doc, t0: number, t1: number): number {
  const s = (d.toks[t0] as Token).s;
  const m = TIMESTAMP.exec(d.text.slice(s, s + 40));
  if (!m) return t0;
  const end = s + m[0].length;
  let k = t0;
  while (k < t1 && (d.toks[k] as Token).s < end) k++;
  if (k >= t1 || isPunct(d.toks[k], ':') || (d.toks[k - 1] as Token).e > end) return -1;
  return k;
}

function tagWords(tag: string): string[] {
  return tag
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/\.$/, ''));
}

function isSectionLabel(d: Doc, tag: string): boolean {
  return tagWords(tag).some((w) => d.L.lex.sectionLabels.includes(w));
}

function isPlace(d: Doc, tag: string): boolean {
  const ws = tagWords(tag);
  const joined = ws.join(' ');
  return (
    d.L.places.has(joined) ||
    d.L.countries.has(joined) ||
    ws.some((w) => d.L.lex.placeAbbreviations.includes(w) || d.L.lex.placeAbbreviations.includes(`${w}.`))
  );
}

/** The tag's last word is a name of a person of the article ("PENCE" for Mike Pence). */
function namesPerson(d: Doc, tag: string): boolean {
  const last = tagWords(tag).pop() ?? '';
  return last.length > 1 && d.actors.some((a) => a.type === 'person' && a.toks.includes(last));
}

/** A tag naming whoever asks: "HOST", "REPORTER", or a person the article gives an asking role. */
function isAsker(d: Doc, h: Header): boolean {
  if (tagWords(h.tag).some((w) => ASKER_ROLES.has(w))) return true;
  const last = tagWords(h.tag).pop() ?? '';
  return d.mentions.some((m) => m.actor && m.actor.toks.includes(last) && hasAskerRole(d, m));
}

function hasAskerRole(d: Doc, m: Mention): boolean {
  for (let k = Math.max(0, m.r0 - 1); k < Math.max(m.n0, m.r0); k++) {
    const t = d.toks[k] as Token;
    if (t.word && ASKER_ROLES.has(t.lw)) return true;
  }
  return false;
}

/**
 * Who answers in a Q/A interview with no named turn before the answer: the person the introduction (the
 * paragraphs before the first turn) says was interviewed or spoken with, else the person it names most who is
 * not the one asking, else the person the article names most.
 */
function introInterviewee(d: Doc, firstTurnPara: number): SpeakerRef | null {
  const seen = new Map<Mention['actor'], number>();
  let best: Mention | null = null;
  let most = 0;
  for (const m of d.mentions) {
    const a = m.actor;
    if ((d.toks[m.r0] as Token).para >= firstTurnPara) break;
    if (!a || a.type !== 'person' || m.roleOnly || hasAskerRole(d, m)) continue;
    if (interviewedAt(d, m.r0)) return { kind: 'mention', m, t0: m.r0, t1: m.r1 };
    const n = (seen.get(a) ?? 0) + 1;
    seen.set(a, n);
    if (n > most) {
      most = n;
      best = m;
    }
  }
  if (best) return { kind: 'mention', m: best, t0: best.r0, t1: best.r1 };
  for (const m of d.mentions) {
    const a = m.actor;
    if (!a || a.type !== 'person' || m.roleOnly || hasAskerRole(d, m)) continue;
    if (a.mentions > most) {
      most = a.mentions;
      best = m;
    }
  }
  return best ? { kind: 'mention', m: best, t0: best.r0, t1: best.r1 } : null;
}

/** The mention at r0 follows "interviewed", or "with" / "to" after a meeting word ("spoke with", "sat down with"). */
function interviewedAt(d: Doc, r0: number): boolean {
  const p = d.toks[r0 - 1];
  if (!p || !p.word) return false;
  if (INTERVIEW_VERBS.has(p.lw)) return true;
  if (p.lw !== 'with' && p.lw !== 'to') return false;
  for (let k = r0 - 2; k >= 0 && k >= r0 - 4; k--) {
    const t = d.toks[k] as Token;
    if (!t.word) return false;
    if (MEETING_WORDS.has(t.lw)) return true;
  }
  return false;
}
