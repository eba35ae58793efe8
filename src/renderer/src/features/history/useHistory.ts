import { useCallback, useEffect } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { errorText, useNotice } from '../../components/Notice';

export function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

/** Undo/redo for every edit of the session, with Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (or Ctrl+Y) everywhere. */
export function useHistory() {
  const history = useApi(() => api.getHistory(), []);
  const { notify } = useNotice();
  const run = useCallback(
    async (direction: 'undo' | 'redo') => {
      const label = direction === 'undo' ? history.data?.undoLabel : history.data?.redoLabel;
      try {
        await (direction === 'undo' ? api.undo() : api.redo());
        notify(`${direction === 'undo' ? 'Undone' : 'Redone'}: ${label ?? 'last change'}`);
      } catch (err) {
        notify(errorText(err), 'error');
      }
    },
    [history.data, notify],
  );
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || isTyping(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        void run('undo');
      } else if ((key === 'z' && e.shiftKey) || key === 'y') {
        e.preventDefault();
        void run('redo');
      }
    };
    // The desktop menu sends these instead of key events; in a text field they edit the text.
    const fromMenu = (direction: 'undo' | 'redo') => () => {
      if (isTyping(document.activeElement)) document.execCommand(direction);
      else void run(direction);
    };
    const menuUndo = fromMenu('undo');
    const menuRedo = fromMenu('redo');
    window.addEventListener('keydown', onKey);
    window.addEventListener('soundbite:undo', menuUndo);
    window.addEventListener('soundbite:redo', menuRedo);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('soundbite:undo', menuUndo);
      window.removeEventListener('soundbite:redo', menuRedo);
    };
  }, [run]);
  return { state: history.data, undo: () => run('undo'), redo: () => run('redo') };
}
