import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';
import type { HostServer } from '../../../src/host/http-server';
import { startHost, type RunningHost } from '../../../src/host/start-host';

export const SHARED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared');
export const SEED = path.join(SHARED, 'samples', 'seed-article.txt');

/**
 * Each test gets its own browser-mode host over a fresh lowdb library in a temp folder, and a page that has been
 * opened once with the address the host prints: its tab holds the access key, so specs go to host.server.url and
 * its routes like a person who keeps using the tab.
 */
export const test = base.extend<{ host: RunningHost & { dataDir: string } }>({
  host: async ({}, use) => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'soundbite-e2e-'));
    const host = await startHost({ dataDir });
    await use(Object.assign(host, { dataDir }));
    await host.stop();
    await rm(dataDir, { recursive: true, force: true });
  },
  page: async ({ page, host }, use) => {
    await openPrintedAddress(page, host.server);
    await use(page);
  },
});
export { expect };

/** Opens the address the host prints, and waits until the page has taken the key out of the address bar. */
export async function openPrintedAddress(page: Page, server: HostServer): Promise<void> {
  await page.goto(server.appUrl);
  await expect(page).toHaveURL(`${server.url}/`);
}

export interface DroppedFile {
  name: string;
  /** Text content, or base64 when binary is true. */
  content: string;
  binary?: boolean;
  type?: string;
}

/** Simulates dropping files from the desktop onto the window, with a real DataTransfer of real File objects. */
export async function dropFiles(page: Page, files: DroppedFile[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) {
      const bytes = f.binary
        ? Uint8Array.from(atob(f.content), (c) => c.charCodeAt(0))
        : new TextEncoder().encode(f.content);
      dt.items.add(new File([bytes], f.name, { type: f.type ?? 'text/plain' }));
    }
    return dt;
  }, files);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
}

export async function seedFile(): Promise<DroppedFile> {
  return { name: 'seed-article.txt', content: await readFile(SEED, 'utf8') };
}

/** Text of a PDF, via pdf.js, with whitespace folded so line breaks do not split phrases. */
export async function pdfText(file: string): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(await readFile(file)), useSystemFonts: true }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ') + '\n';
  }
  await doc.destroy();
  return text.replace(/\s+/g, ' ');
}
