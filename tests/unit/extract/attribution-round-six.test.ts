// Rules from the sixth error review, on invented sentences about fictional people: what was said inside a clause
// that opens the sentence ("While Velkan said …, he …") ends where that clause does, and the word opening such a
// clause is not part of the speaker; who speaks a quotation after "…, Roe said, adding, …", after "but added",
// past an opening participle clause, before an adjunct ("said Ada Fenn during the debate"), and not a state.
import { describe, expect, it } from 'vitest';
import { statementsAt as statements } from '../../helpers/extract-sentences';

describe('attribution, sixth round', () => {
  it('"While X said …, he …": the content ends with the opening clause, not with the sentence', () => {
    const found = statements('And while Velkan said he would veto the bill, he promised to meet the unions.');
    expect(found.map((s) => [s.speaker, s.quote])).toEqual([
      ['Velkan', 'he would veto the bill'],
      ['Velkan', 'to meet the unions'],
    ]);
    const evenAs = statements('Even as Ona Marova said the border was calm, soldiers moved north in long columns.');
    expect(evenAs.map((s) => s.quote)).toEqual(['the border was calm']);
    const after = statements('After Ada Fenn declared that the era of cheap power was over, her rivals surged.');
    expect(after.map((s) => s.quote)).toEqual(['that the era of cheap power was over']);
  });

  it('a relative clause inside the content does not end it, and a sentence without such an opening is unchanged', () => {
    const relative = statements(
      'After aides said that Kessler would not campaign in Orvia, whose voters backed him twice, the party changed course.',
    );
    expect(relative.map((s) => s.quote)).toEqual([
      'that Kessler would not campaign in Orvia, whose voters backed him twice',
    ]);
    // "As Dorn said, …": the comma belongs to the opening clause, and the content follows it
    expect(statements('As Tomas Dorn said, the talks will resume in Karsk next week.').map((s) => s.quote)).toEqual([
      'the talks will resume in Karsk next week',
    ]);
    // no opening clause: the content runs on past the comma
    expect(
      statements('Velkan said the bill was flawed, costly, and rushed through the chamber.').map((s) => s.quote),
    ).toEqual(['the bill was flawed, costly, and rushed through the chamber']);
  });

  it('"After campaign aides said …": the word that opens the clause is not part of the speaker', () => {
    const found = statements('After campaign aides said that the plan would work, the minister left for Karsk.');
    expect(found.map((s) => s.speaker)).toEqual(['campaign aides']);
    expect(
      statements('Since Orvian leaders said the plan would work, the minister left.').map((s) => s.speaker),
    ).toEqual(['Orvian leaders']);
  });

  it('"…, Roe said, adding, “…”": the participle goes with the speech verb right before it, not the first name', () => {
    const found = statements('Velkan and Marova will meet next week, Tom Roe said, adding, “We are confident.”');
    expect(found.map((s) => [s.kind, s.speaker])).toEqual([
      ['indirect', 'Tom Roe'],
      ['direct', 'Tom Roe'],
    ]);
  });

  it('a quotation after "but added" or an opening participle clause is the subject’s', () => {
    const added = statements(
      'Appearing before cheering supporters at the party office, Ona Marova said it was too early to celebrate but added, “We will win.”',
    );
    expect(added.find((s) => s.kind === 'direct')?.speaker).toBe('Ona Marova');
    const opening = statements('Speaking to reporters in Karsk, the senator said, “We are done.”');
    expect(opening.map((s) => s.speaker)).toEqual(['the senator']);
  });

  it('"said executive Ada Fenn during the debate": an adjunct after the name leaves the name the speaker', () => {
    const found = statements('“It will not happen,” said former executive Ada Fenn during the second Vell debate.');
    expect(found.map((s) => s.speaker)).toEqual(['Ada Fenn']);
    // a name that modifies a noun still gives way to the name after it
    expect(statements('“It will not happen,” said the senior Ada Fenn adviser Tom Roe.').map((s) => s.speaker)).toEqual(
      ['Tom Roe'],
    );
  });

  it('"In Birmingham, Alabama, on Saturday, …": the state after a place in an opening phrase never speaks', () => {
    const found = statements('In Birmingham, Alabama, on Saturday, the crowd cheered: “Send them home!”');
    expect(found.map((s) => s.speaker)).not.toContain('Alabama');
    const named = statements('In Birmingham, Alabama, Ada Fenn said: “Send them home!”');
    expect(named.map((s) => s.speaker)).toEqual(['Ada Fenn']);
  });

  it('"(D-N.Y)" without its last full stop ends no sentence; a titled owner’s office is read whole', () => {
    const tagged = statements('Rep. Ada Fenn (D-N.Y) said the vote would be close.');
    expect(tagged.map((s) => [s.speaker, s.quote])).toEqual([['Ada Fenn', 'the vote would be close']]);
    const office = statements('She approved just three of them, according to Mr. Tomas Berg’s campaign.');
    expect(office.map((s) => s.speaker)).toEqual(['Mr. Tomas Berg’s campaign']);
  });

  it('"Orvek, who lives in Karsk, said …": a surname that "who" follows is a person, so a later "he" finds it', () => {
    const found = statements('Orvek, who lives in Karsk, said he had found a flat. “I got presents,” he says.');
    expect(found.map((s) => [s.kind, s.speaker])).toEqual([
      ['indirect', 'Orvek'],
      ['direct', 'Orvek'],
    ]);
  });
});
