import { shortcutText } from '../../app/shortcuts';
import { useHistory } from './useHistory';

export function UndoButtons() {
  const { state, undo, redo } = useHistory();
  return (
    <div className="undo-buttons">
      <button
        type="button"
        className="ghost"
        disabled={!state?.canUndo}
        onClick={() => void undo()}
        title={state?.undoLabel ? `Undo ${state.undoLabel} (${shortcutText('undo')})` : 'Nothing to undo'}
        data-testid="undo"
      >
        ↶ Undo
      </button>
      <button
        type="button"
        className="ghost"
        disabled={!state?.canRedo}
        onClick={() => void redo()}
        title={state?.redoLabel ? `Redo ${state.redoLabel} (${shortcutText('redo')})` : 'Nothing to redo'}
        data-testid="redo"
      >
        ↷ Redo
      </button>
    </div>
  );
}
