import type { Actor, ActorType } from '../../../shared/model';
import type { LibraryState } from '../library-state';
import { normaliseName } from '../names';
import type { Transaction } from '../transaction';

/** Finds or creates the actor for a name inside a transaction, adding new aliases to a known actor. */
export function resolveSpeaker(
  state: LibraryState,
  tx: Transaction,
  name: string,
  type: ActorType,
  aliases: string[] = [],
): Actor {
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

/**
 * An institution of a country ("Government of Kestria") linked to that country's actor, found or created (an
 * untyped actor of that name becomes the country). What the analyst set is kept: an institution already linked
 * stays linked where it is, and no link is made to an actor typed as anything but a country.
 */
export function linkCountry(state: LibraryState, tx: Transaction, institution: Actor, country: string): Actor {
  if (institution.countryId || institution.type !== 'organisation') return institution;
  let c = state.registry.find(country);
  if (!c) {
    c = resolveSpeaker(state, tx, country, 'country');
  } else if (c.type === 'other') {
    c = { ...c, type: 'country' };
    tx.putActor(c);
  }
  if (c.type !== 'country' || c.id === institution.id) return institution;
  const linked: Actor = { ...institution, countryId: c.id };
  tx.putActor(linked);
  return linked;
}
