import type { ReportModel, ReportOptions } from '../../shared/api';
import type { Filter } from '../../shared/model';
import { chartsFor } from '../query/charts';
import { filterStatements } from '../query/filter-statements';
import type { LibraryView } from '../query/library-view';

/** Pure data for the report page: the same model is printed by Electron, the HTTP host and the CLI. */
export function buildReport(view: LibraryView, filter: Filter, options: ReportOptions, now: Date): ReportModel {
  const statements = filterStatements(view, filter);
  const groups = new Map<string, ReportModel['groups'][number]>();
  for (const s of statements) {
    const actorId = s.speakerId ?? '';
    const actor = s.speakerId ? view.actor(s.speakerId) : undefined;
    let group = groups.get(actorId);
    if (!group) {
      group = { actorId, actorName: actor?.name ?? 'Unknown speaker', actorType: actor?.type ?? null, statements: [] };
      groups.set(actorId, group);
    }
    const article = view.article(s.articleId);
    group.statements.push({
      quote: s.quote,
      kind: s.kind,
      status: s.status,
      date: article?.date ?? null,
      source: article?.source ?? null,
      articleTitle: article?.title ?? '',
      topics: view
        .topics()
        .filter((t) => s.topicIds.includes(t.id))
        .map((t) => t.name),
      ...(s.note ? { note: s.note } : {}),
      ...(article?.note ? { articleNote: article.note } : {}),
      ...(article?.attestations?.length
        ? { alsoIn: article.attestations.map((x) => [x.source ?? 'unknown outlet', x.date ?? 'no date'].join(', ')) }
        : {}),
    });
  }
  const ordered = [...groups.values()].sort(
    (a, b) => b.statements.length - a.statements.length || a.actorName.localeCompare(b.actorName),
  );
  return {
    title: options.title?.trim() || 'Soundbite report',
    generatedAt: now.toISOString(),
    filterSummary: describeFilter(view, filter),
    charts: chartsFor(view, statements, filter),
    groups: ordered,
    totals: {
      statements: statements.length,
      actors: ordered.filter((g) => g.actorId).length,
      articles: new Set(statements.map((s) => s.articleId)).size,
    },
  };
}

export function describeFilter(view: LibraryView, filter: Filter): string[] {
  const lines: string[] = [];
  const names = (ids: string[] | undefined, lookup: (id: string) => string | undefined) =>
    (ids ?? []).map((id) => lookup(id) ?? id).join(', ');
  if (filter.actorIds?.length) lines.push(`Actors: ${names(filter.actorIds, (id) => view.actor(id)?.name)}`);
  if (filter.topicIds?.length)
    lines.push(`Topics: ${names(filter.topicIds, (id) => view.topics().find((t) => t.id === id)?.name)}`);
  if (filter.sources?.length) lines.push(`Sources: ${filter.sources.join(', ')}`);
  if (filter.from || filter.to) lines.push(`Dates: ${filter.from ?? 'any'} to ${filter.to ?? 'any'}`);
  if (filter.kinds?.length) lines.push(`Kinds: ${filter.kinds.join(', ')}`);
  if (filter.statuses?.length) lines.push(`Review states: ${filter.statuses.join(', ')}`);
  else lines.push('Review states: suggested, accepted, edited (rejected left out)');
  if (filter.text?.trim()) lines.push(`Quote contains: "${filter.text.trim()}"`);
  if (lines.length === 1) lines.unshift('All statements in the library');
  return lines;
}
