import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, CONTENT_SECURITY_POLICY, resolveStaticPath } from '../../../electron/serve/renderer-assets';
import { findRendererFile } from '../../../electron/serve/renderer-files';

const root = resolve('/srv/tcns/renderer');

describe('resolveStaticPath', () => {
  it('maps files inside the root and client routes to index.html', () => {
    expect(resolveStaticPath(root, '/')).toEqual({ kind: 'file', file: join(root, 'index.html') });
    expect(resolveStaticPath(root, '/assets/index-abc.js')).toEqual({ kind: 'file', file: join(root, 'assets/index-abc.js') });
    expect(resolveStaticPath(root, '/doi/danh-sach')).toEqual({ kind: 'route', file: join(root, 'index.html') });
    expect(resolveStaticPath(root, '/fonts/Li%C3%AAn.ttf')).toEqual({ kind: 'file', file: join(root, 'fonts/Liên.ttf') });
    // A leading '//' is still inside the root, not the filesystem root.
    expect(resolveStaticPath(root, '//etc/passwd.txt')).toEqual({ kind: 'file', file: join(root, 'etc/passwd.txt') });
  });

  it.each([
    '/../package.json',
    '/assets/../../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E/%2E%2E/etc/passwd',
    '/assets/..%2f..%2fpackage.json',
    '/..%5c..%5cpackage.json',
    '/assets\\..\\..\\package.json',
    '/C:/Windows/win.ini',
    '/c%3a%5cWindows%5cwin.ini',
    '/%00index.html',
    '/%E0%A4%A', // malformed percent-encoding
  ])('refuses %s', (path) => {
    expect(resolveStaticPath(root, path)).toEqual({ kind: 'refused' });
  });

  it('knows the content types the renderer build uses', () => {
    expect(contentTypeFor('a/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('x.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('f.woff2')).toBe('font/woff2');
    expect(contentTypeFor('noext')).toBe('application/octet-stream');
  });

  it('CSP allows only own scripts and the inline styles Fluent UI/ag-grid inject', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/u);
    expect(CONTENT_SECURITY_POLICY).toContain("style-src 'self' 'unsafe-inline'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'self' blob:");
  });
});

describe('findRendererFile', () => {
  it('refuses a symlink that leads out of the root', async () => {
    const dir = mkdtempSync(resolve('test-output/renderer-files-'));
    mkdirSync(join(dir, 'renderer'));
    writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html>');
    writeFileSync(join(dir, 'secret.txt'), 'secret');
    symlinkSync(join(dir, 'secret.txt'), join(dir, 'renderer', 'leak.txt'));
    const root = join(dir, 'renderer');
    expect(await findRendererFile(root, '/leak.txt')).toEqual({ status: 403 });
    expect(await findRendererFile(root, '/missing.css')).toEqual({ status: 404 });
    expect(await findRendererFile(root, '/..%2fsecret.txt')).toEqual({ status: 403 });
    expect(await findRendererFile(root, '/')).toMatchObject({ status: 200, contentType: 'text/html; charset=utf-8' });
  });
});
