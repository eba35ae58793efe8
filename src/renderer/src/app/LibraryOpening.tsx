import { useEffect, useState } from 'react';
import type { LibraryOpening as Opening } from '../../../shared/api';
import { api } from '../api/client';

/**
 * While the host opens a large library behind the window (seconds at a million statements), says how far it is;
 * the views' own loading states wait for their answers meanwhile. A failed open stays, as an alert.
 */
export function LibraryOpening() {
  const [opening, setOpening] = useState<Opening | null>(null);
  useEffect(() => api.on('libraryOpening', setOpening), []);
  if (!opening || (opening.done && !opening.error)) return null;
  if (opening.error)
    return (
      <p className="import-panel error" role="alert" data-testid="library-opening">
        The library could not be opened: {opening.error}
      </p>
    );
  const share = opening.of > 0 ? Math.floor((100 * opening.read) / opening.of) : 0;
  return (
    <div className="import-panel import-line library-opening" role="status" data-testid="library-opening">
      {opening.read < opening.of
        ? `Opening the library… ${opening.read.toLocaleString()} of ${opening.of.toLocaleString()} files read`
        : 'Opening the library… preparing the views'}
      <progress max={100} value={opening.read < opening.of ? share : undefined} aria-label="Opening the library" />
    </div>
  );
}
