import { api } from '../../api/client';
import { useApi } from '../../api/useApi';

/** Actors, topics and library facts that the filter bar offers. */
export function useFilterOptions() {
  const actors = useApi(() => api.listActors(), []);
  const topics = useApi(() => api.listTopics(), []);
  const info = useApi(() => api.getLibraryInfo(), []);
  return { actors: actors.data ?? [], topics: topics.data ?? [], info: info.data };
}
