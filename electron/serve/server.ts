import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createCore, type CoreCaller } from '../core/app';
import { DEFAULT_MAX_BODY_BYTES, handleApiRequest } from './api-route';
import { securityHeaders } from './renderer-assets';
import { cacheControlFor, findRendererFile } from './renderer-files';
import { newToken } from './token';

export interface ServerOptions {
  /** The database to open; ignored when `core` is given. */
  dbFile?: string;
  /** Create dbFile when it does not exist (tests; the serve CLI decides this itself). */
  create?: boolean;
  /** An already open core, in this process or behind the host protocol; the server then does not close it. */
  core?: CoreCaller;
  /** 0 picks any free port. */
  port?: number;
  /** 127.0.0.1 by default: only this PC can reach it. */
  host?: string;
  staticDir?: string;
  /** The secret every /api request must carry; a random one per start when omitted. */
  token?: string;
  maxBodyBytes?: number;
}

export interface RunningServer {
  /** Open this in a browser: the token travels in the fragment, so it never reaches a log. */
  url: string;
  port: number;
  token: string;
  core: CoreCaller;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/**
 * Serve mode: the renderer in a browser, talking to the same core over HTTP.
 * No framework: two routes (POST /api/<operation>, static files) are easy to read and audit.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const staticDir = options.staticDir ?? 'dist/renderer';
  const token = options.token ?? newToken();
  if (token.length < 16) throw new Error('The serve-mode token must be at least 16 characters.');
  const ownsCore = !options.core;
  if (!options.core && !options.dbFile) throw new Error('startServer needs dbFile or core.');
  const core = options.core ?? createCore({ dbFile: options.dbFile as string, create: options.create, processKind: 'serve' });
  const api = { core, token, maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES };
  let allowedHosts = new Set<string>();

  const server = createServer((req, res) => {
    void route(req, res).catch((error: unknown) => {
      console.error('[serve]', error);
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // A page on another site that rebinds its DNS name to 127.0.0.1 still sends its own Host.
    if (allowedHosts.size > 0 && !allowedHosts.has((req.headers.host ?? '').toLowerCase())) {
      res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Forbidden');
      return;
    }
    // The raw path, not a normalised URL: a '..' must be seen (and refused), not resolved away.
    const rawPath = (req.url ?? '/').split(/[?#]/u)[0];
    if (!rawPath.startsWith('/')) {
      res.writeHead(400).end();
      return;
    }
    if (rawPath.startsWith('/api/')) {
      await handleApiRequest(req, res, rawPath.slice('/api/'.length), api);
      return;
    }
    await serveRendererFile(req, res, staticDir, rawPath);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  if (LOOPBACK.has(host)) {
    allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
  }
  const urlHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${port}/#token=${token}`,
    port,
    token,
    core,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      if (ownsCore) await core.close();
    },
  };
}

async function serveRendererFile(req: IncomingMessage, res: ServerResponse, root: string, rawPath: string): Promise<void> {
  const headers = securityHeaders();
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
    return;
  }
  const found = await findRendererFile(root, rawPath);
  if (found.status !== 200) {
    const text = found.status === 403 ? 'Không được phép truy cập.' : 'Không tìm thấy.';
    res.writeHead(found.status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end(text);
    return;
  }
  res.writeHead(200, {
    ...headers,
    'Content-Type': found.contentType,
    'Content-Length': found.size,
    'Cache-Control': cacheControlFor(rawPath),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(found.file)
    .on('error', () => res.destroy())
    .pipe(res);
}
