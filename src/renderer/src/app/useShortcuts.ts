import { useEffect, useLayoutEffect, useRef } from 'react';
import { isTyping, matchedCombo, shortcut, shortcutIds, type ShortcutId, type ShortcutScope } from './shortcuts';

/** Runs with the event and the index of the combo pressed (the topic number for 1–9). */
export type ShortcutHandler = (e: KeyboardEvent, combo: number) => void;

function modalOpen(): boolean {
  return document.querySelector('dialog[open], [aria-modal="true"]') !== null;
}

/**
 * Listens on the window for the keys of a scope's shortcuts (see shortcuts.ts) and runs the handler given for
 * each. Keys typed into a text field, and keys pressed while a modal dialog is open, are left alone.
 */
export function useShortcuts(scope: ShortcutScope, handlers: Partial<Record<ShortcutId, ShortcutHandler>>): void {
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const ids = shortcutIds(scope);
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || modalOpen()) return;
      const typing = isTyping(e.target);
      for (const id of ids) {
        const run = latest.current[id];
        const combo = run ? matchedCombo(id, e) : -1;
        if (!run || combo < 0 || (typing && !shortcut(id).keys[combo]!.whileTyping)) continue;
        e.preventDefault();
        run(e, combo);
        return;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [scope]);
}
