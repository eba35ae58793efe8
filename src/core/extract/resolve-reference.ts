/** Speaker references to actors: names, pronouns (by salience), role nouns and generic labels. */
import type { Actor } from './actors';
import type { Candidate } from './candidate';
import type { Doc } from './doc';
import type { Sentence, Token } from './tokens';
import { labelType, stateBody } from './speaker-types';
import { PREPS, wordSet } from './word-lists';

/** A conjunction or subordinator the phrase finders leave at the front of a label ("But aides", "that voters"). */
const LEADING_LINK = /^(?:but|and|or|yet|so|that|while|whereas|as|when|if|though|although)\s+(?=\S)/i;
/** A phrase ending in one ("a weekly column and", "to back the campaign while") is a clause cut short, no speaker. */
const TRAILING_LINK = /\s(?:but|and|or|yet|so|that|while|whereas|as|when|if|though|although|because)$/i;

/**
 * Things that speak for their owner ("her statement said"). A spokesman or a lawyer speaks for themself, as in
 * "a spokesman for X" (speaker-phrases.ts).
 */
const DOC_NOUNS = wordSet(
  'statement letter tweet tweets post website book memoir essay column speech remarks ad op-ed blog account office',
);

export interface SalienceState {
  lastSpeaker: Actor | null;
  lastSpeakerSent: number;
  lastSpeakerPara: number;
}

export function compatible(a: Actor, gender: 'm' | 'f' | 'pl' | 'any'): boolean {
  if (gender === 'pl') return a.type === 'organisation' || a.type === 'country' || a.type === 'group';
  if (a.type !== 'person') return false;
  if (gender === 'any') return true;
  return a.gender === null || a.gender === gender;
}

export function resolvePronoun(d: Doc, tok: number, st: SalienceState, force?: 'any'): Actor | null {
  const t = d.toks[tok] as Token;
  const L = d.L;
  let g: 'm' | 'f' | 'pl' | 'any';
  if (force) g = force;
  else if (L.pronounMale.has(t.lw) || t.lw === 'his') g = 'm';
  else if (L.pronounFemale.has(t.lw)) g = 'f';
  else if (L.pronounPlural.has(t.lw) || t.lw === 'it') g = 'pl';
  else return null;
  // (a) a new person opening the previous sentence of this paragraph ("…, Foster believes. “…,” he says")
  const prevSent = d.sents[t.sent - 1];
  if (prevSent && prevSent.para === t.para && t.sent - 1 > st.lastSpeakerSent) {
    const pm = d.sentMentions[t.sent - 1]?.[0];
    if (pm && pm.r0 === prevSent.t0 && pm.actor && compatible(pm.actor, g) && pm.actor.personEvidence > 0 && !pm.poss)
      return pm.actor;
  }
  // (b) the previous speaker, when it spoke in this paragraph
  if (st.lastSpeaker && compatible(st.lastSpeaker, g) && st.lastSpeakerPara === t.para) return st.lastSpeaker;
  // (b) the subject of the nearest sentence that names a compatible actor
  let strict = true;
  const subjectOf = (si: number, before: number): Actor | null => {
    const ms = d.sentMentions[si];
    if (!ms) return null;
    let fallback: Actor | null = null;
    for (const m of ms) {
      if (m.s >= before) break;
      const a = m.actor;
      if (!a || !compatible(a, g)) continue;
      if (strict && g !== 'pl' && a.personEvidence === 0) continue;
      const prev = d.toks[m.r0 - 1];
      const inPP = !!prev && prev.word && PREPS.has(prev.lw) && prev.sent === m.sent;
      if (!inPP && !m.poss) return a;
      if (!fallback && !strict) fallback = a;
    }
    return fallback;
  };
  const curSent = d.sents[t.sent] as Sentence;
  const firstM = d.sentMentions[t.sent]?.[0];
  if (firstM && firstM.s < t.s && firstM.actor && compatible(firstM.actor, g) && !firstM.poss) {
    let k = curSent.t0;
    while (k < firstM.r0 && !(d.toks[k] as Token).word) k++;
    if (k === firstM.r0) return firstM.actor;
  }
  for (let si = t.sent - 1; si >= 0 && si >= t.sent - 3; si--) {
    const sent = d.sents[si] as Sentence;
    if (sent.para < t.para - 1) break;
    const a = subjectOf(si, Infinity);
    if (a) {
      // a speaker from the previous paragraph outranks a passing mention there
      if (sent.para !== t.para && st.lastSpeaker && compatible(st.lastSpeaker, g) && st.lastSpeakerPara === sent.para)
        return st.lastSpeaker;
      return a;
    }
  }
  // (c) the last speaker, if recent
  if (st.lastSpeaker && compatible(st.lastSpeaker, g) && t.sent - st.lastSpeakerSent <= 5) return st.lastSpeaker;
  // (d) the closest compatible person mentioned in the last few sentences (weaker evidence allowed)
  for (let si = t.sent - 1; si >= 0 && si >= t.sent - 8; si--) {
    const a = subjectOf(si, Infinity);
    if (a) return a;
  }
  strict = false;
  for (let si = t.sent - 1; si >= 0 && si >= t.sent - 3; si--) {
    const a = subjectOf(si, Infinity);
    if (a) return a;
  }
  return null;
}

function resolveRole(d: Doc, head: string, pos: number): Actor | null {
  let best: Actor | null = null;
  for (const m of d.mentions) {
    if (m.s >= pos) break;
    if (m.actor && m.roles.some((r) => r === head || r.endsWith('-' + head) || r.startsWith(head + '-')))
      best = m.actor;
  }
  if (!best) {
    for (const a of d.actors) if (a.roles.has(head)) best = a;
  }
  return best;
}

export function resolveRef(d: Doc, c: Candidate, st: SalienceState): void {
  const ref = c.ref;
  if (!ref) return;
  switch (ref.kind) {
    case 'mention': {
      const a = ref.m.actor;
      if (a) c.speaker = a;
      break;
    }
    case 'pronoun': {
      const t = d.toks[ref.tok] as Token;
      if (t.lw === 'i' || t.lw === 'we') return;
      const a = resolvePronoun(d, ref.tok, st);
      if (a) c.speaker = a;
      else if (t.lw === 'they') c.label = null;
      break;
    }
    case 'np': {
      // "the mayor said" → the actor holding that role earlier in the article. A modified role ("the former
      // president", "the vice president", "the Senate Democratic leader") stays a label: the holder found by the
      // head noun alone was measured to be wrong more often than right.
      if (ref.definite && ref.t1 - ref.t0 === 2 && (d.L.roles.has(ref.head) || ref.head.includes('-'))) {
        const a = resolveRole(d, ref.head, (d.toks[ref.t0] as Token).s);
        if (a) {
          c.speaker = a;
          break;
        }
      }
      // "her statement said", "his campaign said": the owner speaks
      const first = d.toks[ref.t0] as Token;
      const owner = d.mStart[ref.t0];
      if (owner && owner.poss && owner.actor && owner.actor.type === 'person' && DOC_NOUNS.has(ref.head)) {
        c.speaker = owner.actor; // "Foster’s book says"
        break;
      }
      if ((first.lw === 'his' || first.lw === 'her') && ref.t1 - ref.t0 <= 3 && DOC_NOUNS.has(ref.head)) {
        const a = resolvePronoun(d, ref.t0, st);
        if (a) {
          c.speaker = a;
          break;
        }
      }
      const body = stateBody(d, ref);
      if (body) {
        c.speaker = body;
        break;
      }
      // Definite descriptors ("the bow-tied maverick", "the security firm") stay labels: resolving them
      // to the salient actor was measured to lose on both bench sources. A phrase that names no possible
      // speaker ("the revised route") is not one.
      const type = labelType(d, ref);
      if (!type && !ref.definite && !ref.subject) break;
      if (TRAILING_LINK.test(ref.label)) break;
      c.label = ref.label
        .replace(/[’']s$/, '')
        .replace(LEADING_LINK, '')
        .trim();
      if (type) c.labelType = type;
      break;
    }
    case 'label': {
      // transcript speaker tag ("PENCE:"): the actor with that name, else the tag in title case
      const lw = ref.text.toLowerCase().split(/\s+/);
      const last = lw[lw.length - 1] ?? '';
      const a = d.actors.find((x) => x.type === 'person' && x.toks.includes(last));
      if (a) c.speaker = a;
      else if (d.L.lex.questionTags.includes(ref.text.toLowerCase())) {
        c.label = 'Interviewer';
        c.labelType = 'anonymous';
      } else {
        c.label = ref.text.toLowerCase().replace(/\b\p{L}/gu, (ch) => ch.toUpperCase());
        c.labelType = d.L.lex.questionTags.includes(ref.text.toLowerCase()) ? 'anonymous' : 'person';
      }
      break;
    }
  }
}
