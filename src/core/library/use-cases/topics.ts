import type { NewTopic, WorkbenchApi } from '../../../shared/api';
import type { Topic } from '../../../shared/model';
import { filterStatements } from '../../query/filter-statements';
import { suggestTopics } from '../../query/suggest-topics';
import { toTimelineRow } from '../../query/timeline';
import { compileTopicQuery, TopicQueryError } from '../../query/topic-query';
import { createTopicMatcher } from '../topic-tagging';
import type { Transaction } from '../transaction';
import type { WorkbenchContext } from '../workbench-context';

const TOPIC_COLORS = ['#3b6fd8', '#d8743b', '#2f9e6e', '#b8417a', '#7a5cc7', '#c9a227', '#3aa3b5', '#8c6d4f'];

/** Re-applies every topic query to every statement; topics set by hand are kept. */
function retagAll(ctx: WorkbenchContext, tx: Transaction) {
  const matcher = createTopicMatcher(ctx.state.topicList);
  for (const s of ctx.state.statements.values()) {
    const next = matcher.topicIdsFor(s);
    if (next.length !== s.topicIds.length || next.some((t) => !s.topicIds.includes(t))) {
      tx.putStatement({ ...s, topicIds: next });
    }
  }
}

export function saveTopicIn(ctx: WorkbenchContext, tx: Transaction, input: NewTopic): Topic {
  const { state } = ctx;
  compileTopicQuery(input.query);
  const existing = input.id ? state.topicList.find((t) => t.id === input.id) : undefined;
  if (input.id && !existing) throw new Error(`no topic with id ${input.id}`);
  const clash = state.topicList.find(
    (t) => t.name.toLowerCase() === input.name.trim().toLowerCase() && t.id !== input.id,
  );
  if (clash) throw new Error(`a topic named "${clash.name}" already exists`);
  const topic: Topic = {
    id: existing?.id ?? ctx.newId('t'),
    name: input.name.trim(),
    query: input.query.trim(),
    color: input.color ?? existing?.color ?? TOPIC_COLORS[state.topicList.length % TOPIC_COLORS.length]!,
  };
  tx.setTopics(existing ? state.topicList.map((t) => (t.id === topic.id ? topic : t)) : [...state.topicList, topic]);
  retagAll(ctx, tx);
  return topic;
}

type TopicApi = Pick<WorkbenchApi, 'listTopics' | 'saveTopic' | 'deleteTopic' | 'previewTopic' | 'suggestTopics'>;

/** Statements matched per slice of a preview before the host gets to answer other calls. */
const PREVIEW_SLICE = 2000;
const yieldToHost = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function topicUseCases(ctx: WorkbenchContext): TopicApi {
  const { state } = ctx;
  // Previews come one per keystroke: each newer one stops the older ones at their next slice.
  let previewGeneration = 0;
  return {
    async listTopics() {
      return state.topicList;
    },
    saveTopic(input) {
      const verb = input.id ? 'edit' : 'create';
      return ctx.mutate(`${verb} topic "${input.name.trim()}"`, (tx) => saveTopicIn(ctx, tx, input));
    },
    async deleteTopic(id) {
      const topic = state.topicList.find((t) => t.id === id);
      if (!topic) throw new Error(`no topic with id ${id}`);
      await ctx.mutate(`delete topic "${topic.name}"`, (tx) => {
        tx.setTopics(state.topicList.filter((t) => t.id !== id));
        for (const s of state.statements.values()) {
          if (s.topicIds.includes(id) || s.manualTopicIds?.includes(id)) {
            tx.putStatement({
              ...s,
              topicIds: s.topicIds.filter((t) => t !== id),
              ...(s.manualTopicIds ? { manualTopicIds: s.manualTopicIds.filter((t) => t !== id) } : {}),
            });
          }
        }
      });
    },
    async suggestTopics(limit = 12) {
      const names = state.actors().flatMap((a) => [a.name, ...a.aliases]);
      return suggestTopics(state.statements.values(), state.topicList, names, limit);
    },
    async previewTopic(query, limit = 50) {
      const generation = ++previewGeneration;
      let compiled;
      try {
        compiled = compileTopicQuery(query);
      } catch (err) {
        if (err instanceof TopicQueryError) return { error: err.message, total: 0, rows: [] };
        throw err;
      }
      const all = filterStatements(state, {});
      const matching = [];
      for (let i = 0; i < all.length; i += PREVIEW_SLICE) {
        if (i > 0) {
          await yieldToHost();
          if (generation !== previewGeneration) throw new Error('preview superseded by a newer query');
        }
        for (const s of all.slice(i, i + PREVIEW_SLICE)) if (compiled.matches(s.context ?? s.quote)) matching.push(s);
      }
      return {
        error: null,
        total: matching.length,
        rows: matching.slice(0, limit).map((s) => toTimelineRow(state, s)),
      };
    },
  };
}
