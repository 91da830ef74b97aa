import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { securityHeaders } from '../serve/renderer-assets';
import { cacheControlFor, findRendererFile } from '../serve/renderer-files';

export const APP_SCHEME = 'app';
export const APP_HOST = 'tcns';
/** Where the UI lives. Not file://: a custom scheme gets its own origin and no file privileges. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * True for app://tcns/... only. Node's URL treats app: as a non-special scheme (origin
 * "null", host not lower-cased), so compare the parts rather than the origin.
 */
export function isAppUrl(raw: string | undefined | null): boolean {
  if (!raw) return false;
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host.toLowerCase() === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * Must run before the app is ready: makes app:// a secure, standard origin that can fetch.
 * corsEnabled lets Vite's `<script type="module" crossorigin>` load from it; other origins
 * still get nothing, since our responses carry no Access-Control-Allow-Origin.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true, codeCache: true },
    },
  ]);
}

/**
 * Serves the built renderer (dist/renderer) under app://tcns/ with the same path checks
 * and CSP as serve mode. Only GET/HEAD on our own host; everything else is refused.
 */
export function createAppProtocolHandler(rendererRoot: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const headers = securityHeaders();
    const text = (status: number, body: string) =>
      new Response(body, { status, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return text(400, 'Địa chỉ không hợp lệ.');
    }
    if (!isAppUrl(request.url)) return text(403, 'Không được phép truy cập.');
    if (request.method !== 'GET' && request.method !== 'HEAD') return text(405, 'Không hỗ trợ.');

    const found = await findRendererFile(rendererRoot, url.pathname);
    if (found.status !== 200) {
      return text(found.status, found.status === 403 ? 'Không được phép truy cập.' : 'Không tìm thấy.');
    }
    const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(found.file));
    return new Response(body, {
      status: 200,
      headers: { ...headers, 'Content-Type': found.contentType, 'Cache-Control': cacheControlFor(url.pathname) },
    });
  };
}

export function handleAppProtocol(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot));
}
