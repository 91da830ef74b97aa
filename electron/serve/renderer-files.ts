import { realpath, stat } from 'node:fs/promises';
import { sep } from 'node:path';
import { contentTypeFor, resolveStaticPath } from './renderer-assets';

export type RendererFile =
  | { status: 200; file: string; size: number; contentType: string }
  | { status: 403 | 404 };

/**
 * Finds the renderer file a request asks for (both shells use this). Beyond the pure path
 * check, the real path must stay inside the real root, so a symlink in dist/ cannot lead out.
 */
export async function findRendererFile(root: string, pathname: string): Promise<RendererFile> {
  const target = resolveStaticPath(root, pathname);
  if (target.kind === 'refused') return { status: 403 };
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(target.file)]);
    if (!realFile.startsWith(realRoot + sep)) return { status: 403 };
    const info = await stat(realFile);
    if (!info.isFile()) return { status: 404 };
    return { status: 200, file: realFile, size: info.size, contentType: contentTypeFor(realFile) };
  } catch {
    return { status: 404 };
  }
}

/** Vite puts content-hashed files under assets/: they never change, so caches may keep them. */
export function cacheControlFor(pathname: string): string {
  return pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}
