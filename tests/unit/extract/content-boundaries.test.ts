// Where reported content ends and starts, and who speaks from inside a relative clause or after a parenthetical
// place; invented sentences about fictional people and places.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/core/extract';
import type { ExtractedStatement } from '../../../src/core/extract/types';

function indirect(text: string): ExtractedStatement[] {
  const res = extractStatements({ text });
  for (const s of res.statements) expect(text.slice(s.start, s.end)).toBe(s.quote);
  return res.statements.filter((s) => s.kind === 'indirect');
}

function said(text: string): [string | null, string][] {
  return indirect(text).map((s) => [s.speaker, s.quote]);
}

describe('content ends where what was said ends', () => {
  it('a coordinated clause with its own subject is the writer’s', () => {
    expect(said('Mira Holt said the budget was too small, but she expects the council to approve it anyway.')).toEqual([
      ['Mira Holt', 'the budget was too small'],
    ]);
    expect(said('Mira Holt said the bridge was safe, and the ferry would keep running all winter.')).toEqual([
      ['Mira Holt', 'the bridge was safe'],
    ]);
  });

  it('without the comma the coordination stays inside', () => {
    expect(said('Mira Holt said the bridge was safe and the ferry would keep running all winter.')).toEqual([
      ['Mira Holt', 'the bridge was safe and the ferry would keep running all winter'],
    ]);
  });

  it('an appositive after a comma or a dash is the writer’s', () => {
    expect(said('Ivo Brandt said the ferry would stop running in May, a blow to the shops on the island.')).toEqual([
      ['Ivo Brandt', 'the ferry would stop running in May'],
    ]);
    expect(said('The harbour board said repairs had cost nearly $2 million — a large sum for the small town.')).toEqual(
      [['The harbour board', 'repairs had cost nearly $2 million']],
    );
  });
});

describe('content goes on after a parenthetical attribution', () => {
  it('a "because" clause', () => {
    expect(
      said('The effects are hard to predict, many economists say, because the wage has never risen so fast.'),
    ).toEqual([
      [
        'many economists',
        'The effects are hard to predict, many economists say, because the wage has never risen so fast',
      ],
    ]);
  });

  it('a quoted continuation', () => {
    const text = 'It is time for the town to be led, Mira Holt said, “by someone who actually lives here.”';
    expect(said(text)).toEqual([
      ['Mira Holt', 'It is time for the town to be led, Mira Holt said, “by someone who actually lives here.”'],
    ]);
  });

  it('a colon before the quote starts what was said', () => {
    const st = extractStatements({
      text: 'Mayor Ilse Varga mocked the plan on Friday: “It will never float,” Varga said.',
    }).statements;
    expect(st.map((s) => [s.speaker, s.kind, s.quote])).toEqual([['Ilse Varga', 'direct', 'It will never float']]);
  });
});

describe('speakers inside relative clauses and after places', () => {
  it('"which officials said was …": the relative clause is the statement, the officials speak', () => {
    expect(
      said('The council approved the new bridge, which officials said was the safest design in the valley.'),
    ).toEqual([['officials', 'which officials said was the safest design in the valley']]);
    expect(said('The council approved the new bridge, which Mira Holt said was the safest design.')).toEqual([
      ['Mira Holt', 'which Mira Holt said was the safest design'],
    ]);
  });

  it('"in which he said …" is an ordinary report', () => {
    expect(said('Ivo Brandt gave a long interview, in which he said he would retire next year.')).toEqual([
      ['Ivo Brandt', 'he would retire next year'],
    ]);
  });

  it('a place abbreviation closing a parenthetical is not the speaker', () => {
    expect(said('Governor Ada Stone, speaking in Wilmington, N.C., warned that the storm would be severe.')).toEqual([
      ['Ada Stone', 'that the storm would be severe'],
    ]);
    expect(
      said(
        'At a rally in Portsmouth, N.H., on Tuesday, Senator Ada Stone endorsed Ilse Varga, saying that she would win.',
      ),
    ).toEqual([['Ada Stone', 'that she would win']]);
  });
});
