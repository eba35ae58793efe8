/**
 * Shape checks for what is read back from disk: a file that parses but has the wrong shape is treated like a
 * damaged one (set aside, reported), never half-loaded. Hand-written rather than zod: they run over every
 * statement at open.
 */
import type { Actor, ArticleMeta, Statement, Topic } from '../../shared/model';
import { LAYOUT_FOLDER, layoutFolder, type Registry, type Shard } from './store-port';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const strOrNull = (v: unknown) => v === null || isStr(v);

export function isArticleMeta(v: unknown): v is ArticleMeta {
  return (
    isObj(v) &&
    isStr(v.id) &&
    isStr(v.title) &&
    strOrNull(v.date) &&
    isStr(v.contentHash) &&
    isStr(v.fileName) &&
    isNum(v.bodyLength) &&
    isObj(v.origins)
  );
}

export function isStatement(v: unknown): v is Statement {
  return (
    isObj(v) &&
    isStr(v.id) &&
    isStr(v.articleId) &&
    isNum(v.start) &&
    isNum(v.end) &&
    isStr(v.quote) &&
    isStr(v.kind) &&
    isStr(v.status) &&
    (v.speakerId === null || isStr(v.speakerId)) &&
    Array.isArray(v.topicIds)
  );
}

export function isActor(v: unknown): v is Actor {
  return isObj(v) && isStr(v.id) && isStr(v.name) && isStr(v.type) && Array.isArray(v.aliases);
}

export function isTopic(v: unknown): v is Topic {
  return isObj(v) && isStr(v.id) && isStr(v.name) && isStr(v.query);
}

/** Why this value is not a usable shard, or null when it is. */
export function shardProblem(v: unknown): string | null {
  if (!isObj(v) || !Array.isArray(v.articles) || !Array.isArray(v.statements))
    return 'not a shard (no articles and statements lists)';
  const badArticle = v.articles.findIndex((a) => !isArticleMeta(a));
  if (badArticle >= 0) return `article ${badArticle + 1} of ${v.articles.length} has the wrong shape`;
  const badStatement = v.statements.findIndex((s) => !isStatement(s));
  if (badStatement >= 0) return `statement ${badStatement + 1} of ${v.statements.length} has the wrong shape`;
  return null;
}

/** Why this value is not a usable registry, or null when it is. */
export function registryProblem(v: unknown): string | null {
  if (!isObj(v) || !isNum(v.schemaVersion) || !Array.isArray(v.actors) || !Array.isArray(v.topics)) {
    return 'not a registry (no schema version, actors and topics)';
  }
  // The registry names the folder the shards are read from: only a layout folder of its own count, never a path.
  const count = v.shardCount;
  if (count !== undefined && (!Number.isInteger(count) || (count as number) < 1))
    return 'the shard count is not a positive number';
  if (v.shardFolder !== undefined) {
    if (!isNum(count)) return 'a shard folder without a shard count';
    if (!isStr(v.shardFolder) || !LAYOUT_FOLDER.test(v.shardFolder) || v.shardFolder !== layoutFolder(count))
      return `the shard folder ${JSON.stringify(v.shardFolder)} is not the folder of ${count} shards`;
    if ((count & (count - 1)) !== 0) return `the shard count ${count} is not a power of two`;
  }
  if (!v.actors.every(isActor)) return 'an actor has the wrong shape';
  if (!v.topics.every(isTopic)) return 'a topic has the wrong shape';
  return null;
}

export function isShard(v: unknown): v is Shard {
  return shardProblem(v) === null;
}

export function isRegistry(v: unknown): v is Registry {
  return registryProblem(v) === null;
}
