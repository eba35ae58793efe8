import type { Actor, ActorType } from '../../shared/model';
import { normaliseName } from './names';

/** Canonical actors with an alias index, so "Putin" in one article and "Vladimir Putin" in another are one actor. */
export class ActorRegistry {
  private readonly byId = new Map<string, Actor>();
  private readonly byKey = new Map<string, string>();

  constructor(
    actors: Actor[],
    private readonly newId: () => string,
  ) {
    for (const a of actors) this.add(a);
  }

  all(): Actor[] {
    return [...this.byId.values()];
  }

  get(id: string): Actor | undefined {
    return this.byId.get(id);
  }

  find(name: string): Actor | undefined {
    const key = normaliseName(name);
    const id = key ? this.byKey.get(key) : undefined;
    return id ? this.byId.get(id) : undefined;
  }

  /** Finds the actor known by any of these names, or creates it. Returns it and whether the registry changed. */
  resolve(name: string, type: ActorType, aliases: string[] = []): { actor: Actor; changed: boolean } {
    const existing = this.find(name) ?? aliases.map((a) => this.find(a)).find((a): a is Actor => !!a);
    if (existing) {
      const changed = this.addAliases(existing, [name, ...aliases]);
      if (existing.type === 'other' && type !== 'other') {
        existing.type = type;
        return { actor: existing, changed: true };
      }
      return { actor: existing, changed };
    }
    const actor: Actor = { id: this.newId(), name: name.trim(), type, aliases: [] };
    this.add(actor);
    this.addAliases(actor, aliases);
    return { actor, changed: true };
  }

  private add(actor: Actor) {
    this.byId.set(actor.id, actor);
    for (const n of [actor.name, ...actor.aliases]) this.index(n, actor.id);
  }

  private index(name: string, id: string) {
    const key = normaliseName(name);
    if (key && !this.byKey.has(key)) this.byKey.set(key, id);
  }

  private addAliases(actor: Actor, names: string[]): boolean {
    let changed = false;
    const known = new Set([actor.name, ...actor.aliases].map(normaliseName));
    for (const n of names) {
      const key = normaliseName(n);
      if (!key || known.has(key) || this.byKey.has(key)) continue;
      actor.aliases.push(n.trim());
      known.add(key);
      this.index(n, actor.id);
      changed = true;
    }
    return changed;
  }
}
