import { useEffect, useState } from 'react';

export type Route =
  | { view: 'library' }
  | { view: 'article'; id: string; statementId: string | null }
  | { view: 'review' }
  | { view: 'timeline' }
  | { view: 'charts' }
  | { view: 'actors' }
  | { view: 'topics' }
  | { view: 'health' }
  | { view: 'report'; params: URLSearchParams }
  | { view: 'report-builder' };

export function parseRoute(hash: string): Route {
  const [pathPart = '', query = ''] = hash.replace(/^#/, '').split('?');
  const parts = pathPart.split('/').filter(Boolean);
  const params = new URLSearchParams(query);
  switch (parts[0]) {
    case 'article':
      return parts[1]
        ? { view: 'article', id: decodeURIComponent(parts[1]), statementId: params.get('s') }
        : { view: 'library' };
    case 'review':
      return { view: 'review' };
    case 'timeline':
      return { view: 'timeline' };
    case 'charts':
      return { view: 'charts' };
    case 'actors':
      return { view: 'actors' };
    case 'topics':
      return { view: 'topics' };
    case 'health':
      return { view: 'health' };
    case 'report':
      return { view: 'report', params };
    case 'report-builder':
      return { view: 'report-builder' };
    default:
      return { view: 'library' };
  }
}

export function articleHref(id: string, statementId?: string): string {
  return `#/article/${encodeURIComponent(id)}${statementId ? `?s=${encodeURIComponent(statementId)}` : ''}`;
}

export function navigate(hash: string): void {
  window.location.hash = hash;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
