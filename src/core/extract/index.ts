/**
 * Statement extraction: direct quotes and reported speech with their speakers.
 *
 * Pure, synchronous and deterministic. Pipeline:
 *   1. quotation spans, tokens, sentences, name mentions and actors (doc.ts)
 *   2. candidate statements with an unresolved speaker reference: direct quotes and the attribution
 *      next to them (find-direct-quotes.ts), reported speech in speech-verb frames such as
 *      "X said that ...", "..., X said", "according to X" (find-reported-speech.ts)
 *   3. speaker resolution in text order (resolve-speakers.ts): names -> canonical actor, pronouns and
 *      role nouns -> the most salient compatible actor, anonymous sources -> a generic label
 *   4. confidence per statement (confidence.ts)
 *   5. per statement: its date (statement-date.ts) and the polarity of its cue (cue-polarity.ts)
 */
import type { ActorType } from '../../shared/model';
import type { ExtractInput, ExtractedActor, ExtractedStatement, ExtractionResult } from './types';
import { getLexicon } from './lexicon';
import { lexSets } from './actors';
import type { Candidate } from './candidate';
import { scoreConfidence } from './confidence';
import { buildDoc, type Doc } from './doc';
import { addQuoteFragments, findDirectQuotes } from './find-direct-quotes';
import { findReportedSpeech } from './find-reported-speech';
import { cuePolarity } from './cue-polarity';
import { resolveSpeakers } from './resolve-speakers';
import { countryOfName } from './speaker-types';
import { assignDates, type StatementDate } from './statement-date';
import type { Token } from './tokens';

export type { ExtractInput, ExtractedActor, ExtractedStatement, ExtractionResult } from './types';

export function extractStatements(input: ExtractInput): ExtractionResult {
  return run(input).result;
}

/** Same as extractStatements, plus for each statement how its speaker was found (for the bench). */
export function extractStatementsTraced(input: ExtractInput): { result: ExtractionResult; trace: string[] } {
  return run(input);
}

function run(input: ExtractInput): { result: ExtractionResult; trace: string[] } {
  const text = typeof input.text === 'string' ? input.text : '';
  const lex = getLexicon(input.language);
  const d = buildDoc(text, lexSets(lex));

  const direct = findDirectQuotes(d);
  const reported = findReportedSpeech(d);
  addQuoteFragments(d, direct, reported);
  const cands = [...direct.cands, ...reported].sort((a, b) => a.start - b.start);

  resolveSpeakers(d, cands, direct.direct);
  scoreConfidence(cands);

  const dates = assignDates(d, cands, input.date);
  const statements = cands.map((c, i) => toStatement(d, c, dates[i] as StatementDate));
  const actors: ExtractedActor[] = d.actors
    .filter((a) => a.type !== 'other' || a.spoke)
    .map((a) => {
      const out: ExtractedActor = { name: a.name, type: a.type, aliases: [...a.aliases].filter((x) => x !== a.name) };
      const country = a.country ?? (a.type === 'organisation' ? countryOfName(d, a) : null);
      if (country) out.country = country;
      return out;
    });
  const trace = cands.map((c) => `${c.kind}:${c.how}:${c.ref ? c.ref.kind : 'none'}`);
  return { result: { language: lex.language, statements, actors }, trace };
}

function toStatement(d: Doc, c: Candidate, date: StatementDate): ExtractedStatement {
  const s: ExtractedStatement = {
    start: c.start,
    end: c.end,
    quote: d.text.slice(c.start, c.end),
    kind: c.kind,
    cue: c.cue,
    speaker: c.speaker ? c.speaker.name : c.label,
    speakerType: c.speaker ? c.speaker.type : (c.labelType ?? ('other' as ActorType)),
    confidence: Math.round(c.conf * 1000) / 1000,
    date: date.date,
    dateOrigin: date.origin,
    polarity: cuePolarity(d, c),
  };
  if (date.precision) s.datePrecision = date.precision;
  if (c.kind === 'indirect' && c.mixed) s.mixed = true;
  if (c.ref) {
    s.speakerStart = (d.toks[c.ref.t0] as Token).s;
    s.speakerEnd = (d.toks[c.ref.t1 - 1] as Token).e;
  }
  return s;
}
