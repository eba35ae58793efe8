export const projectRoot: string;
export function builtEntry(name: string): string;
export function isBuildFresh(name: string): boolean;
