// Speaker quality: on the train set (read from ../shared), no predicted speaker is a title-case phrase with a
// verb, and a hand-labelled sample of 200 predicted speakers is typed right (tests/fixtures/extract/
// speaker-types-train.json: names and types only). Then the actor rules on invented sentences, with the cases
// that must not become speakers.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { predictedSpeakers, readSplit, type LabelledSpeaker } from '../../../bench/extract-speakers';
import { extractStatements } from '../../../src/core/extract';
import { titleCaseVerbPhrase } from '../../../src/core/extract/speaker-audit';
import type { ExtractedStatement, ExtractionResult } from '../../../src/core/extract/types';

const TRAIN = path.resolve(process.cwd(), '../shared/bench/quotes-train.jsonl');
const FIXTURE = path.resolve(process.cwd(), 'tests/fixtures/extract/speaker-types-train.json');

function result(text: string): ExtractionResult {
  const res = extractStatements({ text, date: '2024-06-12' });
  for (const s of res.statements) expect(text.slice(s.start, s.end)).toBe(s.quote);
  return res;
}

function first(text: string): ExtractedStatement {
  const s = result(text).statements[0];
  if (!s) throw new Error(`no statement in: ${text}`);
  return s;
}

describe('the title-case verb check itself', () => {
  it.each([
    ['Democrats Lose Court Battle', true],
    ['Newspaper Says Clinton Needs', true],
    ['Senator Marr Slams Budget', true],
    ['Ilse Marr', false],
    ['State Department', false],
    ['the campaign says', false],
    ['Farid Osei', false],
  ])('%s -> %s', (name, verbal) => {
    expect(titleCaseVerbPhrase(name)).toBe(verbal);
  });
});

describe.skipIf(!existsSync(TRAIN))('speakers predicted on the train set', () => {
  const rows = predictedSpeakers(readSplit('train'));

  it('none is a title-case phrase containing a verb', () => {
    const verbal = rows.filter((r) => titleCaseVerbPhrase(r.speaker)).map((r) => `${r.speaker} (${r.doc})`);
    expect(verbal).toEqual([]);
  });

  it('fewer than 5% of the hand-labelled sample are typed wrongly', () => {
    const labels = (JSON.parse(readFileSync(FIXTURE, 'utf8')) as { speakers: LabelledSpeaker[] }).speakers;
    expect(labels).toHaveLength(200);
    const got = new Map(rows.map((r) => [`${r.doc}|${r.speaker}`, r.type]));
    const compared = labels.filter((l) => got.has(`${l.doc}|${l.speaker}`));
    // the sample must still describe what the extractor predicts
    expect(compared.length).toBeGreaterThanOrEqual(180);
    const wrong = compared.filter((l) => got.get(`${l.doc}|${l.speaker}`) !== l.type);
    expect(wrong.length / compared.length).toBeLessThan(0.05);
  });
});

describe('actor rules on invented sentences', () => {
  it.each([
    // party members, with and without a name
    ['“We will win the county,” the Republican said on Tuesday.', 'person'],
    ['“We will win the county,” said Ostvale Republican Marek Dunn.', 'person'],
    // a plural demonym is a group, a people noun is anonymous
    ['Kestria moved troops north. The Kestrians said the drills were routine.', 'group'],
    ['The people said the meeting had been tense.', 'anonymous'],
    // quantifier pronouns name a group
    ['The candidates met in Vell. Others said the debate had been unfair.', 'group'],
    // projections and estimates are documents
    ['The projections said the fund would run dry by 2031.', 'document'],
    // a newspaper is an organisation
    ['As the paper noted, the mayor had not voted.', 'organisation'],
    // a writer noun after a nationality is a person
    ['“The stage is a mirror,” said the Kestrian playwright.', 'person'],
  ])('%s -> %s', (text, type) => {
    const s = first(text);
    expect(s.speaker).not.toBeNull();
    expect(s.speakerType).toBe(type);
  });

  it('a given name before a nationality word keeps the run a person', () => {
    const s = first('“The budget is a fantasy,” said David French, a columnist.');
    expect(s.speaker).toBe('David French');
    expect(s.speakerType).toBe('person');
  });

  it('a place written in capitals (a dateline) or as a postal abbreviation is never an organisation', () => {
    const res = result(
      'VELLTON, N.C. — The bridge reopened on Monday.\n\nMayor Ilse Marr said the bridge in Wilmington, N.C., would close again.\n\nThe NPA said the bridge was safe.',
    );
    expect(res.statements.map((s) => s.speaker)).toEqual(['Ilse Marr', 'NPA']);
    const types = new Map(res.actors.map((a) => [a.name, a.type]));
    expect(types.get('VELLTON')).not.toBe('organisation');
    expect(types.get('N.C.')).not.toBe('organisation');
    // a real acronym still is one
    expect(types.get('NPA')).toBe('organisation');
  });

  it('a dateline opening the sentence is skipped when the speaker is its subject', () => {
    const res = result(
      'VELLTON — Sen. Ilse Marr (R-Kest.) on Wednesday played down the vote, saying the count was "nothing unusual" at all.\n\nPORT AREN, Kestria — Minister Farid Osei defended the plan, saying it would pay for itself.',
    );
    expect(res.statements.map((s) => s.speaker)).toEqual(['Ilse Marr', 'Farid Osei']);
  });

  it('a party tag between commas is not the speaker, the name before it is', () => {
    const res = result(
      'Sen. Ilse Marr, R-S.C., a long-shot presidential candidate, said the plan was oversold.\n\nRep. Farid Osei, D-NY, said the count would be checked.',
    );
    expect(res.statements.map((s) => s.speaker)).toEqual(['Ilse Marr', 'Farid Osei']);
  });

  it('the country named by "X-ian government" is linked, and a plain demonym plural is not an organisation', () => {
    const res = result(
      'Kestria closed the border. The Kestrian government said the closure was temporary. Kestrians said the queues were long.',
    );
    expect(res.statements[0]?.speaker).toBe('Government of Kestria');
    expect(res.actors.find((a) => a.name === 'Government of Kestria')?.country).toBe('Kestria');
    expect(res.statements[1]?.speakerType).toBe('group');
  });
});
