export const API_CHANNEL = 'soundbite:api';
export const EVENT_CHANNEL = 'soundbite:event';
/** Preload → main: a path the analyst dropped or chose (see src/node/path-grants.ts). */
export const GRANT_CHANNEL = 'soundbite:grant-path';
