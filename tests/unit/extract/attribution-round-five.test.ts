// Attribution rules from the fifth error review, each on invented sentences about fictional people: a speaker
// described by whom they serve ("an adviser to X", "a spokeswoman for X"), after the verb or before it, is not X;
// nor is the outlet a speaker spoke with; a state's abbreviation inside an apposition; a trust or a society;
// "state" inside a title; a participle after a quotation and a preposition; a nationality that is a surname.
import { describe, expect, it } from 'vitest';
import { statementsAt as statements } from '../../helpers/extract-sentences';

describe('attribution, fifth round', () => {
  it('"said a longtime adviser to Ada Fenn": the adviser speaks, not the person served', () => {
    const found = statements(
      '“Her knowledge is about 20 years old,” said a longtime adviser to Ada Fenn, who declined to be named.',
    );
    expect(found.map((s) => [s.kind, s.speaker])).toEqual([['direct', 'a longtime adviser to Ada Fenn']]);
    // the name ends the description, abbreviation dots included
    const dotted = statements('“It will pass,” said the former top aide to President Ona J. Bell.');
    expect(dotted.map((s) => s.speaker)).toEqual(['the former top aide to President Ona J. Bell']);
    expect(statements('“No comment,” said a spokeswoman for Tomas Berg.').map((s) => s.speaker)).toEqual([
      'a spokeswoman for Tomas Berg',
    ]);
  });

  it('"A spokeswoman for Ada Fenn said": before the verb too, the one who speaks for the name speaks', () => {
    const found = statements('A spokeswoman for Ada Fenn said the senator had no more speeches planned.');
    expect(found.map((s) => [s.kind, s.speaker])).toEqual([['indirect', 'A spokeswoman for Ada Fenn']]);
    const titled = statements('A representative for Mr. Oleg Marr said the inquiry had nothing to do with him.');
    expect(titled.map((s) => s.speaker)).toEqual(['A representative for Mr. Oleg Marr']);
    // "X’s spokesman" is the same speaker as "a spokesman for X"; a document still speaks for its owner
    expect(statements('Ada Fenn’s spokesman said the senator had no more speeches planned.')[0]?.speaker).toBe(
      'Ada Fenn’s spokesman',
    );
    expect(statements('Ada Fenn’s statement said the senator had no more speeches planned.')[0]?.speaker).toBe(
      'Ada Fenn',
    );
    // a name after other prepositions still speaks for itself
    expect(statements('Ada Fenn of the Vell Institute said the plan would fail.').map((s) => s.speaker)).toEqual([
      'Ada Fenn',
    ]);
  });

  it('the name in apposition after the one served still speaks; a name that is not served still speaks', () => {
    const found = statements('“It will pass,” said a former spokesman for Senator Ada Fenn, Oleg Marr, on Tuesday.');
    expect(found.map((s) => s.speaker)).toEqual(['Oleg Marr']);
    expect(statements('“It will pass,” said farmer Tomas Berg.').map((s) => s.speaker)).toEqual(['Tomas Berg']);
    expect(statements('“It will pass,” said Ona Bell of the Vell Trust.').map((s) => s.speaker)).toEqual(['Ona Bell']);
  });

  it('"officials who spoke with The Vell Herald said": the paper they spoke with does not speak', () => {
    const found = statements(
      'Current and former officials who spoke with The Vell Herald said the agency had lost its way.',
    );
    expect(found.map((s) => s.speaker)).toEqual(['Current and former officials']);
    const talked = statements('Two aides who talked to The Vell Herald said the vote would slip.');
    expect(talked.map((s) => s.speaker)).toEqual(['Two aides']);
  });

  it('"Mr. Marr, now 81 and retired in Harlow, Mass., said": a full stop before a comma ends no sentence', () => {
    const found = statements(
      '“It was a long winter,” Mr. Marr, now 81 and retired in Harlow, Mass., said by telephone.',
    );
    expect(found.map((s) => [s.kind, s.speaker])).toEqual([['direct', 'Marr']]);
    // a full stop that does end the sentence still stops the search
    const ended = statements('“It was a long winter,” the report ends. Later, Ada Fenn said nothing.');
    expect(ended.find((s) => s.quote === 'It was a long winter')?.speaker ?? null).not.toBe('Ada Fenn');
  });

  it('"Ada Fenn of the Vell Trust said": a trust or a society is an organisation, whose member speaks', () => {
    expect(statements('Ada Fenn of the Vell Trust said the plan would fail.').map((s) => s.speaker)).toEqual([
      'Ada Fenn',
    ]);
    const society = statements('The Harlow Historical Society said the plan would fail.');
    expect(society.map((s) => [s.speaker, s.speakerType])).toEqual([['Harlow Historical Society', 'organisation']]);
  });

  it('"a former state party chairman, became a delegate and said": "state" in a title is no speech verb', () => {
    const found = statements('Oleg Marr, a former state party chairman, became a delegate and said he backs the plan.');
    expect(found.map((s) => [s.speaker, s.quote])).toEqual([['Oleg Marr', 'he backs the plan']]);
    // after a plain subject the same word is a verb: "His aides say … but noted …" keeps the aides
    const aides = statements('His aides say it is too early to decide but noted that Marr won the district twice.');
    expect(aides.map((s) => s.speaker)).toEqual(['His aides', 'His aides']);
  });

  it('"Marr cautioned “…,” before optimistically predicting …": the participle does not take the quotation', () => {
    const found = statements(
      'Marr cautioned “let’s not get ahead of ourselves,” before optimistically predicting a deal.',
    );
    expect(found.map((s) => [s.kind, s.speaker])).toEqual([['direct', 'Marr']]);
  });

  it('"Mark Cuban … Cuban said": a nationality is a surname when a full name in the text ends with it', () => {
    const text =
      'Laura French spoke first. “It is too early to tell,” French said. “We will see,” a French diplomat said.';
    const found = statements(text);
    expect(found.map((s) => [s.quote, s.speaker])).toEqual([
      ['It is too early to tell', 'Laura French'],
      ['We will see', 'a French diplomat'],
    ]);
    // with no such name, the nationality alone names nobody
    expect(statements('“It is too early to tell,” French said.').map((s) => s.speaker)).toEqual([null]);
  });
});
