import { useCallback, useEffect } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { isTyping } from '../../app/shortcuts';
import { useShortcuts } from '../../app/useShortcuts';
import { errorText, useNotice } from '../../components/Notice';

/** Undo/redo for every edit of the session, by the keys of shortcuts.ts everywhere, or from the desktop menu. */
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
  useShortcuts('everywhere', { undo: () => void run('undo'), redo: () => void run('redo') });
  useEffect(() => {
    // The desktop menu sends these instead of key events; in a text field they edit the text.
    const fromMenu = (direction: 'undo' | 'redo') => () => {
      if (isTyping(document.activeElement)) document.execCommand(direction);
      else void run(direction);
    };
    const menuUndo = fromMenu('undo');
    const menuRedo = fromMenu('redo');
    window.addEventListener('soundbite:undo', menuUndo);
    window.addEventListener('soundbite:redo', menuRedo);
    return () => {
      window.removeEventListener('soundbite:undo', menuUndo);
      window.removeEventListener('soundbite:redo', menuRedo);
    };
  }, [run]);
  return { state: history.data, undo: () => run('undo'), redo: () => run('redo') };
}
