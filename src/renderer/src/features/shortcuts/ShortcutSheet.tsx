import { Fragment, useEffect, useId, useRef, useState } from 'react';
import { SCOPE_TITLES, shortcut, shortcutIds, type ShortcutScope } from '../../app/shortcuts';
import { useShortcuts } from '../../app/useShortcuts';
import { Keys } from '../../components/Keys';

const ORDER: ShortcutScope[] = ['everywhere', 'article', 'review', 'search'];

/** `?` (or the sidebar button) lists every shortcut, straight from the table the key handlers use. */
export function ShortcutSheet() {
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useShortcuts('everywhere', { help: () => setOpen(true) });
  useEffect(() => {
    const show = () => setOpen(true);
    const hide = () => setOpen(false);
    window.addEventListener('soundbite:shortcuts', show);
    window.addEventListener('hashchange', hide);
    return () => {
      window.removeEventListener('soundbite:shortcuts', show);
      window.removeEventListener('hashchange', hide);
    };
  }, []);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="sheet"
      aria-labelledby={titleId}
      data-testid="shortcut-sheet"
      onClose={() => setOpen(false)}
      onClick={(e) => e.target === dialog.current && setOpen(false)}
    >
      {open && (
        <>
          <header className="sheet-head">
            <h2 id={titleId}>Keyboard shortcuts</h2>
            <div className="spacer" />
            <button type="button" className="secondary" onClick={() => setOpen(false)} autoFocus>
              Close
            </button>
          </header>
          <div className="sheet-body">
            {ORDER.map((scope) => (
              <section key={scope} aria-label={SCOPE_TITLES[scope]}>
                <h3>{SCOPE_TITLES[scope]}</h3>
                <dl>
                  {shortcutIds(scope).map((id) => (
                    <Fragment key={id}>
                      <dt>
                        <Keys id={id} />
                      </dt>
                      <dd>{shortcut(id).label}</dd>
                    </Fragment>
                  ))}
                </dl>
              </section>
            ))}
          </div>
        </>
      )}
    </dialog>
  );
}
