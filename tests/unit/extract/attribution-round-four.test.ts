// Attribution rules from the fourth error review, each on invented sentences about fictional people: a place after a
// preposition in a speaker's description, when the person's name follows in apposition, and a quotation with its
// speaker's description before a post-posed name, which is not reported speech; a source's request for anonymity;
// a party tag after a name that follows a quotation; "continues:" before a quotation; which speech verb a
// quotation that closes its sentence belongs to; an abbreviation between a speech verb and its quotation;
// a show's title after a preposition, or any title nobody is said to speak; "and others have said",
// "but officials have said"; a dash after a speech verb; a short quotation inside a speaker's apposition;
// a party word before a given name; a label that ends in a conjunction; ", he said," in the next sentence;
// a name in apposition followed by its employer; what follows "told X" when it is no clause;
// "said Saturday night"; ", and a fifth delegate has not been named"; "but would"; "!—" before a
// new sentence.
import { describe, expect, it } from 'vitest';
import { statementsAt as statements } from '../../helpers/extract-sentences';

describe('attribution, fourth round', () => {
  it('"the senator from Harlow, Farid Osei, said": the place qualifies the noun; the name in apposition speaks', () => {
    const found = statements('“He is a liar,” the senator from Harlow, Farid Osei, said.');
    expect(found.map((s) => [s.kind, s.speaker, s.quote])).toEqual([['direct', 'Farid Osei', 'He is a liar']]);
    expect(statements('“The count is wrong,” said a friend at Vell College, Ona Bell.')[0]?.speaker).toBe('Ona Bell');
    // with no name in apposition, a name closing the phrase still speaks
    expect(statements('“The count is wrong,” said farmer Tomas Berg.')[0]?.speaker).toBe('Tomas Berg');
  });

  it("a quotation and its speaker's description before a post-posed name are not reported speech", () => {
    const found = statements('“We will not sign,” the minister, Ada Fenn, said.');
    expect(found.map((s) => [s.kind, s.speaker, s.quote])).toEqual([['direct', 'Ada Fenn', 'We will not sign']]);
    // content that merely contains a quotation is still reported speech
    const mixed = statements('The harbour deal “is already dead,” Ada Fenn, the minister, said.');
    expect(mixed.map((s) => [s.kind, s.speaker])).toEqual([['indirect', 'Ada Fenn']]);
  });

  it('"who asked not to be named": a request for anonymity is not a statement, and hides none', () => {
    const found = statements('An aide, who asked not to be named, said the plan would fail.');
    expect(found.map((s) => [s.speaker, s.quote])).toEqual([['An aide', 'the plan would fail']]);
    const long = statements('An aide who asked not to be identified because the talks are private said it would fail.');
    expect(long.map((s) => s.quote)).toEqual(['it would fail']);
    expect(statements('Marr asked not to be quoted by name.')).toEqual([]);
    // asking something else is still reported
    expect(statements('Marr asked the council to delay the vote.').map((s) => s.speaker)).toEqual(['Marr']);
  });

  it('"Mitch McConnell, R-Ky., said" after a quotation: the party tag\'s full stops end no sentence', () => {
    const found = statements('“Let me make it perfectly clear,” Senate Majority Leader Ada Fenn, R-Ky., said.');
    expect(found.map((s) => [s.kind, s.speaker])).toEqual([['direct', 'Ada Fenn']]);
    expect(statements('“We will win,” Sen. Ona Bell, D-Vell., told reporters.')[0]?.speaker).toBe('Ona Bell');
  });

  it('"The letter continues: “…”": "continues" introduces a quotation like "continued"', () => {
    expect(statements('The letter continues: “How did you decide this?”')[0]?.speaker).toBe('The letter');
    expect(statements('Marr spoke first. Osei continues: “We will not sign.”')[0]?.speaker).toBe('Osei');
    // not a statement without a quotation
    expect(statements('The war continues in the north.')).toEqual([]);
  });

  it('a quotation that closes its sentence belongs to the speech verb right before it, not to the next sentence', () => {
    const text = 'Mrs. Fenn shook her head and said, “No.” Aides said more talks were planned.';
    expect(statements(text).find((s) => s.kind === 'direct')?.speaker).toBe('Fenn');
    // a quotation closed by a comma still takes the verb after it
    expect(statements('Marr said, “We will win,” Osei said.').find((s) => s.kind === 'direct')?.speaker).toBe('Osei');
  });

  it('"adding of Mr. Marr, “…”": an abbreviation\'s full stop before a quotation does not hide its speech verb', () => {
    const found = statements('“It is fine,” Mr. Osei said, adding of Mr. Marr, “He cares about the team.”');
    expect(found.map((s) => [s.speaker, s.quote])).toEqual([
      ['Osei', 'It is fine'],
      ['Osei', 'He cares about the team.'],
    ]);
  });

  it('a show\'s title in quotation marks after "on" or "with" is where something was said, not a statement', () => {
    const text = '“We cannot check who is coming,” Marr said on ABC’s “This Week With Ada Fenn.” “There is no way.”';
    expect(statements(text).map((s) => s.quote)).toEqual(['We cannot check who is coming', 'There is no way.']);
    expect(statements('“We will win,” Osei said in an interview with “Vell News Sunday.”').map((s) => s.quote)).toEqual(
      ['We will win'],
    );
    // what was said after the title is still reported
    const told = statements('Marr said on “Meet the Press” on Sunday that the vote would slip.');
    expect(told.map((s) => [s.speaker, s.quote])).toEqual([['Marr', 'that the vote would slip']]);
    // a quotation in title case that is said, not named, still counts
    expect(statements('Marr said on Monday: “We Will Win.”').map((s) => s.quote)).toEqual(['We Will Win.']);
  });

  it('a title in quotation marks that nobody is said to speak is not a statement', () => {
    expect(statements('“Tales From the Crypt,” an old series, will return on Vell TV this autumn.')).toEqual([]);
    expect(statements('“The Walking Dead” is a drama about a zombie apocalypse.')).toEqual([]);
    // a line shouted in capitals, a title-case line someone says, and a plain sentence still count
    expect(statements('“DIVISIVE, STUPID AND WRONG” was the verdict of the day.').length).toBe(1);
    expect(statements('“We Will Win,” Marr said.').map((s) => s.speaker)).toEqual(['Marr']);
    expect(statements('“The vote is lost and we all know it.” That was the mood.').length).toBe(1);
  });

  it('"… and others have said …": a group word and a speech verb start another statement', () => {
    const found = statements(
      'Many senators have said they will not attend the summit and others have said they are busy.',
    );
    expect(found.map((s) => s.quote)).toEqual(['they will not attend the summit', 'they are busy']);
  });

  it('"claimed responsibility but officials have said …": "but" and a new speaker end even a short content', () => {
    const found = statements('The group claimed responsibility but local officials have said they do not believe it.');
    expect(found.map((s) => [s.speaker, s.quote])).toEqual([['local officials', 'they do not believe it']]);
    // a pair as the subject of the content stays one statement
    const pair = statements('The summary said Marr and another aide asked the clerk to delete the files.');
    expect(pair.map((s) => s.quote)).toEqual(['Marr and another aide asked the clerk to delete the files']);
  });

  it('"… but Vellton denies — “…?” asked Dunn": a dash after a speech verb opens an aside, not what was said', () => {
    const found = statements(
      'Rivals allege it, but Vellton strongly denies — “why would you not ask?” asked Dunn, a partner.',
    );
    expect(found.map((s) => [s.kind, s.speaker, s.quote])).toEqual([['direct', 'Dunn', 'why would you not ask?']]);
  });

  it('"“…,” Ada Fenn, wearing “Vote Osei” pins, said": a name in quotation marks inside the apposition', () => {
    const text = '“We had better years,” delegate Ada Fenn, wearing a hat and “Vote Osei” pins, said as she left.';
    expect(statements(text).find((s) => s.kind === 'direct')?.speaker).toBe('Ada Fenn');
  });

  it('"ranking Democrat Maria Osei": a party word before a given name is a title, not part of the name', () => {
    expect(statements('“The nation deserves answers,” said ranking Democrat Maria Osei.')[0]?.speaker).toBe(
      'Maria Osei',
    );
    expect(statements('Republican John Fenn said the plan would fail.')[0]?.speaker).toBe('John Fenn');
    // an organisation that starts with a party word keeps it
    expect(statements('The Republican Vell Coalition said the plan would fail.')[0]?.speaker).toBe(
      'Republican Vell Coalition',
    );
  });

  it('a phrase that ends in "and" or "while" is a clause cut short, never a speaker\'s name', () => {
    const text =
      'Osei said it was “premature” to back Fenn’s campaign for president while adding on climate matters, “She has been strong on the issue.”';
    const found = statements(text);
    expect(found.map((s) => s.quote)).toContain('She has been strong on the issue.');
    for (const s of found) expect(s.speaker ?? '').not.toMatch(/\b(?:while|and)$/);
  });

  it('"“….” Harlow, he said, was …": a pronoun\'s parenthetical in the next sentence does not attribute the quotation', () => {
    const text =
      '“Maybe they will learn,” Tripp said. “We will show no mercy.” Harlow, he said, was where they had a chance.';
    const found = statements(text);
    expect(found.find((s) => s.quote === 'We will show no mercy.')?.speaker).toBe('Tripp');
    expect(found.map((s) => s.speaker)).not.toContain('Harlow');
  });

  it('"another pollster, Ada Lind of Vell University, said": the name in apposition, past its employer, speaks', () => {
    expect(statements('Another pollster, Ada Lind of Vell University, said the race was close.')[0]?.speaker).toBe(
      'Ada Lind',
    );
    expect(statements('One pastor, Tomas Berg of Liberty Church in Ohio, said the race was close.')[0]?.speaker).toBe(
      'Tomas Berg',
    );
  });

  it('"“…,” Osei told Vell News host Ada Fenn earlier this month": after the one told, only a clause is content', () => {
    const text = '“The vote is going to be rigged,” Osei told Vell News host Ada Fenn earlier this month.';
    expect(statements(text).map((s) => [s.kind, s.quote])).toEqual([['direct', 'The vote is going to be rigged']]);
    expect(statements('“It will pass,” Marr told union workers in Harlow.').map((s) => s.kind)).toEqual(['direct']);
    // what follows the one told is reported when it is a clause
    expect(statements('Marr told the Vell Courier he’ll work full-time on the campaign.')[0]?.quote).toBe(
      'he’ll work full-time on the campaign',
    );
    expect(statements('Marr told me his support makes him more honest.')[0]?.quote).toBe(
      'his support makes him more honest',
    );
  });

  it('"said Saturday night", "said Monday morning": a part of the day after a day\'s name is when, not what', () => {
    const after = statements('“This vote matters,” Ada Fenn said Saturday night at the debate, which Vell TV hosted.');
    expect(after.map((s) => s.kind)).toEqual(['direct']);
    expect(statements('Marr said Monday morning that the vote would slip.')[0]?.quote).toBe('that the vote would slip');
  });

  it('"…, and a fifth delegate has not been named": after ", and", a phrase with its own verb is a new sentence', () => {
    const found = statements(
      'Two others have not said who they would vote for, and a fifth delegate has not been named.',
    );
    expect(found.map((s) => s.quote)).toEqual(['who they would vote for']);
    // a coordinated clause without its own determiner subject stays in
    expect(statements('Marr said the plan was late, and that costs had doubled.')[0]?.quote).toBe(
      'the plan was late, and that costs had doubled',
    );
  });

  it('"… but would now root for …" goes on with what was said; "… but did not say …" is the speaker\'s next act', () => {
    expect(statements('Marr said he was rooting for Vell but would now root for Harlow.')[0]?.quote).toBe(
      'he was rooting for Vell but would now root for Harlow',
    );
    expect(statements('Marr said the plan was sound but did not say when it would start.')[0]?.quote).toBe(
      'the plan was sound',
    );
  });

  it('"… can be!— Fenn called them on it: “…”": a dash and a capital after "!" open a sentence with its own subject', () => {
    const text =
      'Osei showed a flash of snark—and do we know how tempting that can be!— Fenn called them on it: “This is not how a primary should be run.”';
    expect(statements(text).map((s) => [s.kind, s.speaker])).toEqual([['direct', 'Fenn']]);
  });
});
