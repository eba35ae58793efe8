/**
 * Salvage from a damaged library file: every complete, well-shaped article, statement, actor and topic that can
 * still be read, even from a file cut off half-way (a kill during a write by another program, a disk full, a
 * sync client's partial copy). Pure text scanning; nothing is written here.
 */
import type { Actor, ArticleMeta, Statement, Topic } from '../../shared/model';
import { isActor, isArticleMeta, isStatement, isTopic } from './document-shapes';

export interface Salvaged {
  articles: ArticleMeta[];
  statements: Statement[];
  actors: Actor[];
  topics: Topic[];
}

const LISTS = ['articles', 'statements', 'actors', 'topics'] as const;

/** The complete JSON values of the array that starts at `open` (a '['), up to the first incomplete one. */
function completeElements(text: string, open: number): unknown[] {
  const out: unknown[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (depth === 0) start = i;
      depth++;
    } else if (c === '}' || c === ']') {
      if (depth === 0) return out; // the array itself closed
      depth--;
      if (depth === 0 && start >= 0) {
        try {
          out.push(JSON.parse(text.slice(start, i + 1)));
        } catch {
          // a damaged element: skip it, keep scanning
        }
        start = -1;
      }
    }
  }
  return out;
}

function listsOf(text: string): Record<(typeof LISTS)[number], unknown[]> {
  try {
    const whole = JSON.parse(text) as Record<string, unknown>;
    const pick = (k: string) => (Array.isArray(whole?.[k]) ? (whole[k] as unknown[]) : []);
    return {
      articles: pick('articles'),
      statements: pick('statements'),
      actors: pick('actors'),
      topics: pick('topics'),
    };
  } catch {
    const found = { articles: [], statements: [], actors: [], topics: [] } as Record<(typeof LISTS)[number], unknown[]>;
    for (const key of LISTS) {
      const m = new RegExp(`"${key}"\\s*:\\s*\\[`).exec(text);
      if (m) found[key] = completeElements(text, m.index + m[0].length - 1);
    }
    return found;
  }
}

export function salvageDocument(text: string): Salvaged {
  const lists = listsOf(text);
  return {
    articles: lists.articles.filter(isArticleMeta),
    statements: lists.statements.filter(isStatement),
    actors: lists.actors.filter(isActor),
    topics: lists.topics.filter(isTopic),
  };
}
