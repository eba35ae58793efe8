// Statement dates, cue polarity, speaker types and transcripts, on invented sentences (fictional people,
// places and events). Article date for every case: Wednesday 12 June 2024.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/core/extract';
import type { ExtractedStatement, ExtractionResult } from '../../../src/core/extract/types';

const ARTICLE_DATE = '2024-06-12';

function result(text: string, date: string | null = ARTICLE_DATE): ExtractionResult {
  const res = extractStatements({ text, date });
  for (const s of res.statements) expect(text.slice(s.start, s.end)).toBe(s.quote);
  return res;
}

function one(text: string, fragment: string, date: string | null = ARTICLE_DATE): ExtractedStatement {
  const hit = result(text, date).statements.find((s) => s.quote.includes(fragment));
  if (!hit) throw new Error(`no statement containing "${fragment}" in: ${text}`);
  return hit;
}

describe('statement dates', () => {
  it.each([
    ['In November 2023, Ilse Marr said the alliance had no future.', '2023-11', 'month'],
    ['Mirela Dascu had warned in February that the reservoir would run dry.', '2024-02', 'month'],
    ['Mirela Dascu had warned in September that the reservoir would run dry.', '2023-09', 'month'],
    ['On 3 March, Tomas Brill said the depot would close.', '2024-03-03', 'day'],
    ['Tomas Brill said on March 3, 2022 that the depot would close.', '2022-03-03', 'day'],
    ['Tomas Brill said in 2019 that the depot would close.', '2019', 'year'],
    ['The minister Oda Lind said on Monday that talks would resume.', '2024-06-10', 'day'],
    ['Oda Lind said Wednesday that talks would resume.', '2024-06-12', 'day'],
    ['Oda Lind said last Wednesday that talks would resume.', '2024-06-05', 'day'],
    ['Oda Lind said yesterday that talks would resume.', '2024-06-11', 'day'],
    ['Oda Lind told reporters today that talks would resume.', '2024-06-12', 'day'],
    ['Oda Lind said last week that talks would resume.', '2024-06-03', 'week'],
    ['Oda Lind said earlier this month that talks would resume.', '2024-06', 'month'],
    ['Oda Lind said last month that talks would resume.', '2024-05', 'month'],
    ['Oda Lind said last year that talks would resume.', '2023', 'year'],
    ['Two days ago, Oda Lind said that talks would resume.', '2024-06-10', 'day'],
    ['“Talks will resume soon,” Oda Lind said on Tuesday.', '2024-06-11', 'day'],
  ])('%s', (text, date, precision) => {
    const s = result(text).statements[0] as ExtractedStatement;
    expect(s.date).toBe(date);
    expect(s.datePrecision).toBe(precision);
    expect(s.dateOrigin).toBe('text');
  });

  it.each([
    // the date belongs to the content, not to the saying
    ['Oda Lind said that talks would resume on Monday.'],
    ['Oda Lind said the depot would close in November 2025.'],
    ['Oda Lind said she would meet the envoy next Friday.'],
  ])('takes the article date: %s', (text) => {
    const s = result(text).statements[0] as ExtractedStatement;
    expect(s.date).toBe(ARTICLE_DATE);
    expect(s.dateOrigin).toBe('article');
  });

  it('never dates a statement after its article', () => {
    const s = result('In December 2024, Oda Lind said the bridge was safe.').statements[0] as ExtractedStatement;
    expect(s.dateOrigin).toBe('article');
  });

  it('has no date when neither the text nor the article gives one', () => {
    const s = result('Oda Lind said on Monday that the bridge was safe.', null).statements[0] as ExtractedStatement;
    expect(s.date).toBeNull();
    const abs = result('In November 2023, Oda Lind said the bridge was safe.', null)
      .statements[0] as ExtractedStatement;
    expect(abs.date).toBe('2023-11');
  });

  it('a continuing quote keeps the date of the statement it continues', () => {
    const text =
      'On Monday, Oda Lind said the bridge would reopen. “We checked every bolt,” she said. “Nothing was left to chance.”';
    const res = result(text);
    expect(res.statements.map((s) => s.date)).toEqual(['2024-06-10', '2024-06-10', '2024-06-10']);
  });
});

describe('cue polarity', () => {
  it.each([
    [
      'Tomas Maric rejected suggestions that the exercise was meant to intimidate.',
      'the exercise was meant to intimidate',
    ],
    ['Tomas Maric dismissed claims that the exercise was meant to intimidate.', 'the exercise was meant to intimidate'],
    ['Tomas Maric denied that the exercise was meant to intimidate.', 'the exercise was meant to intimidate'],
    ['Tomas Maric denied reports that the exercise was meant to intimidate.', 'the exercise was meant to intimidate'],
    [
      'Tomas Maric refused to confirm that the exercise was meant to intimidate.',
      'the exercise was meant to intimidate',
    ],
    ['Tomas Maric did not say that the exercise was meant to intimidate.', 'the exercise was meant to intimidate'],
    ['Tomas Maric has never said that the exercise was meant to intimidate.', 'the exercise was meant to intimidate'],
  ])('denies: %s', (text, content) => {
    const s = one(text, 'intimidate');
    expect(s.quote.replace(/^that /, '')).toBe(content);
    expect(s.polarity).toBe('denies');
    expect(s.speaker).toBe('Tomas Maric');
  });

  it.each([
    ['Tomas Maric said that the exercise was meant to reassure allies.'],
    ['Tomas Maric confirmed that the exercise was meant to reassure allies.'],
    // a quoted denial is the speaker's own words: it asserts them
    ['“The exercise was never meant to intimidate anyone,” Tomas Maric denied.'],
  ])('asserts: %s', (text) => {
    expect(result(text).statements[0]?.polarity).toBe('asserts');
  });

  it('"rejected" with a plain object is not a statement of a rejected claim', () => {
    const res = result('Tomas Maric dismissed the offer from the northern bloc.');
    expect(res.statements).toHaveLength(0);
  });

  it('questions: "asked whether" and a quoted question', () => {
    expect(one('Lena Brandt asked whether the budget could survive another year.', 'budget').polarity).toBe(
      'questions',
    );
    expect(one('“Who will pay for the repairs?” Lena Brandt asked.', 'repairs').polarity).toBe('questions');
  });
});

describe('speakers and their types', () => {
  it('keeps name particles', () => {
    const res = result(
      '“The plan is sound,” said Ursula von der Leyen. Von der Leyen added that the vote would follow. Bashar al-Assad said the army had won.',
    );
    expect(res.statements.map((s) => s.speaker)).toEqual([
      'Ursula von der Leyen',
      'Ursula von der Leyen',
      'Bashar al-Assad',
    ]);
  });

  it('does not make speakers of title-case headline fragments', () => {
    const text =
      'Senator Ilse Marr Slams Budget Plan As Reckless.\n\nIlse Marr, a senator from the north, said the budget plan was reckless. Marr added that she would vote against it.';
    const res = result(text);
    const names = res.actors.map((a) => a.name);
    expect(names).toContain('Ilse Marr');
    expect(names.some((n) => /Slams|Budget Plan/.test(n))).toBe(false);
    expect(res.statements.every((s) => s.speaker === 'Ilse Marr')).toBe(true);
  });

  it.each([
    ['Officials said the talks had failed.', 'Officials', 'anonymous'],
    ['A senior official said the talks had failed.', 'A senior official', 'anonymous'],
    ['Protesters said the vote had been stolen.', 'Protesters', 'group'],
    ['The campaign said the vote had been stolen.', 'The campaign', 'organisation'],
    ['A new nationwide poll says the vote is close.', 'A new nationwide poll', 'document'],
    ['The statement said the plant would stay open.', 'The statement', 'document'],
    ['Farid Osei and Nell Park said the vote had been stolen.', 'Farid Osei and Nell Park', 'group'],
  ])('%s -> %s (%s)', (text, speaker, type) => {
    const s = result(text).statements[0] as ExtractedStatement;
    expect(s.speaker).toBe(speaker);
    expect(s.speakerType).toBe(type);
  });

  it('a phrase that names no possible speaker is not one', () => {
    const s = result('A revised route said the road would close in spring.').statements[0];
    expect(s?.speaker ?? null).toBeNull();
  });

  it('a definite phrase of unknown kind stays a label, typed other', () => {
    const s = result('The revised route said the road would close in spring.').statements[0];
    expect(s?.speakerType).toBe('other');
  });

  it('"the Kestrian government" and "Kestria\'s foreign ministry" are organisations of Kestria', () => {
    const res = result(
      'Kestria has moved troops north. The Kestrian government said the drills were routine. Kestria’s foreign ministry said the border would stay open.',
    );
    const [a, b] = res.statements;
    expect(a?.speaker).toBe('Government of Kestria');
    expect(a?.speakerType).toBe('organisation');
    expect(b?.speaker).toBe('Foreign Ministry of Kestria');
    const gov = res.actors.find((x) => x.name === 'Government of Kestria');
    expect(gov?.country).toBe('Kestria');
    expect(res.actors.find((x) => x.name === 'Kestria')?.type).toBe('country');
  });

  it('a demonym without its country named in the article links nothing', () => {
    const s = result('The Vellish government said the drills were routine.').statements[0];
    expect(s?.speaker).toBe('The Vellish government');
    expect(s?.speakerType).toBe('organisation');
  });

  it('groups and documents named by a single capitalised word are typed so', () => {
    const res = result('Talks stalled on Friday, and Democrats said the bill would fail.');
    expect(res.statements[0]?.speakerType).toBe('group');
  });
});

describe('transcripts and interviews', () => {
  it('reads "NAME: text" turns of a transcript', () => {
    const text = [
      'Governor Ada Fenn spoke to the host on Sunday.',
      'HOST: Will you run for the Senate next year, governor?',
      'FENN: I have not decided anything yet and my family comes first.',
      'HOST: Your opponents say you already have.',
      'FENN: They can say what they like about my plans.',
    ].join('\n\n');
    const res = result(text);
    expect(res.statements.map((s) => s.speaker)).toEqual(['Host', 'Ada Fenn', 'Host', 'Ada Fenn']);
    expect(res.statements[0]?.polarity).toBe('questions');
  });

  it('section labels are not speakers', () => {
    const text = [
      'READ MORE: The council votes on the water bill today',
      'WATCH: The mayor opens the new bridge over the river',
      'READ MORE: Another story about the water bill and the mayor',
      'WATCH: Another video about the bridge and the river',
    ].join('\n\n');
    expect(result(text).statements).toHaveLength(0);
  });

  it('reads Q/A interviews: the question is the interviewer’s, the answer the interviewee’s', () => {
    const text = [
      'Mayor Ilse Varga talked to us about the bridge.',
      'Q: Why did the bridge cost twice the estimate?',
      'A: The steel price doubled while we were building it.',
    ].join('\n\n');
    const [q, a] = result(text).statements;
    expect(q?.speaker).toBe('Interviewer');
    expect(q?.polarity).toBe('questions');
    expect(a?.speaker).toBe('Ilse Varga');
  });
});
