import type { StatementPatch, WorkbenchApi } from '../../../shared/api';
import type { Statement } from '../../../shared/model';
import { ownCopy } from '../shared-values';
import { createTopicMatcher, sentenceAround } from '../topic-tagging';
import type { WorkbenchContext } from '../workbench-context';
import { resolveSpeaker } from './speakers';

type ReviewApi = Pick<WorkbenchApi, 'createStatement' | 'updateStatement' | 'deleteStatement'>;

function describePatch(patch: StatementPatch): string {
  if (patch.status === 'accepted') return 'accept statement';
  if (patch.status === 'rejected') return 'reject statement';
  if (patch.status) return `mark statement ${patch.status}`;
  if (patch.speakerName !== undefined || patch.speakerId !== undefined) return 'change speaker';
  if (patch.topicIds) return 'change topics';
  if (patch.start !== undefined || patch.end !== undefined) return 'adjust statement boundaries';
  if (patch.note !== undefined) return 'edit note';
  if (patch.kind) return 'change kind';
  return 'edit statement';
}

export function reviewUseCases(ctx: WorkbenchContext): ReviewApi {
  const { state, store } = ctx;

  const checkTopics = (ids: string[]) => {
    const known = new Set(state.topicList.map((t) => t.id));
    const unknown = ids.find((t) => !known.has(t));
    if (unknown) throw new Error(`no topic with id ${unknown}`);
  };
  const bodyOf = async (articleId: string): Promise<string> => {
    if (!state.articles.has(articleId)) throw new Error(`no article with id ${articleId}`);
    const body = await store.readBody(articleId);
    if (body === null) throw new Error('the article text is missing from the library folder');
    return body;
  };
  const checkSpan = (body: string, start: number, end: number) => {
    if (!(start < end && end <= body.length))
      throw new Error(`a statement must cover some text inside the article (0–${body.length})`);
    if (!body.slice(start, end).trim()) throw new Error('a statement cannot be only white space');
  };

  return {
    async createStatement(input) {
      const body = await bodyOf(input.articleId);
      checkSpan(body, input.start, input.end);
      if (input.topicIds) checkTopics(input.topicIds);
      return ctx.mutate('create statement', (tx) => {
        const speaker = input.speakerName ? resolveSpeaker(state, tx, input.speakerName, 'person') : null;
        const s: Statement = {
          id: `${input.articleId}-u${ctx.newId('')}`,
          articleId: input.articleId,
          start: input.start,
          end: input.end,
          quote: ownCopy(body.slice(input.start, input.end)),
          context: sentenceAround(body, input.start, input.end),
          kind: input.kind,
          cue: '',
          speakerId: speaker?.id ?? null,
          topicIds: input.topicIds ?? [],
          ...(input.topicIds?.length ? { manualTopicIds: input.topicIds } : {}),
          confidence: 1,
          status: 'accepted',
          ...(input.note ? { note: input.note } : {}),
          updatedAt: ctx.now().toISOString(),
        };
        s.topicIds = createTopicMatcher(state.topicList).topicIdsFor(s);
        tx.putStatement(s);
        return s;
      });
    },

    async updateStatement(id, patch) {
      const current = state.requireStatement(id);
      if (patch.topicIds) checkTopics(patch.topicIds);
      if (patch.speakerId && !state.actor(patch.speakerId)) throw new Error(`no actor with id ${patch.speakerId}`);
      const moving = patch.start !== undefined || patch.end !== undefined;
      const body = moving ? await bodyOf(current.articleId) : null;
      return ctx.mutate(describePatch(patch), (tx) => {
        const next: Statement = { ...current, updatedAt: ctx.now().toISOString() };
        let corrected = false;
        if (patch.speakerName !== undefined) {
          next.speakerId = resolveSpeaker(state, tx, patch.speakerName, 'person').id;
        } else if (patch.speakerId !== undefined) next.speakerId = patch.speakerId;
        corrected ||= next.speakerId !== current.speakerId;
        if (patch.kind !== undefined) {
          corrected ||= patch.kind !== current.kind;
          next.kind = patch.kind;
        }
        if (body !== null) {
          next.start = patch.start ?? current.start;
          next.end = patch.end ?? current.end;
          checkSpan(body, next.start, next.end);
          next.quote = ownCopy(body.slice(next.start, next.end));
          next.context = sentenceAround(body, next.start, next.end);
          corrected ||= next.start !== current.start || next.end !== current.end;
        }
        if (patch.topicIds !== undefined) {
          next.topicIds = [...new Set(patch.topicIds)];
          const added = next.topicIds.filter((t) => !current.topicIds.includes(t));
          const removed = current.topicIds.filter((t) => !next.topicIds.includes(t));
          next.manualTopicIds = [...new Set([...(current.manualTopicIds ?? []), ...added])].filter(
            (t) => !removed.includes(t),
          );
          next.excludedTopicIds = [...new Set([...(current.excludedTopicIds ?? []), ...removed])].filter(
            (t) => !added.includes(t),
          );
        } else if (body !== null) {
          next.topicIds = createTopicMatcher(state.topicList).topicIdsFor(next);
        }
        if (patch.note !== undefined) next.note = patch.note;
        if (patch.status !== undefined) next.status = patch.status;
        else if (corrected) next.status = 'edited';
        tx.putStatement(next);
        return next;
      });
    },

    async deleteStatement(id) {
      state.requireStatement(id);
      await ctx.mutate('delete statement', (tx) => tx.removeStatement(id));
    },
  };
}
