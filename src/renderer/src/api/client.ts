import type { DesktopBridge, WorkbenchClient } from '../../../shared/api';
import { createHttpClient } from './http-client';

declare global {
  interface Window {
    workbench?: WorkbenchClient;
    soundbiteDesktop?: DesktopBridge;
  }
}

/** The preload's client in Electron, the HTTP client in browser mode: the UI cannot tell them apart. */
export const api: WorkbenchClient = window.workbench ?? createHttpClient();
export const desktop: DesktopBridge | null = window.soundbiteDesktop ?? null;
