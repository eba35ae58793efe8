import { Fragment } from 'react';
import { comboCaps, shortcut, type ShortcutId } from '../app/shortcuts';

/** The key caps of a shortcut, as defined in shortcuts.ts: every way to press it, only the first, or one. */
export function Keys({ id, first = false, combo }: { id: ShortcutId; first?: boolean; combo?: number }) {
  const s = shortcut(id);
  if (s.range && combo === undefined) {
    return (
      <>
        <kbd>{s.range[0]}</kbd>–<kbd>{s.range[1]}</kbd>
      </>
    );
  }
  const combos = combo !== undefined ? s.keys.slice(combo, combo + 1) : first ? s.keys.slice(0, 1) : s.keys;
  return (
    <>
      {combos.map((combo, i) => (
        <Fragment key={i}>
          {i > 0 && <span className="keys-or">or</span>}
          {comboCaps(combo).map((cap, j) => (
            <Fragment key={j}>
              {j > 0 && '+'}
              <kbd>{cap}</kbd>
            </Fragment>
          ))}
        </Fragment>
      ))}
    </>
  );
}

/** "J next · K previous · A accept …" for the hint lines beside a view. */
export function ShortcutHints({ ids }: { ids: ShortcutId[] }) {
  return (
    <>
      {ids.map((id, i) => (
        <Fragment key={id}>
          {i > 0 && ' · '}
          <Keys id={id} first /> {shortcut(id).hint ?? shortcut(id).label.toLowerCase()}
        </Fragment>
      ))}
    </>
  );
}
