import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { rememberHostToken } from '../node/host-tokens';
import { hashWithToken } from '../shared/address-token';
import type { WorkbenchApi, WorkbenchEvents } from '../shared/api';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { dispatchCall } from '../shared/dispatch-call';
import { readStaticFile } from './static-files';

/**
 * Browser-mode host on 127.0.0.1.
 *
 *   every request       Host must be this loopback address and port, Origin (when sent) this origin: else 403;
 *                       a target that is not a path or does not decode: 400
 *   GET /api/events     server-sent events; token in ?token= (EventSource cannot send headers)
 *   POST /api/<method>  one WorkbenchApi call; token in x-soundbite-token, a custom header, so a cross-origin page
 *                       would need a CORS preflight, which it never gets
 *   GET /<file>         the built renderer as it is on disk (static-files.ts); no response ever holds the token
 *
 * The page learns the token only from the fragment of `appUrl` (src/shared/address-token.ts), which the person
 * who started the host gets printed; in-process clients look it up in src/node/host-tokens.ts.
 */

const MAX_BODY_BYTES = 400 * 1024 * 1024;
const STATE_EVENTS = new Set<keyof WorkbenchEvents>(['libraryOpening']);
const TOKEN_HEADER = 'x-soundbite-token';
const HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

export interface HostServer {
  /** The origin, e.g. http://127.0.0.1:5178 (no token: opening it alone gives a page that cannot call the API). */
  url: string;
  /** The address to open or print: the start page with this run's token in the fragment. */
  appUrl: string;
  token: string;
  broadcast<E extends keyof WorkbenchEvents>(event: E, payload: WorkbenchEvents[E]): void;
  close(): Promise<void>;
}

export async function startHostServer(options: {
  api: () => WorkbenchApi;
  rendererDir: string;
  port?: number;
  /** When the port is taken, listen on any free one instead of failing. */
  fallbackToFreePort?: boolean;
}): Promise<HostServer> {
  const token = randomBytes(18).toString('base64url');
  const tokenBytes = Buffer.from(token);
  const hasToken = (given: unknown) => {
    if (typeof given !== 'string') return false;
    const bytes = Buffer.from(given);
    return bytes.length === tokenBytes.length && timingSafeEqual(bytes, tokenBytes);
  };
  const listeners = new Set<http.ServerResponse>();
  /** Events that describe a state rather than a step: a page that connects later gets the latest one at once. */
  const latest = new Map<string, string>();
  // Filled in once the port is known; until then every request is refused.
  let hosts = new Set<string>();
  let origins = new Set<string>();

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      console.error('soundbite host:', err);
      if (!res.headersSent) send(res, 500, 'internal error');
      else res.end();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    if (!hosts.has(req.headers.host ?? '')) return send(res, 403, 'forbidden host');
    const origin = req.headers.origin;
    if (origin !== undefined && !origins.has(origin)) return send(res, 403, 'forbidden origin');
    const target = parseTarget(req.url);
    if (!target) return send(res, 400, 'bad request');

    if (target.path === '/api/events') {
      if (req.method !== 'GET') return send(res, 405, 'GET only', { allow: 'GET' });
      if (!hasToken(target.query.get('token'))) return send(res, 403, 'bad token');
      res.writeHead(200, { ...HEADERS, 'content-type': 'text/event-stream', connection: 'keep-alive' });
      res.write(': connected\n\n');
      for (const data of latest.values()) res.write(data);
      listeners.add(res);
      req.on('close', () => listeners.delete(res));
      return;
    }
    if (target.path.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, 'POST only', { allow: 'POST' });
      if (!hasToken(req.headers[TOKEN_HEADER])) return send(res, 403, 'bad token');
      const fetchSite = req.headers['sec-fetch-site'];
      if (fetchSite !== undefined && fetchSite !== 'same-origin') return send(res, 403, 'forbidden site');
      let args: unknown;
      try {
        args = JSON.parse((await readBody(req)).toString('utf8'));
      } catch (err) {
        return json(res, { ok: false, error: `bad request: ${(err as Error).message}` });
      }
      return json(res, await dispatchCall(options.api(), target.path.slice('/api/'.length), args));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'GET only', { allow: 'GET, HEAD' });
    const file = await readStaticFile(options.rendererDir, target.path);
    if (file.status !== 200) return send(res, 404, 'not found');
    res.writeHead(200, { ...HEADERS, 'content-type': file.type });
    res.end(file.body);
  }

  const listen = (p: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(p, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  try {
    await listen(options.port ?? 0);
  } catch (err) {
    if (!options.fallbackToFreePort || (err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
    await listen(0);
  }
  const port = (server.address() as AddressInfo).port;
  hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  origins = new Set([...hosts].map((h) => `http://${h}`));
  const url = `http://127.0.0.1:${port}`;
  const forgetToken = rememberHostToken(url, token);

  return {
    url,
    appUrl: `${url}/#${hashWithToken('', token)}`,
    token,
    broadcast(event, payload) {
      const data = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
      if (STATE_EVENTS.has(event)) latest.set(event, data);
      for (const res of listeners) res.write(data);
    },
    close: () =>
      new Promise<void>((resolve) => {
        forgetToken();
        for (const res of listeners) res.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The decoded path and the query of an origin-form request target, or null when it is neither. */
function parseTarget(target: string | undefined): { path: string; query: URLSearchParams } | null {
  if (!target?.startsWith('/')) return null;
  const [rawPath = '', rawQuery = ''] = target.split('#', 1)[0]!.split(/\?(.*)/s, 2);
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  return { path: decoded, query: new URLSearchParams(rawQuery) };
}

function send(res: http.ServerResponse, status: number, body: string, extra: Record<string, string> = {}) {
  res.writeHead(status, { ...HEADERS, ...extra, 'content-type': 'text/plain; charset=utf-8' });
  res.end(body);
}

function json(res: http.ServerResponse, value: unknown) {
  res.writeHead(200, { ...HEADERS, 'content-type': 'application/json; charset=utf-8' });
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
