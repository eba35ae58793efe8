/**
 * A filter by a country's actor also matches the institutions linked to that country (Actor.countryId):
 * filtering by "Kestria" shows what "Government of Kestria" and "Foreign Ministry of Kestria" said too.
 * The use cases apply this before handing a filter to the queries; what the analyst picked is kept as it was
 * (saved presets, the filter bar).
 */
import type { Actor, Filter } from '../../shared/model';

export function withCountryInstitutions(actors: Actor[], filter: Filter): Filter {
  const picked = filter.actorIds;
  if (!picked?.length) return filter;
  const ids = new Set(picked);
  let added = false;
  for (const a of actors) {
    if (a.countryId && ids.has(a.countryId) && !ids.has(a.id)) {
      ids.add(a.id);
      added = true;
    }
  }
  return added ? { ...filter, actorIds: [...ids] } : filter;
}
