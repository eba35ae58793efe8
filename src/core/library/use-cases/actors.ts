import type { ActorRow, WorkbenchApi } from '../../../shared/api';
import type { Actor } from '../../../shared/model';
import { normaliseName } from '../names';
import type { WorkbenchContext } from '../workbench-context';

type ActorApi = Pick<WorkbenchApi, 'listActors' | 'updateActor' | 'mergeActors' | 'splitActorAlias'>;

export function actorUseCases(ctx: WorkbenchContext): ActorApi {
  const { state, store } = ctx;
  const uniqueNames = (names: string[], exclude: string[]) => {
    const seen = new Set(exclude.map(normaliseName));
    const out: string[] = [];
    for (const n of names) {
      const key = normaliseName(n);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      out.push(n.trim());
    }
    return out;
  };

  return {
    /**
     * Actors no statement names (every one deleted, merged away or re-attributed) are left out of the list; they stay
     * in the registry, so their names and aliases still resolve on later imports and they return when named again.
     */
    async listActors(): Promise<ActorRow[]> {
      const counts = new Map<string, number>();
      const named = new Set<string>();
      for (const s of state.statements.values()) {
        if (!s.speakerId) continue;
        named.add(s.speakerId);
        if (s.status !== 'rejected') counts.set(s.speakerId, (counts.get(s.speakerId) ?? 0) + 1);
      }
      return actorRows(state.actors(), named, counts);
    },

    async updateActor(id, patch) {
      const current = state.requireActor(id);
      const name = patch.name?.trim() ?? current.name;
      const owner = state.registry.find(name);
      if (owner && owner.id !== id)
        throw new Error(`"${name}" is already the actor "${owner.name}": merge the two instead`);
      const renamed = name !== current.name;
      const requested = patch.aliases ?? current.aliases;
      // A rename keeps the old name as an alias, so later imports that use it still land here.
      const aliases = uniqueNames(renamed ? [...requested, current.name] : requested, [name]);
      for (const alias of aliases) {
        const other = state.registry.find(alias);
        if (other && other.id !== id) throw new Error(`"${alias}" already names "${other.name}"`);
      }
      const next: Actor = { ...current, name, type: patch.type ?? current.type, aliases };
      return ctx.mutate(renamed ? `rename "${current.name}" to "${name}"` : `edit actor "${name}"`, (tx) => {
        tx.putActor(next);
        return next;
      });
    },

    async mergeActors(ids, intoId) {
      const target = state.requireActor(intoId);
      const others = [...new Set(ids)].filter((id) => id !== intoId).map((id) => state.requireActor(id));
      if (others.length === 0) throw new Error('choose at least one other actor to merge');
      const merged: Actor = {
        ...target,
        aliases: uniqueNames([...target.aliases, ...others.flatMap((o) => [o.name, ...o.aliases])], [target.name]),
      };
      const label = `merge ${others.map((o) => `"${o.name}"`).join(', ')} into "${target.name}"`;
      return ctx.mutate(label, (tx) => {
        const gone = new Set(others.map((o) => o.id));
        for (const s of state.statements.values()) {
          if (s.speakerId && gone.has(s.speakerId))
            tx.putStatement({ ...s, speakerId: intoId, updatedAt: ctx.now().toISOString() });
        }
        // institutions of a merged-away country belong to the country that remains
        for (const a of state.actors()) {
          if (a.id !== intoId && !gone.has(a.id) && a.countryId && gone.has(a.countryId))
            tx.putActor({ ...a, countryId: intoId });
        }
        if (merged.countryId && (gone.has(merged.countryId) || merged.countryId === intoId)) delete merged.countryId;
        for (const o of others) tx.removeActor(o.id);
        tx.putActor(merged);
        return merged;
      });
    },

    async splitActorAlias(actorId, alias) {
      const actor = state.requireActor(actorId);
      const key = normaliseName(alias);
      const listed = actor.aliases.find((a) => normaliseName(a) === key);
      if (!listed) throw new Error(`"${alias}" is not an alias of "${actor.name}"`);
      // Names that are part of the split name (or contain it) and share nothing with the actor's own name go too:
      // splitting "Tomas Brenner" also takes "Brenner" and "Foreign Minister Tomas Brenner".
      const words = (n: string) => new Set(normaliseName(n).split(' ').filter(Boolean));
      const own = words(actor.name);
      const split = words(listed);
      const belongs = (n: string) => {
        const w = words(n);
        if (w.size === 0 || [...w].some((x) => own.has(x))) return false;
        return [...w].every((x) => split.has(x)) || [...split].every((x) => w.has(x));
      };
      const leaving = actor.aliases.filter(belongs);
      const moving: string[] = [];
      const byArticle = new Map<string, string[]>();
      for (const s of state.statements.values()) {
        if (s.speakerId !== actorId || s.speakerStart === undefined || s.speakerEnd === undefined) continue;
        byArticle.set(s.articleId, [...(byArticle.get(s.articleId) ?? []), s.id]);
      }
      for (const [articleId, statementIds] of byArticle) {
        const body = await store.readBody(articleId);
        if (body === null) continue;
        for (const sid of statementIds) {
          const s = state.statements.get(sid)!;
          if (belongs(body.slice(s.speakerStart!, s.speakerEnd!))) moving.push(sid);
        }
      }
      return ctx.mutate(`split "${listed}" out of "${actor.name}"`, (tx) => {
        tx.putActor({ ...actor, aliases: actor.aliases.filter((a) => !leaving.includes(a)) });
        const created: Actor = {
          id: ctx.newId('p'),
          name: listed,
          type: actor.type,
          aliases: leaving.filter((a) => a !== listed),
        };
        tx.putActor(created);
        for (const sid of moving) {
          const s = state.statements.get(sid)!;
          tx.putStatement({ ...s, speakerId: created.id, updatedAt: ctx.now().toISOString() });
        }
        return created;
      });
    },
  };
}

/**
 * The actors list: those named as a speaker (`named`), with their statements not rejected (`counts`), most quoted
 * first. A country whose institutions spoke is listed too, so a filter can pick it (and with it, them).
 */
export function actorRows(actors: Actor[], named: Set<string>, counts: Map<string, number>): ActorRow[] {
  for (const a of actors) if (a.countryId && named.has(a.id)) named.add(a.countryId);
  return actors
    .filter((a) => named.has(a.id))
    .map((a) => ({ ...a, statementCount: counts.get(a.id) ?? 0 }))
    .sort((a, b) => b.statementCount - a.statementCount || a.name.localeCompare(b.name));
}
