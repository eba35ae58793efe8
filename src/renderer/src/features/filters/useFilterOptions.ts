/** Actors, topics and library facts that the filter bar offers, and each actor's stable colour index. */
import { useMemo } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';

export function useFilterOptions() {
  const actors = useApi(() => api.listActors(), [], ['actors', 'statements']);
  const topics = useApi(() => api.listTopics(), [], ['topics']);
  const info = useApi(() => api.getLibraryInfo(), [], ['articles', 'statements', 'actors', 'health']);
  const colourIndex = useMemo(() => actorColourIndex(actors.data ?? []), [actors.data]);
  return { actors: actors.data ?? [], topics: topics.data ?? [], info: info.data, colourIndex };
}

/** Rank in the whole library (most quoted first, then id): the same actor keeps its colour in every view. */
export function actorColourIndex(actors: Array<{ id: string; statementCount: number }>): Map<string, number> {
  const ranked = [...actors].sort((a, b) => b.statementCount - a.statementCount || a.id.localeCompare(b.id));
  return new Map(ranked.map((a, i) => [a.id, i]));
}
