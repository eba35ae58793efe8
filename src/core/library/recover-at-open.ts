/**
 * What an open does before anyone sees the library, so saved work is never silently dropped:
 *
 *   recoverRegistry        a missing, empty or damaged registry.json is rebuilt from the newest good backup, then
 *                          from whatever the damaged copy still holds (nothing is written over the evidence)
 *   rebuildMissingSpeakers statements naming an actor the registry lacks (an older release's crash between its
 *                          two writes, a lost registry) get the actor back, named as the article text names it
 *   tidyAtOpen             only in a healthy library this process writes: texts no article names, unfinished
 *                          writes and shard folders the registry no longer names go to the trash (with the
 *                          reason), never deleted; then a schema-1 library (64 shards in shards/) is converted to
 *                          the bounded layout, or one that outgrew its shards is re-sharded (old shards: trash)
 *
 * Everything here changes the state without history (it is not the analyst's action) and notes what it did in
 * the registry's recoveryNotes, which the health page shows until dismissed.
 */
import type { Actor, Statement } from '../../shared/model';
import type { LibraryState } from './library-state';
import { salvageDocument } from './salvage';
import { LAYOUT_FOLDER, LEGACY_LAYOUT, shardCountFor, type LibraryStore, type StrayFile } from './store-port';

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

export async function recoverRegistry(state: LibraryState, store: LibraryStore, now: Date): Promise<void> {
  const { registryState, damaged } = state.opened;
  if (registryState === 'ok') return;
  const backup = await store.readRegistryBackup();
  if (registryState === 'missing' && state.articles.size === 0 && !backup) return; // a new library
  const what = registryState === 'missing' ? 'was missing' : 'could not be read';
  const parts: string[] = [];
  let actors = 0;
  let topics = 0;
  const addActor = (a: Actor) => {
    if (state.actor(a.id)) return;
    state.putActor(a);
    actors++;
  };
  if (backup) {
    backup.registry.actors.forEach(addActor);
    const known = new Set(state.topicList.map((t) => t.id));
    const newTopics = backup.registry.topics.filter((t) => !known.has(t.id));
    topics += newTopics.length;
    state.setTopics([...state.topicList, ...newTopics]);
    state.setNotDuplicates([...new Set([...state.notDuplicates, ...(backup.registry.notDuplicates ?? [])])]);
    parts.push(
      `restored ${plural(actors, 'actor')} and ${plural(topics, 'topic')} from the backup of ${backup.savedAt.slice(0, 16).replace('T', ' ')}`,
    );
  }
  const copy = damaged.find((d) => d.file === 'registry.json');
  const source = copy?.setAsideAs ?? (store.writable ? null : copy?.file);
  if (source) {
    const before = { actors, topics };
    const salvaged = salvageDocument(await store.readLibraryFile(source).catch(() => ''));
    salvaged.actors.forEach(addActor);
    const known = new Set(state.topicList.map((t) => t.id));
    const fresh = salvaged.topics.filter((t) => !known.has(t.id));
    topics += fresh.length;
    state.setTopics([...state.topicList, ...fresh]);
    if (actors > before.actors || topics > before.topics) {
      parts.push(
        `recovered ${plural(actors - before.actors, 'actor')} and ${plural(topics - before.topics, 'topic')} from the damaged copy`,
      );
    }
  }
  state.setRecoveryNotes([
    ...state.recoveryNotes,
    `${now.toISOString().slice(0, 16).replace('T', ' ')}: registry.json ${what}; ${parts.length ? parts.join('; ') : 'no backup was found'}.`,
  ]);
}

/** The name the article text gives this speaker: the most frequent capitalised mention, longest first. */
async function mentionedName(store: LibraryStore, statements: Statement[]): Promise<string | null> {
  const counts = new Map<string, number>();
  const bodies = new Map<string, string | null>();
  for (const s of statements.slice(0, 20)) {
    if (s.speakerStart === undefined || s.speakerEnd === undefined) continue;
    if (!bodies.has(s.articleId)) bodies.set(s.articleId, await store.readBody(s.articleId));
    const mention = bodies.get(s.articleId)?.slice(s.speakerStart, s.speakerEnd).replace(/\s+/g, ' ').trim();
    if (mention && /^\p{Lu}/u.test(mention) && mention.length <= 120)
      counts.set(mention, (counts.get(mention) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
  return ranked[0]?.[0] ?? null;
}

/** Statements whose speaker the registry does not know, grouped by the missing actor id. */
export function missingSpeakers(state: LibraryState): Map<string, Statement[]> {
  const missing = new Map<string, Statement[]>();
  for (const s of state.statements.values()) {
    if (!s.speakerId || state.actor(s.speakerId)) continue;
    const list = missing.get(s.speakerId);
    if (list) list.push(s);
    else missing.set(s.speakerId, [s]);
  }
  return missing;
}

/** Gives back every missing actor the article texts can name; returns how many stay unnamed. */
export async function rebuildMissingSpeakers(state: LibraryState, store: LibraryStore, now: Date): Promise<number> {
  const missing = missingSpeakers(state);
  if (missing.size === 0) return 0;
  let rebuilt = 0;
  let statements = 0;
  for (const [id, list] of missing) {
    const name = await mentionedName(store, list);
    if (!name) continue;
    const known = state.registry.find(name);
    if (known) {
      // The registry already knows this name (recovered from a backup under another id): point the statements there.
      for (const s of list) state.putStatement({ ...s, speakerId: known.id });
    } else {
      state.putActor({ id, name, type: 'person', aliases: [] });
    }
    rebuilt++;
    statements += list.length;
  }
  if (rebuilt > 0) {
    state.setRecoveryNotes([
      ...state.recoveryNotes,
      `${now.toISOString().slice(0, 16).replace('T', ' ')}: ${plural(statements, 'statement')} named ${plural(rebuilt, 'speaker')} missing from the registry; rebuilt from the article texts (check their types on the Actors page).`,
    ]);
  }
  return missing.size - rebuilt;
}

const stamp = (now: Date) => now.toISOString().slice(0, 16).replace('T', ' ');

/** Why a stray file goes to the trash at open (temp files and old shard layouts; the rest wait for the analyst). */
function trashReason(f: StrayFile): string | null {
  if (f.kind === 'old-layout') {
    return 'a complete set of shards the library does not use, left by a re-shard or conversion that stopped part-way: a backup of the articles and statements as they were then';
  }
  if (f.kind !== 'temp') return null;
  return LAYOUT_FOLDER.test(f.file)
    ? 'shards of a re-shard that did not finish (the library never used them)'
    : 'unfinished write left by a process that stopped';
}

/**
 * Bodies no article names, unfinished writes and unused shard folders, moved to the trash; then the shards are
 * converted or re-sharded when they need to be. Call only when healthy and writable. True when it changed anything.
 */
export async function tidyAtOpen(state: LibraryState, store: LibraryStore, now = new Date()): Promise<boolean> {
  if (!store.writable) return false;
  let moved = false;
  for (const f of await store.listStrayFiles()) {
    const reason = trashReason(f);
    if (reason) {
      await store.moveToTrash(f.file, reason);
      moved = true;
    }
  }
  const [layout, notes] = [state.shardLayout, state.recoveryNotes];
  await fitShards(state, store, now);
  if (state.shardLayout !== layout || state.recoveryNotes !== notes) moved = true;
  state.allowResharding();
  for (const id of await store.listBodyIds()) {
    if (!state.articles.has(id)) {
      moved = true;
      await store.moveToTrash(
        store.bodyFile(id),
        'text of an article no longer in the library (deleted, or its import was cut off)',
      );
    }
  }
  return moved;
}

/**
 * Converts a schema-1 library (64 shards in shards/) to the bounded layout, or re-shards one that outgrew its
 * shards while this release could not (opened read-only or damaged). The old folder goes to the trash, which keeps
 * it as the backup; a conversion says so in the recovery notes. A failure leaves the library as it was, noted.
 */
async function fitShards(state: LibraryState, store: LibraryStore, now: Date): Promise<void> {
  if (!state.needsReshard()) return;
  const from = state.shardLayout;
  const legacy = from.folder === LEGACY_LAYOUT.folder;
  const count = shardCountFor(state.estimatedShardBytes());
  try {
    await state.reshard(
      store,
      count,
      (to) =>
        legacy
          ? `the library's shards as an earlier release kept them (${from.count} in ${from.folder}/), before the conversion to ${to.count} shards in ${to.folder}/: a complete backup of its articles and statements`
          : `the library's ${from.count} shards before it grew to ${to.count} (${to.folder}/): a complete copy of its articles and statements as they were then`,
      legacy
        ? `${stamp(now)}: the library was converted to shards that stay small as it grows (${count} shards); the old ${from.folder}/ folder is kept in the trash as a backup until the trash is emptied.`
        : undefined,
    );
  } catch (err) {
    state.setRecoveryNotes([
      ...state.recoveryNotes,
      `${stamp(now)}: the library's shards could not be ${legacy ? 'converted' : 'spread'} to ${count} (${(err as Error).message}); it works as before and tries again at the next open.`,
    ]);
    await state.flush(store);
  }
}

/** A salvage of a set-aside or conflicting copy, counted against what the library already has. */
export async function salvageCounts(state: LibraryState, store: LibraryStore, file: string) {
  const salvaged = salvageDocument(await store.readLibraryFile(file).catch(() => ''));
  const articles = salvaged.articles.filter((a) => !state.articles.has(a.id));
  const articleIds = new Set(articles.map((a) => a.id));
  return {
    articles,
    statements: salvaged.statements.filter((s) => articleIds.has(s.articleId) && !state.statements.has(s.id)),
    actors: salvaged.actors.filter((a) => !state.actor(a.id)),
    topics: salvaged.topics.filter((t) => !state.topicList.some((x) => x.id === t.id)),
  };
}

export { plural };
