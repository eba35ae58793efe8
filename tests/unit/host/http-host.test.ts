import { mkdir, writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHostServer, type HostServer } from '../../../src/host/http-server';
import { appAddress } from '../../../src/node/host-tokens';
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

interface Answer {
  status: number;
  /** Status line, headers and body together: everything a client gets back. */
  all: string;
  body: string;
}

/** One request exactly as given (fetch would normalise the path), with the loopback Host header unless told otherwise. */
function request(
  target: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  const { hostname, port } = new URL(host.url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { hostname, port, path: target, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: res.statusCode ?? 0,
            body,
            all: `${res.statusCode} ${JSON.stringify(res.headers)} ${body}`,
          });
        });
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const call = (method: string, args: unknown, headers: Record<string, string> = {}) =>
  request(`/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-soundbite-token': host.token, ...headers },
    body: JSON.stringify(args),
  });
const value = <T>(answer: Answer) => JSON.parse(answer.body) as T;

describe('the token', () => {
  it('is in no answer to a request without it: page, assets, errors, events', async () => {
    const answers = await Promise.all([
      request('/'),
      request('/index.html'),
      request('/assets/app.js'),
      request('/missing.js'),
      request('/%'),
      request('/api/events'),
      request('/api/events?token=wrong'),
      request('/api/listArticles'),
      request('/api/listArticles', { method: 'POST', body: '[]' }),
      request('/', { headers: { origin: 'http://evil.example' } }),
      request('/', { headers: { host: 'evil.example' } }),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 404, 400, 403, 403, 405, 403, 403, 403]);
    for (const a of answers) expect(a.all).not.toContain(host.token);
  });

  it('travels in the fragment of the printed address, which in-process clients can rebuild', async () => {
    expect(host.appUrl).toBe(`${host.url}/#token=${host.token}`);
    expect(appAddress(host.url)).toBe(host.appUrl);
    expect(appAddress(`${host.url}/`, '/report?filter=%7B%7D')).toBe(
      `${host.url}/#/report?filter=%7B%7D&token=${host.token}`,
    );
  });

  it('is served with a strict CSP, and the page is the file on disk', async () => {
    const page = await request('/');
    expect(page.body).toBe('<html><head><title>t</title></head><body></body></html>');
    expect(page.all).toContain("script-src 'self'");
    expect(page.all).toContain("frame-ancestors 'none'");
  });
});

describe('requests the host refuses', () => {
  it('refuses API calls without the right token', async () => {
    expect((await call('listArticles', [], { 'x-soundbite-token': '' })).status).toBe(403);
    expect((await call('listArticles', [], { 'x-soundbite-token': 'wrong' })).status).toBe(403);
    expect((await call('listArticles', [], { 'x-soundbite-token': `${host.token}x` })).status).toBe(403);
  });

  it('refuses foreign Origin and Host headers, even with the token', async () => {
    for (const origin of ['http://evil.example', 'null', 'http://127.0.0.1:1', 'https://127.0.0.1']) {
      expect((await call('listArticles', [], { origin })).status).toBe(403);
    }
    expect((await call('listArticles', [], { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    for (const h of ['evil.example:80', '127.0.0.1.evil.example', `127.0.0.1:${Number(new URL(host.url).port) + 1}`]) {
      expect((await call('listArticles', [], { host: h })).status).toBe(403);
    }
    const own = await call('listArticles', [], { origin: host.url, 'sec-fetch-site': 'same-origin' });
    expect(value<{ ok: boolean }>(own).ok).toBe(true);
    const byName = await call('listArticles', [], {
      host: `localhost:${new URL(host.url).port}`,
      origin: host.url.replace('127.0.0.1', 'localhost'),
    });
    expect(byName.status).toBe(200);
  });

  it('keeps the API POST-only, with no side effects over GET', async () => {
    const articles = async () =>
      value<{ value: { articles: number } }>(await call('getLibraryInfo', [])).value.articles;
    const before = await articles();
    expect((await request('/api/loadDemoLibrary', { headers: { 'x-soundbite-token': host.token } })).status).toBe(405);
    expect(
      (await request('/api/listArticles', { method: 'HEAD', headers: { 'x-soundbite-token': host.token } })).status,
    ).toBe(405);
    expect((await request('/api/events', { method: 'POST', body: '' })).status).toBe(405);
    expect((await request('/', { method: 'POST', body: '' })).status).toBe(405);
    expect(await articles()).toBe(before);
  });

  it('answers malformed targets with 400', async () => {
    for (const target of ['/%', '/%zz', '/assets/%E0%A4%A', '/api/%', '/%00', 'http://evil.example/']) {
      expect((await request(target)).status, target).toBe(400);
    }
    expect((await call('%', [])).status).toBe(400);
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const target of [
      '/../../../../etc/passwd',
      '/..%2f..%2f..%2f..%2fetc%2fpasswd',
      '/assets/..%2f..%2f..%2fetc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '//etc/passwd',
      '/assets',
    ]) {
      const answer = await request(target);
      expect([403, 404], target).toContain(answer.status);
      expect(answer.body).not.toContain('root:');
    }
  });
});

describe('the API over real HTTP', () => {
  it('answers calls with Result values', async () => {
    const reply = value<{ ok: boolean; value: { articles: number } }>(await call('getLibraryInfo', []));
    expect(reply).toMatchObject({ ok: true, value: { articles: 0 } });
  });

  it('validates every argument and names the problem', async () => {
    const bad = value<{ ok: boolean; error: string }>(await call('queryTimeline', [{ from: 'yesterday' }]));
    expect(bad.ok).toBe(false);
    expect(bad.error).toMatch(/invalid arguments for queryTimeline at 0\.from/);
    const extra = value<{ ok: boolean; error: string }>(await call('queryTimeline', [{ evil: true }]));
    expect(extra.ok).toBe(false);
    const unknown = value<{ ok: boolean; error: string }>(await call('dropTables', []));
    expect(unknown.error).toMatch(/unknown method/);
    const notJson = await request('/api/listArticles', {
      method: 'POST',
      headers: { 'x-soundbite-token': host.token },
      body: '{',
    });
    expect(value<{ ok: boolean }>(notJson).ok).toBe(false);
  });

  it('refuses file paths', async () => {
    const paths = value<{ value: { failed: number; files: Array<{ message: string }> } }>(
      await call('importFiles', [{ jobId: 'j1', items: [{ kind: 'path', path: '/etc/passwd' }] }]),
    );
    expect(paths.value.failed).toBe(1);
    expect(paths.value.files[0]!.message).toMatch(/not paths/);
  });

  it('imports uploaded bytes and pushes progress events', async () => {
    let received = '';
    // Resolves once the stream has delivered text that passes the test: events are awaited, never slept for.
    let waiting: { test: (text: string) => boolean; resolve: () => void } | null = null;
    const arrived = (test: (text: string) => boolean) =>
      new Promise<void>((resolve) => {
        if (test(received)) resolve();
        else waiting = { test, resolve };
      });
    const controller = new AbortController();
    const stream = fetch(`${host.url}/api/events?token=${host.token}`, { signal: controller.signal }).then(
      async (res) => {
        const reader = res.body!.getReader();
        for (;;) {
          const { value: chunk, done } = await reader.read();
          if (done) break;
          received += new TextDecoder().decode(chunk);
          if (waiting?.test(received)) {
            waiting.resolve();
            waiting = null;
          }
        }
      },
    );
    await arrived((text) => text.includes(': connected'));
    const text =
      'date 2025-04-01 Kestria Broadcast Service - Brenner on tariffs\n\n“Tariffs hurt everyone,” Foreign Minister Tomas Brenner said.\n';
    const reply = value<{ value: { imported: number } }>(
      await call('importFiles', [
        { jobId: 'j2', items: [{ kind: 'bytes', name: 'brenner.txt', base64: Buffer.from(text).toString('base64') }] },
      ]),
    );
    expect(reply.value.imported).toBe(1);
    await arrived((t) => t.includes('event: importProgress') && t.includes('"jobId":"j2"'));
    controller.abort();
    await stream.catch(() => undefined);
    expect(received).toContain('event: importProgress');
    expect(received).not.toContain(host.token);
  });
});

describe('port choice', () => {
  it('falls back to a free port when the wanted one is taken, and fails clearly when asked not to', async () => {
    const taken = Number(new URL(host.url).port);
    const other = await startHostServer({
      api: () => wb,
      rendererDir: renderer,
      port: taken,
      fallbackToFreePort: true,
    });
    expect(other.url).not.toBe(host.url);
    expect(other.token).not.toBe(host.token);
    expect(appAddress(other.url)).toBe(other.appUrl);
    await other.close();
    expect(() => appAddress(other.url)).toThrow(/no Soundbite host/);
    await expect(startHostServer({ api: () => wb, rendererDir: renderer, port: taken })).rejects.toThrow(/EADDRINUSE/);
  });
});
