// Attribution rules from the third error review of the train set, each on invented sentences about fictional
// people: a web address inside a speaker's apposition, the one spoken to is not the speaker, a participle after a
// quotation, "went on to say", short quotations that go on an attributed one, and a quotation after "N.Y.".
import { describe, expect, it } from 'vitest';
import { statementsAt as statements } from '../../helpers/extract-sentences';

function speakerOf(text: string, quote: string): string | null | undefined {
  return statements(text).find((s) => s.quote.includes(quote))?.speaker;
}

describe('attribution, third round', () => {
  it('a web address in the apposition does not end the speaker phrase', () => {
    const text = '“The shift is clear,” Ada Lind, the pollster who founded vellpolls.com, said on Monday.';
    expect(speakerOf(text, 'The shift is clear')).toBe('Ada Lind');
  });

  it('a web address is one word: its full stop ends no sentence', () => {
    const text = 'Marr said on vellnews.org that the vote would slip.';
    const found = statements(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.speaker).toBe('Marr');
    expect(found[0]?.quote).toBe('that the vote would slip');
  });

  it('the outlet spoken to is not the speaker', () => {
    expect(speakerOf('A source speaking to the Vell Courier said, “The audit is not finished.”', 'audit')).not.toBe(
      'Vell Courier',
    );
    expect(speakerOf('An aide speaking with Kestria Radio said the vote would slip.', 'vote')).toBe('An aide');
    // a name in an interview phrase between commas is still the speaker's
    expect(speakerOf('Marr, in an interview with Kestria Radio, said the vote would slip.', 'vote')).toBe('Marr');
  });

  it('a participle right after a quotation goes on the speaker’s sentence', () => {
    const text =
      'Ilse Marr told the members, “It is time we change how we do it,” promising the Vell Party would return to its roots.';
    expect(speakerOf(text, 'It is time')).toBe('Ilse Marr');
  });

  it('"went on to say" is said by the subject', () => {
    expect(speakerOf('Farid Osei went on to say, “I know this to be true.”', 'I know this')).toBe('Farid Osei');
  });

  it('a short quotation right after an attributed one goes on with it', () => {
    const text = '“Did you get the names of everybody here?” Ilse Marr asked. “Okay, great!”';
    expect(speakerOf(text, 'Okay, great')).toBe('Ilse Marr');
    // not when it stands alone
    expect(statements('The crowd left. “Okay, great!”')).toHaveLength(0);
  });

  it('a quotation answered by a group: "the audience screamed back"', () => {
    const text = '“Who will pay for the bridge?” Marr asked. “Vellton!” the audience screamed back.';
    expect(speakerOf(text, 'Vellton!')).toBe('the audience');
  });

  it('a quotation after an abbreviated state opens a new sentence', () => {
    const text = '“We will win,” Farid Osei said at a rally in Harlow, N.Y. “The count starts now.”';
    expect(speakerOf(text, 'The count starts now')).toBe('Farid Osei');
  });

  it('a dash and a name in the paragraph under a quotation sign it', () => {
    const text =
      'The senator spoke at length.\n\n"I went to the banks before the crash and said they would wreck the economy."\n\n- Ilse Marr.\n\nMarr tends to overstate it.';
    expect(speakerOf(text, 'I went to the banks')).toBe('Ilse Marr');
    // a dash paragraph that goes on is not a signature
    const long =
      'The senator spoke at length.\n\n"I went to the banks before the crash."\n\n- Ilse Marr, who chairs the committee that oversees the banks and the central bank of Kestria, disagreed.';
    expect(speakerOf(long, 'I went to the banks')).not.toBe('Ilse Marr');
  });

  it('"beamed" and "reacted" name the speaker after a quotation', () => {
    expect(speakerOf('"This is fantastic!" beamed Farid Osei of Harlow, who came in late.', 'fantastic')).toBe(
      'Farid Osei',
    );
    expect(speakerOf('"Is the council profiling us?" reacted Ilse Marr.', 'profiling')).toBe('Ilse Marr');
  });

  it('a source after a whole clause closes it; one that interrupts a verbless phrase does not', () => {
    const closing = statements(
      'Marr has won 758 delegates so far, according to a Vell Courier tally, but her path to the nomination is narrowing.',
    );
    expect(closing[0]?.quote).toBe('Marr has won 758 delegates so far');
    const interrupting = statements(
      'At the heart of the trouble, according to Farid Osei, a former envoy, was a decision by the council.',
    );
    expect(interrupting[0]?.quote).toBe(
      'At the heart of the trouble, according to Farid Osei, a former envoy, was a decision by the council',
    );
  });

  it('"… and one in four said …" opens another statement: the first ends before it', () => {
    const [first] = statements(
      'One in three said the party does not care about the valley and one in four said the party was hostile.',
    );
    expect(first?.quote).toBe('the party does not care about the valley');
    const [named] = statements('Marr said the bridge was safe and Kestria Radio reported that it had reopened.');
    expect(named?.quote).toBe('the bridge was safe');
  });

  it('an "Asked why …" question ends at a comma inside closing quotation marks', () => {
    const found = statements(
      'Asked why he had not endorsed Marr during an appearance on "Vell Morning," Osei said he had not heard her plan.',
    );
    expect(found.map((s) => s.quote)).toEqual([
      'why he had not endorsed Marr during an appearance on "Vell Morning,"',
      'he had not heard her plan',
    ]);
  });

  it('a participle after a dash or an adverb reports what the subject said', () => {
    expect(statements('Osei flipped his choice on the spot – saying he was rooting for the Vells.')[0]).toMatchObject({
      speaker: 'Osei',
      quote: 'he was rooting for the Vells',
    });
    expect(statements('Osei turned tougher against Marr, eventually saying she would be a disaster.')[0]).toMatchObject(
      { speaker: 'Osei', quote: 'she would be a disaster' },
    );
    // inside a parenthetical the content ends where the main clause goes on
    expect(
      statements('Osei, after initially saying he would not advertise on television, changed course.')[0],
    ).toMatchObject({ speaker: 'Osei', quote: 'he would not advertise on television' });
  });

  it('a long subject before a plain "say" and a clause with its own subject still reports the clause', () => {
    const found = statements(
      'Majorities of Vellists in five states going to the polls Tuesday say they would be satisfied with either nominee.',
    );
    expect(found.map((s) => [s.speaker, s.quote])).toEqual([
      ['Majorities of Vellists', 'they would be satisfied with either nominee'],
    ]);
    // not without a clause of its own after the verb
    expect(statements('Majorities of Vellists in five states going to the polls Tuesday say so.')).toHaveLength(0);
  });

  it('the topic after "spoke about", "wrote about", "boasted of" is what was said; other phrases are not', () => {
    expect(statements('Ilse Marr spoke about the proposed river wall at the rally.')[0]).toMatchObject({
      speaker: 'Ilse Marr',
      quote: 'the proposed river wall at the rally',
    });
    expect(statements('Farid Osei boasted of a record harvest in the valley.')[0]?.quote).toBe(
      'a record harvest in the valley',
    );
    expect(statements('Ilse Marr spoke to reporters about the weather on Monday.')).toHaveLength(0);
    expect(statements('Farid Osei talked about the weather for an hour.')).toHaveLength(0);
  });

  it('"… and said" is said by the subject of the speech verb before it, not the first one of the sentence', () => {
    const found = statements(
      'Farid Osei called for a pause, while Ilse Marr, the former governor, proposed a new fence and said the speaker should resign.',
    );
    expect(found.find((s) => s.quote.includes('speaker should resign'))?.speaker).toBe('Ilse Marr');
  });

  it('a noun that doubles as a speech verb can head the speaker: "One tweet said: …"', () => {
    const text = 'The square became a place to offer support. One tweet said: "This is very sad for Vellton."';
    expect(speakerOf(text, 'very sad')).toBe('One tweet');
  });

  it('a colon or ", saying:" after an opening subordinate clause: the main clause’s subject speaks', () => {
    expect(
      speakerOf(
        'As if addressing the magnate directly, the Vell Board of Elections was conclusive in its findings: “Further discussion is unnecessary.”',
        'Further discussion',
      ),
    ).toBe('Vell Board of Elections');
    expect(
      speakerOf(
        'When the count ended, Ilse Marr thanked the volunteers, saying: “We have to be ready for the next one.”',
        'ready for the next one',
      ),
    ).toBe('Ilse Marr');
  });

  it('a source label does not start with a conjunction or subordinator', () => {
    expect(speakerOf('The plan was popular. But aides said the count was wrong.', 'count was wrong')).toBe('aides');
    expect(speakerOf('While critics say the plan failed, the council passed it.', 'plan failed')).toBe('critics');
  });

  it('"urged X to …" reports the infinitive, whatever the object and however short', () => {
    expect(statements('Ilse Marr urged him to resign.')[0]).toMatchObject({ speaker: 'Ilse Marr', quote: 'to resign' });
    expect(statements('Several senators have urged Vellists to focus on the general election.')[0]).toMatchObject({
      speaker: 'Several senators',
      quote: 'to focus on the general election',
    });
    expect(statements('Some Osei backers urged him not to back down until Marr makes concessions.')[0]?.quote).toBe(
      'to back down until Marr makes concessions',
    );
  });

  it('"announced his resignation": a possessive noun phrase of two words is what was announced', () => {
    expect(statements('Shortly after the verdict, Farid Osei announced his resignation.')[0]).toMatchObject({
      speaker: 'Farid Osei',
      quote: 'his resignation',
    });
    // not a bare noun of two words
    expect(statements('Farid Osei announced new layoffs.')).toHaveLength(0);
  });

  it('", a claim economists dispute" is an apposition on the content, not a source after it', () => {
    const found = statements('Marr has argued that the tax cuts would pay for themselves, a claim economists dispute.');
    expect(found.map((s) => [s.speaker, s.quote])).toEqual([['Marr', 'that the tax cuts would pay for themselves']]);
    expect(statements('The plan will fail, a senior official said.')[0]?.speaker).toBe('a senior official');
  });

  it('an adverb between the speech verb and "that" belongs to the saying, not to what was said', () => {
    expect(statements("Marr's aides said privately that she was furious.")[0]?.quote).toBe('that she was furious');
  });

  it('"said no" / "said yes": a one-word answer is what was said', () => {
    const found = statements('Asked if she regretted the remark, Marr said no.');
    expect(found.map((s) => [s.speaker, s.quote])).toContainEqual(['Marr', 'no']);
    expect(statements('Osei said no one would win.')[0]?.quote).toBe('no one would win');
  });

  it('"Farid Osei of Harlow said": a one-word name after "of" qualifies the person, even an unknown place', () => {
    expect(speakerOf('“He is a liar,” Farid Osei of Harlow said.', 'liar')).toBe('Farid Osei');
    expect(speakerOf('Farid Osei of Harlow said the plan failed.', 'plan failed')).toBe('Farid Osei');
  });
});
