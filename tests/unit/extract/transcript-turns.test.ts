// Transcript and interview layouts on invented texts (fictional people and places): who says each turn, and
// which "Word: text" paragraphs are not turns at all.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/core/extract';
import type { ExtractedStatement } from '../../../src/core/extract/types';

function turns(paras: string[]): ExtractedStatement[] {
  const text = paras.join('\n\n');
  const res = extractStatements({ text });
  for (const s of res.statements) expect(text.slice(s.start, s.end)).toBe(s.quote);
  return res.statements.filter((s) => s.cue === ':');
}

function said(st: ExtractedStatement[]): [string | null, string][] {
  return st.map((s) => [s.speaker, s.quote.slice(0, 24)]);
}

describe('named turns', () => {
  it('"PENCE: …" once, after an interviewer tag once: each tag is the person the introduction names', () => {
    const st = turns([
      'Vice President Mark Pelling spoke to host Dana Rook on Sunday.',
      'ROOK: Do you support the new tariff on steel imports?',
      'PELLING: We support it, and we think it will bring jobs back to the valley.',
    ]);
    expect(said(st)).toEqual([
      ['Dana Rook', 'Do you support the new t'],
      ['Mark Pelling', 'We support it, and we th'],
    ]);
    expect(st[0]?.polarity).toBe('questions');
  });

  it('mixed-case name turns', () => {
    const st = turns([
      'Foreign Minister Dario Maric met reporters in Velgrad.',
      'Maric: We will not send troops to the border this year.',
      'Maric: Next year is a question for parliament, not for me.',
    ]);
    expect(st.map((s) => s.speaker)).toEqual(['Dario Maric', 'Dario Maric']);
  });

  it('a title in a capitals tag', () => {
    const st = turns([
      'Senator Ada Stone spoke to the host about the budget.',
      'SEN. ADA STONE: I will vote against the bill because it raises taxes.',
      'HOST: Why would you vote against your own party?',
      'SEN. ADA STONE: Because families cannot afford it this winter.',
    ]);
    expect(st.map((s) => s.speaker)).toEqual(['Ada Stone', 'Host', 'Ada Stone']);
    expect(st[0]?.quote).toBe('I will vote against the bill because it raises taxes');
  });

  it('a timestamp before the tag is skipped; a bare timestamp is no speaker', () => {
    const st = turns([
      'Transcript of the briefing by spokesman Tomas Berg.',
      '10:32: The briefing starts late because of the storm outside.',
      '10:35 BERG: We will reopen the port on Monday if the wind drops.',
      '[00:04:12] BERG: The ferries will run on the winter timetable.',
      '(11:02 a.m.) – BERG: Nobody was hurt when the crane fell over.',
    ]);
    expect(said(st)).toEqual([
      ['Tomas Berg', 'We will reopen the port '],
      ['Tomas Berg', 'The ferries will run on '],
      ['Tomas Berg', 'Nobody was hurt when the'],
    ]);
  });
});

describe('Q/A interviews', () => {
  it('the answer belongs to whom the introduction says was interviewed, not to the reporter named more often', () => {
    const st = turns([
      'Reporter Lena Ost spoke with Dario Maric, the foreign minister, in Velgrad. Ost has covered the ministry for years.',
      'Q: Will Kestria send troops to the border this spring?',
      'A: We have no plans to send troops, and the army agrees with me.',
    ]);
    expect(st.map((s) => [s.speaker, s.polarity])).toEqual([
      ['Interviewer', 'questions'],
      ['Dario Maric', 'asserts'],
    ]);
  });

  it('"interviewed X" names the one who answers', () => {
    const st = turns([
      'Anchor Pia Lund interviewed Governor Ada Stone at the fair. Lund asked about roads.',
      'Q: Will the new road open before the harvest?',
      'A: It will open in August, a month before the harvest starts.',
    ]);
    expect(st[1]?.speaker).toBe('Ada Stone');
  });

  it('"A:" after a named turn is that speaker’s answer', () => {
    const st = turns([
      'The panel met on Friday in Velgrad after the storm.',
      'MARIC: The talks went well and we will meet again.',
      'Q: When will the next meeting take place?',
      'A: In March, if the weather holds and the roads are open.',
    ]);
    expect(st.map((s) => s.speaker)).toEqual(['Maric', 'Interviewer', 'Maric']);
  });

  it('"Q." / "A." with full stops count when both occur', () => {
    const st = turns([
      'Mayor Ilse Varga talked to us about the bridge.',
      'Q. Why did the bridge cost twice the estimate?',
      'A. The steel price doubled while we were building it.',
    ]);
    expect(st.map((s) => s.speaker)).toEqual(['Interviewer', 'Ilse Varga']);
    expect(st[1]?.quote).toBe('The steel price doubled while we were building it');
  });

  it('a lone "A." is an initial, not an answer', () => {
    const st = turns(['Mayor Ilse Varga opened the bridge.', 'A. Lund, the engineer, built it in two years.']);
    expect(st).toHaveLength(0);
  });
});

describe('not turns', () => {
  it('notes, updates, photo captions and editors', () => {
    const st = turns([
      'Mayor Ilse Varga opened the bridge on Friday.',
      'Note: This article was updated to correct the date of the opening.',
      'Update: The bridge closed again on Saturday after a storm damaged it.',
      'Photo: The mayor cuts the ribbon at the new bridge in the rain.',
      'Editor: Jana Holm edited this story for the weekend edition.',
    ]);
    expect(st).toHaveLength(0);
  });

  it('section heads in capitals are not speakers', () => {
    const st = turns([
      'Markets in Velgrad were quiet on Tuesday.',
      'KEEPING SCORE: The main index fell 0.4% after a slow morning of trading.',
      'FUEL PRICES: Diesel rose for a third week as the river port stayed shut.',
      'HARBOUR NEWS: The ferry company added two boats for the winter months.',
    ]);
    expect(st).toHaveLength(0);
  });

  it('a dateline in capitals is not a speaker', () => {
    const res = extractStatements({ text: 'LONDON: The harbour board said on Friday that the pier would stay shut.' });
    expect(res.statements.map((s) => s.speaker)).not.toContain('London');
    expect(res.statements.filter((s) => s.cue === ':')).toHaveLength(0);
  });
});
