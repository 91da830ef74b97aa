import { extname, resolve, sep } from 'node:path';

/**
 * The built renderer (dist/renderer) is served by two shells: the Electron app:// protocol
 * and serve mode's HTTP server. Both use these pure helpers, so both refuse the same paths
 * and send the same headers. This file must not import 'electron'.
 */

/**
 * Strict CSP for the renderer. Why each relaxation exists:
 * - style-src 'unsafe-inline': Fluent UI v9 (Griffel) and ag-grid's theming API inject
 *   <style> elements at runtime.
 * - img-src data: blob: — ag-grid's icons are data: SVGs in its CSS; previews use blob: URLs.
 * - font-src data: — Vite may inline a small font subset as a data: URL.
 * - object-src/frame-src blob: — generated PDFs are previewed from blob: URLs.
 * Scripts come only from our own origin: no inline script, no eval.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "object-src 'self' blob:",
  "frame-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

/** Headers sent with every renderer file, whichever shell serves it. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export type StaticTarget =
  | { kind: 'file'; file: string }
  /** A client-side route (no file extension): answer with index.html. */
  | { kind: 'route'; file: string }
  | { kind: 'refused' };

/**
 * Maps a URL pathname (raw, still percent-encoded) to a file inside `root`, or refuses it.
 * Refused: malformed encoding, NUL, backslashes (Windows separators), drive letters or
 * any ':' , and any '..' segment — checked AFTER decoding, so `%2e%2e` and `..%2f` are caught.
 * The final containment check guards against anything the rules above missed.
 */
export function resolveStaticPath(root: string, pathname: string): StaticTarget {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { kind: 'refused' };
  }
  if (/[\0\\:]/u.test(decoded)) return { kind: 'refused' };
  const segments = decoded.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s === '..')) return { kind: 'refused' };

  const base = resolve(root);
  const rel = segments.join('/');
  const file = rel === '' ? resolve(base, 'index.html') : resolve(base, rel);
  if (file !== base && !file.startsWith(base + sep)) return { kind: 'refused' };

  const last = segments[segments.length - 1] ?? '';
  if (rel !== '' && extname(last) === '') return { kind: 'route', file: resolve(base, 'index.html') };
  return { kind: 'file', file };
}
