// Institutions of a country named by a demonym or a possessive become organisations linked to that country;
// invented sentences about fictional countries and people.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/core/extract';

function speakerAndActors(text: string) {
  const res = extractStatements({ text });
  return { speaker: res.statements[0]?.speaker, type: res.statements[0]?.speakerType, actors: res.actors };
}

describe('institutions of a country', () => {
  it('"the Kestrian government" alone names Kestria', () => {
    const r = speakerAndActors('The Kestrian government said on Friday that the border would stay open.');
    expect(r.speaker).toBe('Government of Kestria');
    expect(r.actors.find((a) => a.name === 'Government of Kestria')?.country).toBe('Kestria');
  });

  it('"Norvania’s foreign ministry": a possessive before a ministry is a country', () => {
    const r = speakerAndActors('Norvania’s foreign ministry said the talks would resume in March.');
    expect(r.speaker).toBe('Foreign Ministry of Norvania');
    expect(r.actors.find((a) => a.name === 'Norvania')?.type).toBe('country');
  });

  it('a country that spoke is typed a country once an institution of it is named', () => {
    const res = extractStatements({
      text: 'Kestria said the border would stay open. The Kestrian government later said talks would resume.',
    });
    expect(res.statements.map((s) => [s.speaker, s.speakerType])).toEqual([
      ['Kestria', 'country'],
      ['Government of Kestria', 'organisation'],
    ]);
  });

  it('a person’s administration and a "Christian government" name no country', () => {
    const a = speakerAndActors('President Ada Stone’s administration said the bill would pass next week.');
    expect(a.actors.some((x) => x.country)).toBe(false);
    const b = speakerAndActors('The Christian government of the valley said the school would reopen soon.');
    expect(b.actors.some((x) => x.country === 'Christia')).toBe(false);
  });
});
