// Reading patterns added for extraction accuracy (issue #9, item 5), each on invented sentences about fictional
// people and places: time phrases and asides around the speech verb, counted groups as speakers, progressive and
// participle cues, headline cues, interrupted clauses, the clause an "according to" sources, and quotations
// attributed by the name and verb that follow them.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/core/extract';
import { findStatement, statementsIn } from '../../helpers/extract-sentences';

describe('between the cue and the reported clause', () => {
  it.each([
    // "this" opens a time phrase only before a time noun
    ['Ada Fenn said this is the worst harvest in a decade.', 'Ada Fenn', 'this is the worst harvest'],
    ['Ada Fenn said earlier that the harvest had failed.', 'Ada Fenn', 'that the harvest had failed'],
    // a day, then where it was said
    ['Ilse Marr said Sunday on Radio Vell that the bridge would close.', 'Ilse Marr', 'that the bridge would close'],
    // an aside between commas after the verb
    ['Ilse Marr said, however, that the bridge would stay open.', 'Ilse Marr', 'that the bridge would stay open'],
    ['Ilse Marr added, that the bridge would stay open.', 'Ilse Marr', 'that the bridge would stay open'],
    // a clause with its own subject right after "say,"
    ['The mayor said, the bridge will close in May.', 'The mayor', 'the bridge will close in May'],
    // a subject pronoun and any verb after it make a clause
    ['Ada Fenn noted they ran the mill for ten years.', 'Ada Fenn', 'they ran the mill'],
    // a long addressee: the clause starts at "that" or at a subject pronoun with its verb
    [
      'Ada Fenn told a town hall in Salem, Kestria on Monday that the tax is small beside the tolls.',
      'Ada Fenn',
      'that the tax is small',
    ],
    [
      'Ada Fenn, the former governor, told The Ostvale Ledger of Norland last week she would rather vote for Marr.',
      'Ada Fenn',
      'she would rather vote for Marr',
    ],
    // the to-infinitive after an addressee is the content, not a prepositional phrase
    ['Ada Fenn asked the council to block the rules in time for the school year.', 'Ada Fenn', 'to block the rules'],
    // the to-infinitive of a promise is its content, not a prepositional phrase
    ['Ada Fenn also pledged to close the old mill by the spring.', 'Ada Fenn', 'to close the old mill'],
    ['Ada Fenn has said for weeks she is the only candidate who can win.', 'Ada Fenn', 'she is the only candidate'],
  ])('%s', (text, speaker, content) => {
    expect(findStatement(text, content).speaker).toBe(speaker);
  });
});

describe('between the speaker and the cue', () => {
  it.each([
    ['Tomas R. Berg Jr. said the bridge would close in May.', 'Tomas R. Berg Jr', 'the bridge would close'],
    ['Mayor Ilse Marr last week said the bridge would close.', 'Ilse Marr', 'the bridge would close'],
    ['Ilse Marr on Thursday evening said the bridge would close.', 'Ilse Marr', 'the bridge would close'],
  ])('%s', (text, speaker, content) => {
    expect(findStatement(text, content).speaker).toBe(speaker);
  });
});

describe('who can speak', () => {
  it.each([
    ['Two-thirds of Vell voters said the harvest would fail.', 'Two-thirds of Vell voters', 'the harvest would fail'],
    ['Six in 10 say the mayor is decisive.', null, 'the mayor is decisive'],
    ['Several said they would rather the council fund the schools directly.', 'Several', 'they would rather'],
    ['Most of them said they had loved working at the mill.', null, 'they had loved working'],
    ['If the rain continues, forecasters say the harvest will fail.', 'forecasters', 'the harvest will fail'],
    ['The bridge will close in May, a source close to him said.', 'a source close to him', 'The bridge will close'],
  ])('%s', (text, speaker, content) => {
    const s = findStatement(text, content);
    if (speaker) expect(s.speaker).toBe(speaker);
  });
});

describe('the whole subject of the clause speaks', () => {
  it.each([
    [
      'The deputy head of the Kestrian delegation to the forum said the patrols should stop.',
      'The deputy head of the Kestrian delegation to the forum',
    ],
    [
      'Residents of the valley near the dam said the water had risen overnight.',
      'Residents of the valley near the dam',
    ],
    ['Still, farmers who have lost crops to the flood say the dam could be doing more.', 'farmers'],
    [
      'Yet some farmers who have heard her speeches over the years, at fairs or in town halls, said she had less spark now.',
      'some farmers',
    ],
    ['About 53% call themselves liberal on social issues; 26% say they are conservative.', '26%'],
    ['Most voters in Ostvale dislike the plan. Two in three said they would vote against it.', 'Two in three'],
    [
      'Sen. Ilse Marr (a Vell Democrat so young she has been mistaken for an aide) says she felt adrift after the vote.',
      'Ilse Marr',
    ],
  ])('%s', (text, speaker) => {
    const s = statementsIn(text).find((x) => x.kind === 'indirect');
    expect(s?.speaker?.startsWith(speaker)).toBe(true);
  });

  it.each([
    'The Ostvale mayor was told that the bridge would close.',
    'Ada Fenn was asked whether the bridge would close.',
  ])('a passive speech verb: the one in front of it listened, and did not speak: %s', (text) => {
    expect(statementsIn(text)).toEqual([]);
  });

  it.each([
    'The council voted 6-1 for the resolution which said the city condemns the plan.',
    'Ada Fenn went on the radio and chastised the council for refusing to ask for help.',
  ])('not a subject: %s', (text) => {
    for (const s of statementsIn(text)) expect(s.speaker ?? '').not.toMatch(/voted|chastised/);
  });
});

describe('cue forms', () => {
  it.each([
    // progressive
    [
      'Ada Fenn is telling farmers in Ostvale that the harvest will recover.',
      'Ada Fenn',
      'that the harvest will recover',
    ],
    // a contracted "is" / "has" after the pronoun
    ['Bo Lind spoke first. He’s telling voters that the bridge will close.', 'Bo Lind', 'that the bridge will close'],
    // participles tied to the subject by a preposition or "and"
    ['A Vell official responded by saying Kestria should be careful.', 'A Vell official', 'Kestria should be careful'],
    ['Ada Fenn praised the workers before insisting the mill would reopen.', 'Ada Fenn', 'the mill would reopen'],
    // a gerund phrase after the verb
    ['Ada Fenn reported raising about $9 million during the month.', 'Ada Fenn', 'raising about $9 million'],
    // a noun-phrase message after a speech verb that names what was said
    ['Ada Fenn mentioned the violence in her hometown of Ostvale.', 'Ada Fenn', 'the violence in her hometown'],
    // a verb chain ending in "to" before the cue
    ['Ada Fenn is likely to stress that the bank would pause quickly.', 'Ada Fenn', 'that the bank would pause'],
    // a participle clause opening the sentence: the main clause's subject said it
    [
      'After suggesting on Wednesday that he regretted the insults, Bo Lind only occasionally disagreed with her.',
      'Bo Lind',
      'that he regretted the insults',
    ],
    // speech verbs added to the reporting list
    ['Ada Fenn lamented that the mill had closed.', 'Ada Fenn', 'that the mill had closed'],
    ['Ada Fenn reminded voters that the bridge was old.', 'Ada Fenn', 'that the bridge was old'],
  ])('%s', (text, speaker, content) => {
    expect(findStatement(text, content).speaker).toBe(speaker);
  });

  it('"Asked by X whether …": the question is the asker\'s', () => {
    const s = findStatement(
      'Asked by Dana Rook if she believed the plan was fair, Ada Fenn said that she did not.',
      'if she believed',
    );
    expect(s.speaker).toBe('Dana Rook');
  });

  it('a title-case headline: "Ada Fenn Says Bridge Will Close In May"', () => {
    const text =
      'Ada Fenn Says Bridge Will Close In May\n\nThe bridge has stood since 1921, Ada Fenn told the council.';
    const s = extractStatements({ text }).statements.find((x) => x.quote.startsWith('Bridge Will Close'));
    expect(s?.speaker).toBe('Ada Fenn');
  });

  it('an inverted source with a relative clause: "…, said an official who …"', () => {
    const s = findStatement(
      'The mayor warned the governor to stay away, said an official who was briefed on the talks.',
      'The mayor',
    );
    expect(s.speaker).toBe('an official');
  });

  it('an inverted source with an apposition: "…, said Ada Fenn, who …"', () => {
    const s = findStatement(
      'Even if the agency closed, some of its work would be done by others, said Ada Fenn, who was elected in 2012.',
      'Even if the agency closed',
    );
    expect(s.speaker).toBe('Ada Fenn');
    expect(s.quote).not.toContain('Ada Fenn');
  });
});

describe('where the content starts and ends', () => {
  it('a clause interrupted by its source goes on after it: "…, the company added, and had passed …"', () => {
    const s = findStatement(
      'The mill had no known debts, the company added, and had passed every inspection.',
      'The mill',
    );
    expect(s.quote.endsWith('had passed every inspection')).toBe(true);
  });

  it('only an opener before the interrupting source: "And yet, her aides say, Ostvale remains …"', () => {
    const s = findStatement('And yet, Ada Fenn’s aides say, Ostvale remains a priority for her.', 'Ostvale remains');
    expect(s.quote).toBe('Ostvale remains a priority for her');
  });

  it('a short predicate after the interrupting source: "The savings, the auditors concluded, never came."', () => {
    const s = findStatement('The promised savings, the auditors concluded, never came.', 'The promised savings');
    expect(s.quote.endsWith('never came')).toBe(true);
  });

  it('what was said in a relative clause on the speaker ends where the main clause resumes', () => {
    const s = findStatement(
      'Prime Minister Bo Lind, who said last year that Kestria would not sign the deal, gave it his full backing.',
      'that Kestria would not sign',
    );
    expect(s.quote).toBe('that Kestria would not sign the deal');
  });

  it('a hyphenated title does not end the sentence: "then-Sen. Tomas Berg"', () => {
    const s = findStatement(
      'Ada Fenn argued that the gap between Marr and then-Sen. Tomas Berg was narrow.',
      'that the gap',
    );
    expect(s.quote.endsWith('was narrow')).toBe(true);
  });

  it.each([
    [
      'The tax has not hurt the city: Ostvale was the busiest port in 2015, according to the harbour office.',
      'Ostvale was the busiest port in 2015',
    ],
    [
      'Though she trails in the north, Ada Fenn has the best odds, according to three recent polls.',
      'Ada Fenn has the best odds',
    ],
    [
      'The mill is a large employer, with 400 workers on its payroll in 2015, according to its filings.',
      '400 workers on its payroll in 2015',
    ],
    [
      'It has not gone unnoticed: According to recent polls, Ada Fenn holds only 14 percent.',
      'Ada Fenn holds only 14 percent',
    ],
    ['Fenn leads Lind by 271 delegates according to a count by the Ostvale Post.', 'Fenn leads Lind by 271 delegates'],
    [
      'But according to reports in the local press, she could not convince the family.',
      'she could not convince the family',
    ],
  ])('"according to" sources the nearest clause: %s', (text, content) => {
    expect(findStatement(text, content).quote).toBe(content);
  });
});

describe('quotations attributed by what follows them', () => {
  it.each([
    ['“You know, it happens, right?” Ada Fenn went on. “But you get over it.”', 'Ada Fenn'],
    ['“They are all here for the free food,” Bo Lind shot back with a laugh.', 'Bo Lind'],
    ['“Ostvale will always be Ostvale,” an angry Ada Fenn retaliated.', 'Ada Fenn'],
    ['“She is a mother of three,” another friend, Mariam Vell told the broadcaster.', 'Mariam Vell'],
    // a speech verb that is also a noun, after a determiner, is the source's noun
    ['“Newcomers are settling in well,” the report concluded.', 'the report'],
    ['“Tomas, you are a total loser!” the note says.', 'the note'],
  ])('%s', (text, speaker) => {
    const first = statementsIn(text).find((s) => s.kind === 'direct');
    expect(first?.speaker).toBe(speaker);
  });

  it.each([
    ['Ada Fenn told the Ostvale Post in a written statement, “I do not want his endorsement, not now.”', 'Ada Fenn'],
    ['Another tweeted, “Marr thinks she is above the rules, so think about how she will run things.”', 'Another'],
    ['As Ilse Marr put it: “The valley does a better job at welcoming newcomers.”', 'Ilse Marr'],
    ['Or, as one farmer put it, “We are tired of waiting for the bridge.”', 'one farmer'],
  ])('a cue further before the comma that opens the quotation: %s', (text, speaker) => {
    const first = statementsIn(text).find((s) => s.kind === 'direct');
    expect(first?.speaker).toBe(speaker);
  });

  it("a quotation that ends its sentence is not attributed to the next sentence's subject", () => {
    const first = statementsIn('“The bridge is safe.” Ada Fenn closed the meeting.').find((s) => s.kind === 'direct');
    expect(first?.speaker ?? null).toBeNull();
  });
});
