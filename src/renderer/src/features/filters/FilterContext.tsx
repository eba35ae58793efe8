import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Filter } from '../../../../shared/model';

const KEY = 'soundbite.filter';

interface FilterState {
  filter: Filter;
  setFilter: (next: Filter) => void;
}

const Ctx = createContext<FilterState | null>(null);

/** One filter shared by the timeline, the charts and report export, kept for the session. */
export function FilterProvider({ children }: { children: ReactNode }) {
  const [filter, setFilter] = useState<Filter>(() => {
    try {
      return JSON.parse(sessionStorage.getItem(KEY) ?? '{}') as Filter;
    } catch {
      return {};
    }
  });
  useEffect(() => sessionStorage.setItem(KEY, JSON.stringify(filter)), [filter]);
  return <Ctx.Provider value={{ filter, setFilter }}>{children}</Ctx.Provider>;
}

export function useFilter(): FilterState {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error('useFilter outside FilterProvider');
  return ctx;
}

export function isFilterEmpty(f: Filter): boolean {
  return !f.actorIds?.length && !f.topicIds?.length && !f.sources?.length && !f.from && !f.to && !f.text?.trim() && !f.kinds?.length && !f.statuses?.length;
}
