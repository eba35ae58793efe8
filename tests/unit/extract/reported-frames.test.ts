// Reported-speech frames and content bounds, on invented sentences about fictional people and places:
// what lies between a speaker and the verb, which source phrases can speak, where the reported clause stops,
// and what after a cue is not content.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/core/extract';
import type { ExtractedStatement } from '../../../src/core/extract/types';

function statements(text: string): ExtractedStatement[] {
  const res = extractStatements({ text: `The vote was close. ${text}`, date: '2024-06-12' });
  for (const s of res.statements) expect(s.quote.length).toBeGreaterThan(0);
  return res.statements;
}

function only(text: string): ExtractedStatement {
  const all = statements(text);
  expect(all).toHaveLength(1);
  return all[0] as ExtractedStatement;
}

describe('between the speaker and the verb', () => {
  it.each([
    [
      'Ilse Marr on Tuesday said that the bridge would close in the spring.',
      'Ilse Marr',
      'that the bridge would close',
    ],
    ['Marr however said she would welcome the plan for the bridge.', 'Marr', 'she would welcome the plan'],
    [
      'Hogan Vell, a former director of the Ostvale Party, whose roots are in the north, said the base was angry about the vote.',
      'Hogan Vell',
      'the base was angry',
    ],
    ['Ada Fenn, D-Vell, says the vote will be close this year.', 'Ada Fenn', 'the vote will be close'],
    ['Rep. Gregory Dunn (D-N.Y.) said Marr reassured them that all would be well.', 'Gregory Dunn', 'Marr reassured'],
    [
      'Senator Ilse Marr of Kestria, the No. 2 Republican in the Senate, said the chamber will vote on Monday.',
      'Ilse Marr',
      'the chamber will vote',
    ],
    [
      'President Ilse Marr met survivors of the flood on Thursday and said the state must act.',
      'Ilse Marr',
      'the state must act',
    ],
  ])('%s', (text, speaker, content) => {
    const s = only(text);
    expect(s.speaker).toBe(speaker);
    expect(s.quote.startsWith(content)).toBe(true);
  });

  it('a time phrase after the verb is not content: "said on Friday he met …"', () => {
    expect(only('Sheldon Dunn said on Friday he met the candidate earlier this week.').quote).toBe(
      'he met the candidate earlier this week',
    );
  });
});

describe('source phrases', () => {
  it.each([
    ['A source familiar with the investigation said the intruders were seeking secrets.', 'anonymous'],
    ['Seventy percent of Ostvale voters say they have a favourable view of Marr.', 'group'],
    ['Revenue at the port fell 2 percent in March, according to a pool report.', 'document'],
    ['An earlier report in a Vell paper said that Dunn had used the images in his fliers.', 'document'],
    ['A news report published Wednesday said Ash Dunn used a personal email account.', 'document'],
    ['Many speakers at the service — including teachers and nurses — said the loss was painful.', 'group'],
  ])('%s -> %s', (text, type) => {
    const s = only(text);
    expect(s.speaker).not.toBeNull();
    expect(s.speakerType).toBe(type);
  });

  it('"NAME of the ORGANISATION wrote" is the person, not the employer', () => {
    const s = only('“Tax cuts do not pay for themselves,” Ada Fenn of the Vell Policy Institute wrote recently.');
    expect(s.speaker).toBe('Ada Fenn');
  });

  it('a title word after a given name or an initial is part of the name', () => {
    const s = only('“It will be hard,” said Representative Ilse T. King of Ostvale.');
    expect(s.speaker).toMatch(/^Ilse T\. King/);
  });

  it('"— NAME: “…”" attributes the quote to the name before the colon', () => {
    const s = only('Turnout fell in the north - Ilse Marr: “The count is wrong and we will challenge it.”');
    expect(s.speaker).toBe('Ilse Marr');
    expect(s.kind).toBe('direct');
  });
});

describe('where the reported clause stops', () => {
  it.each([
    [
      'Marr said she had released ten years of tax returns and called on Dunn to do the same.',
      'she had released ten years of tax returns',
    ],
    ['Marr said the plan was sound, while 40 percent of voters disagreed with her.', 'the plan was sound'],
    [
      'Marr said the plan was “sound and fair,” referring to the budget for the bridge.',
      'the plan was “sound and fair',
    ],
    ['Marr said the plan was sound but did not say when it would start.', 'the plan was sound'],
  ])('%s', (text, content) => {
    const first = statements(text)[0];
    expect(first?.quote.replace(/[,”"]+$/, '')).toBe(content);
  });
});

describe('what follows a cue but is not content', () => {
  it('"said as she left" reports only the quote', () => {
    const all = statements('“We will win,” Marr said as she left the hall in Vell.');
    expect(all.map((s) => s.quote)).toEqual(['We will win']);
  });

  it('"said as many as …" is content', () => {
    expect(only('Marr said as many as ten bridges would close next year.').quote).toBe(
      'as many as ten bridges would close next year',
    );
  });

  it('"when asked whether …" reports the question, with no named asker', () => {
    const all = statements('Marr said “we’ll see” when asked whether she would run again next year.');
    const q = all.find((s) => s.quote.startsWith('whether'));
    expect(q?.quote).toBe('whether she would run again next year');
    expect(q?.speaker).toBeNull();
    expect(q?.polarity).toBe('questions');
  });
});
