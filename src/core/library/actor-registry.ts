import type { Actor, ActorType } from '../../shared/model';
import { normaliseName } from './names';

/** Canonical actors with an alias index, so "Putin" in one article and "Vladimir Putin" in another are one actor. */
export class ActorRegistry {
  private readonly byId = new Map<string, Actor>();
  private byKey = new Map<string, string>();

  constructor(
    actors: Actor[],
    private readonly newId: () => string,
  ) {
    for (const a of actors) this.byId.set(a.id, a);
    this.reindex();
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

  /** Finds the actor known by any of these names, or proposes a new one. Nothing is stored until put(). */
  lookup(name: string, type: ActorType, aliases: string[] = []): { actor: Actor; isNew: boolean } {
    const existing = this.find(name) ?? aliases.map((a) => this.find(a)).find((a): a is Actor => !!a);
    if (existing) return { actor: existing, isNew: false };
    return { actor: { id: this.newId(), name: name.trim(), type, aliases: [] }, isNew: true };
  }

  /** The actor with these extra names and a better type, or null when nothing would change. */
  enriched(actor: Actor, names: string[], type: ActorType): Actor | null {
    const known = new Set([actor.name, ...actor.aliases].map(normaliseName));
    const aliases = [...actor.aliases];
    for (const n of names) {
      const key = normaliseName(n);
      const owner = key ? this.byKey.get(key) : undefined;
      if (!key || known.has(key) || (owner && owner !== actor.id)) continue;
      aliases.push(n.trim());
      known.add(key);
    }
    const nextType = actor.type === 'other' && type !== 'other' ? type : actor.type;
    if (aliases.length === actor.aliases.length && nextType === actor.type) return null;
    return { ...actor, aliases, type: nextType };
  }

  put(actor: Actor) {
    const previous = this.byId.get(actor.id);
    this.byId.set(actor.id, actor);
    if (previous) this.reindex();
    else this.indexActor(actor);
  }

  remove(id: string) {
    if (this.byId.delete(id)) this.reindex();
  }

  private reindex() {
    this.byKey = new Map();
    for (const a of this.byId.values()) this.indexActor(a);
  }

  private indexActor(actor: Actor) {
    for (const n of [actor.name, ...actor.aliases]) {
      const key = normaliseName(n);
      if (key && !this.byKey.has(key)) this.byKey.set(key, actor.id);
    }
  }
}
