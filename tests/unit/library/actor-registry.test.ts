/**
 * ActorRegistry: finding actors by any of their names, the earliest actor keeping a name two share, and indexing
 * work that grows with the names of the actor that changed, not with the registry (counted, not timed).
 */
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/shared/model';
import { ActorRegistry } from '../../../src/core/library/actor-registry';

let n = 0;
const newId = () => `a${++n}`;
const person = (id: string, name: string, aliases: string[] = []): Actor => ({ id, name, type: 'person', aliases });

describe('ActorRegistry', () => {
  it('finds an actor by its name or an alias, folded for case and accents', () => {
    const reg = new ActorRegistry([person('p1', 'Mirela Dascu', ['Dascu'])], newId);
    expect(reg.find('mirela dascu')?.id).toBe('p1');
    expect(reg.find('DASCU')?.id).toBe('p1');
    expect(reg.find('Someone Else')).toBeUndefined();
  });

  it('gives a shared name to the actor added first, and hands it on when that one lets it go', () => {
    const reg = new ActorRegistry([person('p1', 'Tomas Vell', ['Northport Office']), person('p2', 'Ana Korr')], newId);
    reg.put(person('p2', 'Ana Korr', ['Northport Office']));
    expect(reg.find('Northport Office')?.id).toBe('p1');
    // p1 drops the alias: p2 still carries it and now owns it
    reg.put(person('p1', 'Tomas Vell'));
    expect(reg.find('Northport Office')?.id).toBe('p2');
    // p1 takes it back: it was added first, so it wins again
    reg.put(person('p1', 'Tomas Vell', ['Northport Office']));
    expect(reg.find('Northport Office')?.id).toBe('p1');
    reg.remove('p1');
    expect(reg.find('Northport Office')?.id).toBe('p2');
    expect(reg.find('Tomas Vell')).toBeUndefined();
    expect(reg.all().map((a) => a.id)).toEqual(['p2']);
  });

  it('renaming keeps the old name findable only when it stays an alias', () => {
    const reg = new ActorRegistry([person('p1', 'Harbour Wire Staff')], newId);
    reg.put(person('p1', 'Harbour Wire', ['Harbour Wire Staff']));
    expect(reg.find('Harbour Wire Staff')?.id).toBe('p1');
    reg.put(person('p1', 'Harbour Wire'));
    expect(reg.find('Harbour Wire Staff')).toBeUndefined();
    expect(reg.find('Harbour Wire')?.id).toBe('p1');
  });

  it('indexes each put in work proportional to that actor, not to the registry (linear in total)', () => {
    const work = (count: number): number => {
      const reg = new ActorRegistry([], newId);
      for (let i = 0; i < count; i++) reg.put(person(`s${i}`, `Speaker Number ${i}`));
      // every actor updated once, as an import that enriches each speaker with an alias does
      for (let i = 0; i < count; i++) reg.put(person(`s${i}`, `Speaker Number ${i}`, [`S. Number ${i}`]));
      for (let i = 0; i < count; i += 2) reg.remove(`s${i}`);
      expect(reg.find(`S. Number ${count - 1}`)?.id).toBe(`s${count - 1}`);
      return reg.indexedNames;
    };
    const small = work(1000);
    const large = work(16_000);
    // one name per first put, two per update: 3 names per actor, whatever the registry's size
    expect(small).toBe(3 * 1000);
    expect(large).toBe(3 * 16_000);
  });
});
