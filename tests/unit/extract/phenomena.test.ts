// Each phenomenon on short invented sentences (fictional people and events).
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../src/core/extract';
import type { ExtractedStatement } from '../../../src/core/extract/types';

function run(text: string): ExtractedStatement[] {
  const res = extractStatements({ text });
  for (const s of res.statements) expect(text.slice(s.start, s.end)).toBe(s.quote);
  return res.statements;
}

function one(text: string, fragment: string): ExtractedStatement {
  const hit = run(text).find((s) => s.quote.includes(fragment));
  if (!hit) throw new Error(`no statement containing "${fragment}" in: ${text}`);
  return hit;
}

describe('direct quotes: quotation mark styles', () => {
  it.each([
    ['straight', '"We will open the bridge next spring," said Mayor Alma Ruiz.'],
    ['curly', '“We will open the bridge next spring,” said Mayor Alma Ruiz.'],
    ['doubled apostrophes', "''We will open the bridge next spring,'' said Mayor Alma Ruiz."],
    ['guillemets', '«We will open the bridge next spring», said Mayor Alma Ruiz.'],
    ['low-high', '„We will open the bridge next spring“, said Mayor Alma Ruiz.'],
    ['corner brackets', '「We will open the bridge next spring」, said Mayor Alma Ruiz.'],
  ])('%s', (_label, text) => {
    const s = one(text, 'We will open the bridge');
    expect(s.quote).toBe('We will open the bridge next spring');
    expect(s.kind).toBe('direct');
    expect(s.speaker).toBe('Alma Ruiz');
    expect(s.cue).toBe('said');
  });

  it('mixed curly and straight marks still pair', () => {
    const s = one('Harbour master Ivo Brandt said the tides were “unusually strong this week".', 'unusually strong');
    expect(s.speaker).toBe('Ivo Brandt');
  });
});

describe('direct quotes: structure', () => {
  it('splits a quote interrupted by its attribution into two statements with one speaker', () => {
    const st = run('Officials met on Friday.\n\n“The river is rising,” Alma Ruiz said, “and we must act tonight.”');
    const a = st.find((s) => s.quote === 'The river is rising');
    const b = st.find((s) => s.quote === 'and we must act tonight.');
    expect(a?.speaker).toBe('Alma Ruiz');
    expect(b?.speaker).toBe('Alma Ruiz');
  });

  it('continues a quote over paragraphs when the next paragraph reopens the mark', () => {
    const text =
      'Alma Ruiz spoke at the town hall. She said: “The first repairs start in May.\n\n“The second phase depends on the weather.”';
    const st = run(text);
    const first = st.find((s) => s.quote.startsWith('The first repairs'));
    const second = st.find((s) => s.quote.startsWith('The second phase'));
    expect(first?.kind).toBe('direct');
    expect(second?.kind).toBe('direct');
    expect(first?.speaker).toBe('Alma Ruiz');
    expect(second?.speaker).toBe('Alma Ruiz');
  });

  it('keeps a nested single-quoted phrase inside the outer quote', () => {
    const s = one('“He told me ‘never again’ and I believed him,” said Tomas Berg.', 'never again');
    expect(s.quote).toBe('He told me ‘never again’ and I believed him');
    expect(s.speaker).toBe('Tomas Berg');
  });

  it('attributes a following quote in the same paragraph to the same speaker', () => {
    const st = run('“The harvest was poor,” said farmer Tomas Berg. “Next year will be better.”');
    expect(st.find((s) => s.quote.startsWith('Next year'))?.speaker).toBe('Tomas Berg');
  });

  it('handles an apposition between the quote and the cue', () => {
    const s = one('“Inflation has peaked,” Mira Holt, the agency’s chief economist, said on Tuesday.', 'Inflation');
    expect(s.speaker).toBe('Mira Holt');
  });

  it('does not treat scare quotes or names in quotes as statements', () => {
    const st = run('The so-called “peace plan” was shelved, and a band called “Northern Lights” played.');
    expect(st.some((s) => s.kind === 'direct')).toBe(false);
  });
});

describe('reported speech', () => {
  it('X said that CLAUSE', () => {
    const s = one('Alma Ruiz said that the bridge would open in May.', 'bridge');
    expect(s.kind).toBe('indirect');
    expect(s.quote).toBe('that the bridge would open in May');
    expect(s.speaker).toBe('Alma Ruiz');
  });

  it('CLAUSE, X said', () => {
    const s = one('The bridge will open in May, Alma Ruiz said.', 'bridge');
    expect(s.quote).toBe('The bridge will open in May');
    expect(s.speaker).toBe('Alma Ruiz');
    expect(s.cue).toBe('said');
  });

  it('according to X', () => {
    const s = one('Repairs will cost more than planned, according to Tomas Berg.', 'Repairs');
    expect(s.cue).toBe('according to');
    expect(s.speaker).toBe('Tomas Berg');
  });

  it('mixed: a quoted fragment inside reported speech', () => {
    const s = one('Tomas Berg said the plan was “a reckless gamble” by the council.', 'reckless');
    expect(s.kind).toBe('indirect');
    expect(s.mixed).toBe(true);
    expect(s.speaker).toBe('Tomas Berg');
  });

  it('X described Y as Z', () => {
    const s = one('Mira Holt described the council as “a club of cautious accountants”.', 'cautious accountants');
    expect(s.speaker).toBe('Mira Holt');
  });

  it('coordinated cue: X has refused to … and has instead argued that …', () => {
    const s = one(
      'Portugal has refused to sign the treaty and has instead argued that the border must be redrawn.',
      'border',
    );
    expect(s.speaker).toBe('Portugal');
    expect(s.quote.startsWith('that the border')).toBe(true);
  });

  it('capital-for-country metonymy', () => {
    const s = one('Paris said the fishing deal was unacceptable.', 'fishing deal');
    expect(s.speaker).toBe('France');
    expect(s.speakerType).toBe('country');
  });

  it('survives a missing space after a full stop', () => {
    const s = one('The talks ended late.Mira Holt said the deal was close.', 'deal was close');
    expect(s.speaker).toBe('Mira Holt');
  });
});

describe('more frames', () => {
  it('a parenthetical source inside the sentence reports the whole sentence', () => {
    const s = one('The new bridge, Alma Ruiz said, will carry twice the traffic.', 'bridge');
    expect(s.quote).toBe('The new bridge, Alma Ruiz said, will carry twice the traffic');
    expect(s.speaker).toBe('Alma Ruiz');
  });

  it('As X reported, CLAUSE', () => {
    const s = one('As the Harbour Gazette reported, the ferry will stop running in June.', 'ferry');
    expect(s.quote).toBe('the ferry will stop running in June');
    expect(s.speaker).toBe('Harbour Gazette');
  });

  it('coordinated speakers', () => {
    const s = one('Alma Ruiz and Tomas Berg said the plan was sound.', 'plan');
    expect(s.speaker).toBe('Alma Ruiz and Tomas Berg');
  });

  it('a quote introduced by a colon at the end of the previous paragraph', () => {
    const st = run('Mira Holt said:\n\n“We will not raise rates this year.”');
    expect(st.find((s) => s.quote.startsWith('We will not'))?.speaker).toBe('Mira Holt');
  });

  it('transcript speaker tags inside quotes', () => {
    const text =
      'Anchor Lee Park interviewed Governor Ada Stone.\n\n"PARK: Will you run again?\n\n"STONE: I have not decided yet, and I will say so when I do.';
    const st = run(text);
    expect(st.find((s) => s.quote.includes('not decided'))?.speaker).toBe('Ada Stone');
  });

  it('a signature line after a quote', () => {
    const st = run('“This is the best bakery in the valley.” ― Ivo Brandt\n\n“Too sweet for me.” ― Mira Holt');
    expect(st.find((s) => s.quote.startsWith('This is'))?.speaker).toBe('Ivo Brandt');
    expect(st.find((s) => s.quote.startsWith('Too sweet'))?.speaker).toBe('Mira Holt');
  });

  it('a participle continues the speaker of the sentence', () => {
    const s = one('The Harbour Authority closed the pier on Friday, saying the planks were unsafe.', 'planks');
    expect(s.speaker).toBe('Harbour Authority');
  });

  it('a possessive place before a name does not speak', () => {
    const s = one('“Rates will stay low,” said Norway’s Mira Holt.', 'Rates');
    expect(s.speaker).toBe('Mira Holt');
  });
});

describe('speakers', () => {
  it('resolves a pronoun to the earlier person of the right gender', () => {
    const s = one('Mr. Berg spoke first. Then Mrs. Ruiz left the stage. “We need more time,” he said.', 'more time');
    expect(s.speaker).toBe('Berg');
  });

  it('resolves "she" via pronoun agreement learned from the text', () => {
    const s = one(
      'Alma Ruiz met the engineers on Monday and thanked them for her new office. She said the repairs would take weeks.',
      'repairs',
    );
    expect(s.speaker).toBe('Alma Ruiz');
  });

  it('resolves a role noun to the titled actor', () => {
    const s = one('President Elena Vasquez arrived late. The president said the budget was final.', 'budget');
    expect(s.speaker).toBe('Elena Vasquez');
  });

  it('merges a short form with the full name', () => {
    const res = extractStatements({ text: 'Donald Trump spoke in Ohio. Mr. Trump said taxes would fall.' });
    expect(res.statements.find((s) => s.quote.includes('taxes'))?.speaker).toBe('Donald Trump');
    const actor = res.actors.find((a) => a.name === 'Donald Trump');
    expect(actor?.type).toBe('person');
    expect(actor?.aliases).toContain('Trump');
  });

  it('never turns a title into a name', () => {
    const res = extractStatements({
      text: 'Prime Minister Mark Lund said the vote would pass. The prime minister said it twice.',
    });
    expect(res.statements.every((s) => s.speaker === 'Mark Lund')).toBe(true);
    expect(res.actors.some((a) => /minister/i.test(a.name))).toBe(false);
  });

  it('gives anonymous sources no name', () => {
    const names = new Set(['Alma Ruiz']);
    const st = run('Alma Ruiz toured the site. The bridge is unsafe, a source said.');
    const s = st.find((x) => x.quote.includes('unsafe'));
    expect(s).toBeDefined();
    const sp = s?.speaker ?? null;
    expect(sp === null || !names.has(sp)).toBe(true);
    expect(sp === null || /^[a-z]/.test(sp)).toBe(true);
  });

  it('organisations can speak', () => {
    const s = one('The Harbour Authority said the port would reopen on Monday.', 'port');
    expect(s.speaker).toBe('Harbour Authority');
    expect(s.speakerType).toBe('organisation');
  });
});

describe('confidence', () => {
  it('ranks an explicitly attributed quote above an unattributed one', () => {
    const st = run(
      '“The vote is secure,” said Mira Holt.\n\nLater, the hall emptied.\n\n“Nobody expected this outcome at all.”',
    );
    const a = st.find((s) => s.quote.startsWith('The vote'));
    const b = st.find((s) => s.quote.startsWith('Nobody'));
    expect(a).toBeDefined();
    if (b) expect(a!.confidence).toBeGreaterThan(b.confidence);
  });

  it('is deterministic', () => {
    const text = 'Alma Ruiz said that the bridge would open in May. “It is ready,” she added.';
    expect(extractStatements({ text })).toEqual(extractStatements({ text }));
  });

  it('copes with empty and odd input', () => {
    expect(extractStatements({ text: '' }).statements).toEqual([]);
    expect(extractStatements({ text: '"' }).statements).toEqual([]);
    expect(extractStatements({ text: '“”, he said.' }).statements).toEqual([]);
  });
});
