import type { Actor, ActorType } from '../../../shared/model';
import type { LibraryState } from '../library-state';
import { normaliseName } from '../names';
import type { Transaction } from '../transaction';

/** Finds or creates the actor for a name inside a transaction, adding new aliases to a known actor. */
export function resolveSpeaker(state: LibraryState, tx: Transaction, name: string, type: ActorType, aliases: string[] = []): Actor {
  const { actor, isNew } = state.registry.lookup(name, type, aliases);
  if (isNew) {
    const enriched = { ...actor, aliases: [] as string[] };
    tx.putActor(enriched);
    const withAliases = state.registry.enriched(enriched, aliases, type);
    if (withAliases) tx.putActor(withAliases);
    return withAliases ?? enriched;
  }
  const enriched = state.registry.enriched(actor, [name, ...aliases], type);
  if (enriched) tx.putActor(enriched);
  return enriched ?? actor;
}

/**
 * The actor the analyst has given exactly this name, if any. It lets their decisions override the extractor's
 * mappings on later imports: split "Beijing" out of "China" as its own actor, and "Beijing said" goes to it.
 */
export function actorNamed(state: LibraryState, mention: string): Actor | undefined {
  const key = normaliseName(mention);
  if (!key) return undefined;
  const actor = state.registry.find(mention);
  return actor && normaliseName(actor.name) === key ? actor : undefined;
}
