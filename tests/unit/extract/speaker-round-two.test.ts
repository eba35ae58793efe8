// Second round of extraction accuracy (issue #9, item 5), on invented sentences about fictional people and
// places: the subject a participle clause hangs off, modified role phrases kept as labels, a titled person after
// an organisation's name, a titled name before a colon, capitalised cue words and verb-like surnames inside
// names, unnamed speaker phrases, quotations inside reported speech, and the setting before "X said, “…”".
import { describe, expect, it } from 'vitest';
import { findStatement, statementsIn } from '../../helpers/extract-sentences';

describe('the subject of a participle clause', () => {
  it.each([
    // after an opening subordinate clause
    [
      'While touring the harbour on Friday, Ilse Marr mocked the budget, saying that it would sink the port.',
      'Ilse Marr',
      'that it would sink the port',
    ],
    // inside the subordinate clause, when the participle is
    [
      'When Ivo Maric answered a question on tolls by asserting that the bridge pays for itself, nobody objected.',
      'Ivo Maric',
      'that the bridge pays for itself',
    ],
    // a short time phrase, then a place written as a dateline
    [
      'The day before, at a rally in Ostvale, Tex., Mr. Ivo Maric was just as blunt, claiming without evidence that the mill had closed.',
      'Ivo Maric',
      'that the mill had closed',
    ],
  ])('%s', (text, speaker, content) => {
    const s = findStatement(text, content);
    expect(s.kind).toBe('indirect');
    expect(s.speaker).toBe(speaker);
  });

  it('takes a role phrase led by a determiner as the subject', () => {
    const s = findStatement(
      'The senator left no doubt about the vote, saying that the levy would pass.',
      'that the levy',
    );
    expect(s.speaker?.toLowerCase()).toBe('the senator');
  });
});

describe('role phrases', () => {
  it('keeps a modified role as the label it is, not the last holder of the bare role', () => {
    const text =
      'President Elena Vasquez opened the session.\n\nThe former president said that the vote had been rushed.';
    expect(findStatement(text, 'that the vote had been rushed').speaker).toBe('The former president');
  });

  it('still resolves a bare role to its holder', () => {
    const text = 'President Elena Vasquez opened the session.\n\nThe president said that the vote had been fair.';
    expect(findStatement(text, 'that the vote had been fair').speaker).toBe('Elena Vasquez');
  });
});

describe('names next to the cue', () => {
  it('takes the titled person after an organisation name as the speaker', () => {
    const s = findStatement(
      '“The ruling is a victory for the valley,” said Harwick Trust President Ona Bell.',
      'The ruling',
    );
    expect(s.speaker).toBe('Ona Bell');
  });

  it('looks past a name that modifies a noun to the speaker named after it', () => {
    const s = findStatement(
      '“These are dark days for people like me,” former Ada Fenn speechwriter Ida Roe wrote in a column.',
      'These',
    );
    expect(s.speaker).toBe('Ida Roe');
  });

  it('takes a titled name closing the clause before a colon when the subject is no person', () => {
    const s = findStatement(
      'The timing does not surprise Republican pollster Ada Lind: “Newcomers often win early.”',
      'Newcomers',
    );
    expect(s.speaker).toBe('Ada Lind');
  });

  it('gives a quotation followed by “and said” to the subject of the sentence, not to “and”', () => {
    const s = findStatement(
      'Ida Roe backs “fair pay,” opposes “blanket pay freezes for every clerk” and recalled 2011.',
      'blanket',
    );
    expect(s.speaker).toBe('Ida Roe');
  });

  it.each([
    [
      'Hours later, Ivo Maric returned the favour, telling reporters, “Ida and I have been friends for years.”',
      'Ida and',
    ],
    ['Back in 1999, Ivo Maric praised the mayor, telling the Ledger: “I wish I could be like that.”', 'I wish'],
  ])('does not take an opening adverb for a name: %s', (text, content) => {
    expect(findStatement(text, content).speaker).toBe('Ivo Maric');
  });

  it('reads a surname that is also a common word as part of the name', () => {
    const s = findStatement(
      'In a call on Monday, Veldpharm chief executive Ian Read said the merger was sound.',
      'the merger',
    );
    expect(s.speaker).toBe('Ian Read');
  });

  it('drops an office with its "of" complement before the name', () => {
    const s = findStatement(
      'Veld County Supervisor of Elections Ona Bell said that early ballots were counted.',
      'that early',
    );
    expect(s.speaker).toBe('Ona Bell');
  });

  it('reads a capitalised cue word as part of the subject’s name', () => {
    const s = findStatement(
      'Veld State University’s Ada Lind agreed. “Moderates are running out of time to find a candidate.”',
      'Moderates',
    );
    expect(s.speaker).toBe('Ada Lind');
  });
});

describe('quotations and reported speech', () => {
  it('keeps a lower-case quotation inside reported speech as part of it, not a direct quote', () => {
    const all = statementsIn(
      'Ivo Maric said it is naive to think that, once the fleet leaves, “the sea will keep us safe.”',
    );
    expect(all).toHaveLength(1);
    expect(all[0]?.kind).toBe('indirect');
    expect(all[0]?.mixed).toBe(true);
    expect(all[0]?.quote).toMatch(/^it is naive/);
  });

  it('does not report the setting before “X said, ‘…’” as speech', () => {
    const all = statementsIn(
      'After the vote was counted in the harbour towns on Tuesday, Gov. Ivo Maric said, “I’m ready for the next fight.”',
    );
    expect(all.map((s) => [s.kind, s.quote])).toEqual([['direct', 'I’m ready for the next fight.']]);
  });

  it.each([
    ['Until the shutdown, most of them said they had loved working at the mill.', 'they had loved', 'most of them'],
    ['A social anthropologist might wonder if the craze can be explained.', 'if the craze', 'A social anthropologist'],
    [
      'One operative inside Veld Tower tried to play down the remarks, saying they were not a big deal.',
      'they were not',
      'One operative inside Veld Tower',
    ],
  ])('keeps an unnamed speaker phrase as the speaker: %s', (text, content, speaker) => {
    expect(findStatement(text, content).speaker).toBe(speaker);
  });

  it('names a readout as the source of what it reports', () => {
    const s = findStatement(
      'The truce on the border held overnight, according to a Kestrian army readout.',
      'The truce',
    );
    expect(s.speaker).toBe('a Kestrian army readout');
  });
});
