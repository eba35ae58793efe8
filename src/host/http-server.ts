import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { WorkbenchApi, WorkbenchEvents } from '../shared/api';
import { dispatchCall } from '../shared/dispatch-call';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';

const MAX_BODY_BYTES = 400 * 1024 * 1024;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface HostServer {
  url: string;
  token: string;
  broadcast<E extends keyof WorkbenchEvents>(event: E, payload: WorkbenchEvents[E]): void;
  close(): Promise<void>;
}

/**
 * Browser-mode host on 127.0.0.1: serves the built renderer and POST /api/<method>. Calls must carry the
 * per-run token (given to the page in a meta tag) and a loopback Host header, so other web pages and
 * DNS-rebinding tricks cannot drive the library.
 */
export async function startHostServer(options: {
  api: () => WorkbenchApi;
  rendererDir: string;
  port?: number;
  /** When the port is taken, listen on any free one instead of failing. */
  fallbackToFreePort?: boolean;
}): Promise<HostServer> {
  const token = randomBytes(18).toString('base64url');
  const listeners = new Set<http.ServerResponse>();
  let port = options.port ?? 0;

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err) => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', `internal error: ${(err as Error).message}`);
      else res.end();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const host = req.headers.host ?? '';
    if (!/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(host)) return send(res, 403, 'text/plain', 'forbidden host');
    const url = new URL(req.url ?? '/', `http://${host}`);

    if (url.pathname === '/api/events') {
      if (url.searchParams.get('token') !== token) return send(res, 403, 'text/plain', 'bad token');
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      listeners.add(res);
      req.on('close', () => listeners.delete(res));
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, 'text/plain', 'POST only');
      if (req.headers['x-soundbite-token'] !== token) return send(res, 403, 'text/plain', 'bad token');
      const method = decodeURIComponent(url.pathname.slice(5));
      let args: unknown;
      try {
        args = JSON.parse((await readBody(req)).toString('utf8'));
      } catch (err) {
        return json(res, { ok: false, error: `bad request: ${(err as Error).message}` });
      }
      return json(res, await dispatchCall(options.api(), method, args));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'GET only');
    return serveStatic(url.pathname, res);
  }

  async function serveStatic(pathname: string, res: http.ServerResponse) {
    const root = path.resolve(options.rendererDir);
    const rel = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
    const file = path.resolve(root, rel);
    if (!file.startsWith(root + path.sep)) return send(res, 404, 'text/plain', 'not found');
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return send(res, 404, 'text/plain', 'not found');
    }
    if (rel === 'index.html') {
      body = Buffer.from(
        body.toString('utf8').replace('</head>', `<meta name="soundbite-token" content="${token}"></head>`),
        'utf8',
      );
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    res.end(body);
  }

  const listen = (p: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(p, '127.0.0.1', () => resolve());
    });
  try {
    await listen(port);
  } catch (err) {
    if (!options.fallbackToFreePort || (err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
    await listen(0);
  }
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    token,
    broadcast(event, payload) {
      const data = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
      for (const res of listeners) res.write(data);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of listeners) res.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function send(res: http.ServerResponse, status: number, type: string, body: string) {
  res.writeHead(status, { 'content-type': type });
  res.end(body);
}

function json(res: http.ServerResponse, value: unknown) {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(value));
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
