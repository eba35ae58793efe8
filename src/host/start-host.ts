import path from 'node:path';
import { createChromiumPrinter } from '../node/chromium-printer';
import { composeWorkbenchBehind, type ComposedWorkbench, type LibraryAccess } from '../node/compose-workbench';
import { projectRoot } from '../node/paths';
import { startHostServer, type HostServer } from './http-server';

export interface RunningHost {
  server: HostServer;
  workbench: ComposedWorkbench;
  stop(): Promise<void>;
}

/** The browser-mode host: one workbench over dataDir, the built renderer, and Chromium for PDF export. */
export async function startHost(options: {
  dataDir: string;
  port?: number;
  fallbackToFreePort?: boolean;
  rendererDir?: string;
  /** 'write' (default) refuses to start while another process writes the library. */
  access?: LibraryAccess;
  app?: string;
  /** Start Chromium at once, while the library opens (the CLI's report command prints right away). */
  warmPrinter?: boolean;
  /**
   * Called once the server listens, before the library is open (a large one takes seconds): the page can be opened
   * then, shows the open's progress, and its calls are answered when the library is ready. `readOnly` is known.
   */
  onListening?: (server: HostServer, readOnly: boolean) => void;
}): Promise<RunningHost> {
  const root = projectRoot();
  let server: HostServer | null = null;
  const printer = createChromiumPrinter(() => server!.url);
  if (options.warmPrinter) printer.warm();
  const behind = await composeWorkbenchBehind({
    dataDir: options.dataDir,
    resourcesDir: path.join(root, 'resources'),
    allowPaths: false,
    access: options.access ?? 'write',
    app: options.app ?? 'Soundbite browser mode',
    emit: (event, payload) => server?.broadcast(event, payload),
    printReport: (filter, opts) => printer.print(filter, opts),
    warmUp: true,
  });
  server = await startHostServer({
    api: () => behind.api,
    rendererDir: options.rendererDir ?? path.join(root, 'out', 'renderer'),
    ...(options.port !== undefined ? { port: options.port } : {}),
    ...(options.fallbackToFreePort ? { fallbackToFreePort: true } : {}),
  });
  const running = server;
  options.onListening?.(running, behind.readOnly);
  let workbench: ComposedWorkbench;
  try {
    workbench = await behind.ready;
  } catch (err) {
    await printer.close();
    await running.close();
    throw err;
  }
  return {
    server: running,
    workbench,
    async stop() {
      await printer.close();
      await running.close();
      await workbench.close();
    },
  };
}
