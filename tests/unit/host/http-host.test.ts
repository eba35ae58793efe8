import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHostServer, type HostServer } from '../../../src/host/http-server';
import type { Workbench } from '../../../src/core/library/service';
import { openWorkbench, removeDir, tempDir } from '../../helpers/temp-library';

let dir: string;
let renderer: string;
let wb: Workbench;
let host: HostServer;

beforeAll(async () => {
  dir = await tempDir();
  renderer = await tempDir('soundbite-renderer-');
  await mkdir(path.join(renderer, 'assets'));
  await writeFile(path.join(renderer, 'index.html'), '<html><head><title>t</title></head><body></body></html>');
  await writeFile(path.join(renderer, 'assets', 'app.js'), 'console.log(1)');
  wb = await openWorkbench(dir, { emit: (event, payload) => host.broadcast(event, payload) }, false);
  host = await startHostServer({ api: () => wb, rendererDir: renderer });
});
afterAll(async () => {
  await host.close();
  await removeDir(dir);
  await removeDir(renderer);
});

const call = (method: string, args: unknown, headers: Record<string, string> = {}) =>
  fetch(`${host.url}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-soundbite-token': host.token, ...headers },
    body: JSON.stringify(args),
  });

describe('HTTP host over real HTTP', () => {
  it('serves the renderer with the token and a strict CSP', async () => {
    const res = await fetch(`${host.url}/`);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await res.text()).toContain(`<meta name="soundbite-token" content="${host.token}">`);
    expect((await fetch(`${host.url}/assets/app.js`)).status).toBe(200);
    expect((await fetch(`${host.url}/..%2f..%2fetc/passwd`)).status).toBe(404);
  });

  it('answers API calls with Result values', async () => {
    const reply = (await (await call('getLibraryInfo', [])).json()) as { ok: boolean; value: { articles: number } };
    expect(reply).toMatchObject({ ok: true, value: { articles: 0 } });
  });

  it('validates every argument and names the problem', async () => {
    const bad = (await (await call('queryTimeline', [{ from: 'yesterday' }])).json()) as { ok: boolean; error: string };
    expect(bad.ok).toBe(false);
    expect(bad.error).toMatch(/invalid arguments for queryTimeline at 0\.from/);
    const extra = (await (await call('queryTimeline', [{ evil: true }])).json()) as { ok: boolean; error: string };
    expect(extra.ok).toBe(false);
    const unknown = (await (await call('dropTables', [])).json()) as { ok: boolean; error: string };
    expect(unknown.error).toMatch(/unknown method/);
    const notJson = await fetch(`${host.url}/api/listArticles`, {
      method: 'POST',
      headers: { 'x-soundbite-token': host.token },
      body: '{',
    });
    expect(((await notJson.json()) as { ok: boolean }).ok).toBe(false);
  });

  it('refuses file paths, calls without the token, and foreign Host headers', async () => {
    const paths = (await (await call('importFiles', [{ jobId: 'j1', items: [{ kind: 'path', path: '/etc/passwd' }] }])).json()) as {
      ok: boolean;
      value: { failed: number; files: Array<{ message: string }> };
    };
    expect(paths.value.failed).toBe(1);
    expect(paths.value.files[0]!.message).toMatch(/not paths/);
    expect((await call('listArticles', [], { 'x-soundbite-token': 'wrong' })).status).toBe(403);
    const rebound = await new Promise<number>((resolve, reject) => {
      import('node:http').then(({ request }) => {
        const req = request(`${host.url}/api/listArticles`, { method: 'POST', headers: { host: 'evil.example:80', 'x-soundbite-token': host.token } }, (res) =>
          resolve(res.statusCode ?? 0),
        );
        req.on('error', reject);
        req.end('[]');
      }, reject);
    });
    expect(rebound).toBe(403);
  });

  it('imports uploaded bytes and pushes progress events', async () => {
    const events: string[] = [];
    const controller = new AbortController();
    const stream = fetch(`${host.url}/api/events?token=${host.token}`, { signal: controller.signal }).then(async (res) => {
      const reader = res.body!.getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        events.push(new TextDecoder().decode(value));
      }
    });
    await new Promise((r) => setTimeout(r, 100));
    const text = 'date 2025-04-01 Kestria Broadcast Service - Brenner on tariffs\n\n“Tariffs hurt everyone,” Foreign Minister Tomas Brenner said.\n';
    const reply = (await (
      await call('importFiles', [{ jobId: 'j2', items: [{ kind: 'bytes', name: 'brenner.txt', base64: Buffer.from(text).toString('base64') }] }])
    ).json()) as { ok: boolean; value: { imported: number } };
    expect(reply.value.imported).toBe(1);
    await new Promise((r) => setTimeout(r, 100));
    controller.abort();
    await stream.catch(() => undefined);
    expect(events.join('')).toContain('event: importProgress');
    expect(events.join('')).toContain('"jobId":"j2"');
  });
});

describe('port choice', () => {
  it('falls back to a free port when the wanted one is taken, and fails clearly when asked not to', async () => {
    const taken = Number(new URL(host.url).port);
    const other = await startHostServer({ api: () => wb, rendererDir: renderer, port: taken, fallbackToFreePort: true });
    expect(other.url).not.toBe(host.url);
    await other.close();
    await expect(startHostServer({ api: () => wb, rendererDir: renderer, port: taken })).rejects.toThrow(/EADDRINUSE/);
  });
});
