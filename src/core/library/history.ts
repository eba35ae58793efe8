import type { HistoryState } from '../../shared/api';
import type { Change } from './transaction';

const LIMIT = 200;

/** Undo and redo stacks for this session. A new change clears the redo stack. */
export class History {
  private readonly done: Change[] = [];
  private undone: Change[] = [];

  push(change: Change) {
    this.done.push(change);
    if (this.done.length > LIMIT) this.done.shift();
    this.undone = [];
  }

  takeUndo(): Change | undefined {
    const c = this.done.pop();
    if (c) this.undone.push(c);
    return c;
  }

  takeRedo(): Change | undefined {
    const c = this.undone.pop();
    if (c) this.done.push(c);
    return c;
  }

  describe(): HistoryState {
    const last = this.done[this.done.length - 1];
    const next = this.undone[this.undone.length - 1];
    return {
      canUndo: !!last,
      canRedo: !!next,
      undoLabel: last?.label ?? null,
      redoLabel: next?.label ?? null,
      depth: this.done.length,
    };
  }
}
