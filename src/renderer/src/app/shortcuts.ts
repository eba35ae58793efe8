/**
 * Every keyboard shortcut of the app, as data. Key handlers find their keys here (useShortcuts), and the inline
 * hints, the key caps on buttons and the `?` sheet are drawn from the same entries, so they cannot disagree.
 */

export interface KeyCombo {
  /** KeyboardEvent.key; letters in lower case. */
  key: string;
  /** Ctrl, or Cmd on a Mac. */
  mod?: boolean;
  /** Checked for letters only: for other keys Shift already changes the key ('/' and '?', ',' and '<'). */
  shift?: boolean;
  /** Also fires while a text field has focus. */
  whileTyping?: boolean;
}

export type ShortcutScope = 'everywhere' | 'article' | 'review' | 'search';

export interface Shortcut {
  scope: ShortcutScope;
  keys: KeyCombo[];
  /** What the sheet says it does. */
  label: string;
  /** The word or two of the inline hints beside a view. */
  hint?: string;
  /** Shown as a range of keys ("1–9") instead of listing every combo. */
  range?: [string, string];
}

export const SCOPE_TITLES: Record<ShortcutScope, string> = {
  everywhere: 'Everywhere',
  article: 'Article',
  review: 'Review queue',
  search: 'Search dialog',
};

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

export const SHORTCUTS = {
  'search.open': {
    scope: 'everywhere',
    keys: [{ key: 'k', mod: true, whileTyping: true }, { key: '/' }],
    label: 'Search statements, notes and articles',
  },
  help: { scope: 'everywhere', keys: [{ key: '?' }], label: 'Show these shortcuts' },
  undo: { scope: 'everywhere', keys: [{ key: 'z', mod: true }], label: 'Undo the last change' },
  redo: {
    scope: 'everywhere',
    keys: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', mod: true },
    ],
    label: 'Redo',
  },

  'article.next': { scope: 'article', keys: [{ key: 'j' }], label: 'Next statement', hint: 'next' },
  'article.previous': { scope: 'article', keys: [{ key: 'k' }], label: 'Previous statement', hint: 'previous' },
  'article.open': {
    scope: 'article',
    keys: [{ key: 'Enter' }],
    label: 'Review the highlighted statement that has focus',
  },
  'article.accept': { scope: 'article', keys: [{ key: 'a' }], label: 'Accept the statement', hint: 'accept' },
  'article.reject': { scope: 'article', keys: [{ key: 'x' }], label: 'Reject the statement', hint: 'reject' },
  'article.speaker': { scope: 'article', keys: [{ key: 's' }], label: 'Change the speaker', hint: 'speaker' },
  'article.endEarlier': {
    scope: 'article',
    keys: [{ key: ',' }],
    label: 'End the statement one word earlier',
    hint: 'end −1 word',
  },
  'article.endLater': {
    scope: 'article',
    keys: [{ key: '.' }],
    label: 'End the statement one word later',
    hint: 'end +1 word',
  },
  'article.startEarlier': {
    scope: 'article',
    keys: [{ key: '<' }],
    label: 'Start the statement one word earlier',
    hint: 'start −1 word',
  },
  'article.startLater': {
    scope: 'article',
    keys: [{ key: '>' }],
    label: 'Start the statement one word later',
    hint: 'start +1 word',
  },
  'article.newStatement': {
    scope: 'article',
    keys: [{ key: 'n' }],
    label: 'Make a statement of the selected text',
    hint: 'new statement from the selection',
  },
  'article.close': { scope: 'article', keys: [{ key: 'Escape' }], label: 'Close the statement panel' },

  'review.next': { scope: 'review', keys: [{ key: 'j' }, { key: 'ArrowDown' }], label: 'Next statement', hint: 'next' },
  'review.previous': {
    scope: 'review',
    keys: [{ key: 'k' }, { key: 'ArrowUp' }],
    label: 'Previous statement',
    hint: 'previous',
  },
  'review.accept': { scope: 'review', keys: [{ key: 'a' }], label: 'Accept', hint: 'accept' },
  'review.reject': { scope: 'review', keys: [{ key: 'x' }], label: 'Reject', hint: 'reject' },
  'review.speaker': { scope: 'review', keys: [{ key: 's' }], label: 'Change the speaker', hint: 'speaker' },
  'review.note': { scope: 'review', keys: [{ key: 'e' }], label: 'Write a note', hint: 'note' },
  'review.topics': { scope: 'review', keys: [{ key: 't' }], label: 'Move to the topic boxes' },
  'review.toggleTopic': {
    scope: 'review',
    keys: DIGITS.map((key) => ({ key })),
    label: 'Tick or untick topic 1 to 9',
    hint: 'topics',
    range: ['1', '9'],
  },
  'review.open': { scope: 'review', keys: [{ key: 'Enter' }], label: 'Open the statement in its article' },
  'review.undo': { scope: 'review', keys: [{ key: 'z' }], label: 'Undo', hint: 'undo' },
  'review.redo': { scope: 'review', keys: [{ key: 'z', shift: true }], label: 'Redo', hint: 'redo' },

  'search.next': { scope: 'search', keys: [{ key: 'ArrowDown', whileTyping: true }], label: 'Next result' },
  'search.previous': { scope: 'search', keys: [{ key: 'ArrowUp', whileTyping: true }], label: 'Previous result' },
  'search.go': { scope: 'search', keys: [{ key: 'Enter', whileTyping: true }], label: 'Open the result' },
  'search.close': { scope: 'search', keys: [{ key: 'Escape', whileTyping: true }], label: 'Close the search' },
} satisfies Record<string, Shortcut>;

export type ShortcutId = keyof typeof SHORTCUTS;

export function shortcut(id: ShortcutId): Shortcut {
  return SHORTCUTS[id];
}

export function shortcutIds(scope: ShortcutScope): ShortcutId[] {
  return (Object.keys(SHORTCUTS) as ShortcutId[]).filter((id) => shortcut(id).scope === scope);
}

export function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

export function comboMatches(
  combo: KeyCombo,
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
): boolean {
  if (e.altKey || !!combo.mod !== (e.ctrlKey || e.metaKey)) return false;
  if (/^[a-z]$/.test(combo.key)) return e.key.toLowerCase() === combo.key && !!combo.shift === e.shiftKey;
  return e.key === combo.key;
}

/** Index of the combo of the shortcut that the event presses, or -1. */
export function matchedCombo(id: ShortcutId, e: Parameters<typeof comboMatches>[1]): number {
  return shortcut(id).keys.findIndex((combo) => comboMatches(combo, e));
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);
const KEY_NAMES: Record<string, string> = { ArrowDown: '↓', ArrowUp: '↑', Escape: 'Esc', ' ': 'Space' };

export function comboCaps(combo: KeyCombo): string[] {
  const key = KEY_NAMES[combo.key] ?? (combo.key.length === 1 ? combo.key.toUpperCase() : combo.key);
  return [...(combo.mod ? [isMac ? '⌘' : 'Ctrl'] : []), ...(combo.shift ? ['Shift'] : []), key];
}

/** "Ctrl+K or /", for titles and notices. */
export function shortcutText(id: ShortcutId): string {
  const s = shortcut(id);
  if (s.range) return s.range.join('–');
  return s.keys.map((k) => comboCaps(k).join('+')).join(' or ');
}
