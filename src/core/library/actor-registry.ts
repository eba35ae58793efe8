/**
 * Canonical actors with an alias index, so "Putin" in one article and "Vladimir Putin" in another are one actor.
 *   find(name)      the actor whose name or alias folds to the same key
 *   put / remove    index only the names of the actor that changed: work per call is its own name count, never the
 *                   whole registry (16,000 speakers used to mean 16,000 reindexes of everyone)
 * A key two actors share belongs to the one added first, as if the index were rebuilt in insertion order.
 */
import type { Actor, ActorType } from '../../shared/model';
import { normaliseName } from './names';

export class ActorRegistry {
  private readonly byId = new Map<string, Actor>();
  /** Insertion rank of each actor: the earliest actor wins a shared key. */
  private readonly rank = new Map<string, number>();
  private nextRank = 0;
  /** Key → the actors that carry it, earliest first; the first owns the key. */
  private readonly claims = new Map<string, string[]>();
  /** Actor → the keys it was indexed under, to take them back when it changes. */
  private readonly keysOf = new Map<string, Set<string>>();
  private names = 0;

  constructor(
    actors: Actor[],
    private readonly newId: () => string,
  ) {
    for (const a of actors) this.put(a);
  }

  /** Names folded into keys so far (a measure of indexing work, for tests and benches). */
  get indexedNames(): number {
    return this.names;
  }

  all(): Actor[] {
    return [...this.byId.values()];
  }

  get(id: string): Actor | undefined {
    return this.byId.get(id);
  }

  find(name: string): Actor | undefined {
    const key = normaliseName(name);
    const id = key ? this.owner(key) : undefined;
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
      const owner = key ? this.owner(key) : undefined;
      if (!key || known.has(key) || (owner && owner !== actor.id)) continue;
      aliases.push(n.trim());
      known.add(key);
    }
    const nextType = actor.type === 'other' && type !== 'other' ? type : actor.type;
    if (aliases.length === actor.aliases.length && nextType === actor.type) return null;
    return { ...actor, aliases, type: nextType };
  }

  put(actor: Actor): void {
    if (this.byId.has(actor.id)) this.unindex(actor.id);
    else this.rank.set(actor.id, this.nextRank++);
    this.byId.set(actor.id, actor);
    this.index(actor);
  }

  remove(id: string): void {
    if (!this.byId.has(id)) return;
    this.unindex(id);
    this.byId.delete(id);
    this.rank.delete(id);
  }

  private owner(key: string): string | undefined {
    return this.claims.get(key)?.[0];
  }

  private index(actor: Actor): void {
    const keys = new Set<string>();
    const r = this.rank.get(actor.id)!;
    for (const n of [actor.name, ...actor.aliases]) {
      this.names++;
      const key = normaliseName(n);
      if (!key || keys.has(key)) continue;
      keys.add(key);
      const ids = this.claims.get(key);
      if (!ids) {
        this.claims.set(key, [actor.id]);
        continue;
      }
      // Usually one or two claimants: keep them in insertion order.
      let at = ids.length;
      while (at > 0 && this.rank.get(ids[at - 1]!)! > r) at--;
      ids.splice(at, 0, actor.id);
    }
    this.keysOf.set(actor.id, keys);
  }

  private unindex(id: string): void {
    for (const key of this.keysOf.get(id) ?? []) {
      const ids = this.claims.get(key);
      if (!ids) continue;
      const at = ids.indexOf(id);
      if (at >= 0) ids.splice(at, 1);
      if (ids.length === 0) this.claims.delete(key);
    }
    this.keysOf.delete(id);
  }
}
