import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeState, resetFakeElectron } from './fake-electron';
import { makeAppFixture } from './app-fixture';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../../electron/serve/renderer-assets';
import { handleAppProtocol, isAppUrl } from '../../../electron/main/app-protocol';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

let serve: (request: Request) => Promise<Response>;

beforeEach(() => {
  const state = resetFakeElectron();
  const { appRoot } = makeAppFixture(state);
  handleAppProtocol(join(appRoot, 'dist', 'renderer'));
  serve = fakeState().protocolHandlers.get('app')!;
});

describe('app:// protocol', () => {
  it('serves the renderer with the CSP and the right content types', async () => {
    const page = await serve(new Request('app://tcns/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<title>TCNS</title>');

    const script = await serve(new Request('app://tcns/assets/index-1a2b.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);

    const route = await serve(new Request('app://tcns/doi/123'));
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>TCNS</title>');
  });

  it('refuses traversal, other hosts and writes, with the CSP still set', async () => {
    for (const url of [
      'app://tcns/..%2f..%2fsecret.txt',
      'app://tcns/%2e%2e%2fsecret.txt',
      'app://tcns/..%5c..%5csecret.txt',
      'app://tcns/C:%5cWindows%5cwin.ini',
      'app://tcns/%2Fetc%2Fhosts.txt', // an absolute path stays inside the renderer folder
      'app://tcns/%00',
    ]) {
      const res = await serve(new Request(url));
      expect([403, 404], url).toContain(res.status);
      expect(await res.text(), url).not.toContain('MUST-NOT-LEAK');
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
    expect((await serve(new Request('app://tcns/..%2fsecret.txt'))).status).toBe(403);
    const absolute = await serve(new Request('app://tcns/%2Fetc%2Fpasswd')); // a client route, so index.html
    expect(await absolute.text()).toContain('<title>TCNS</title>');
    expect((await serve(new Request('app://other/index.html'))).status).toBe(403);
    expect((await serve(new Request('app://tcns/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
    expect((await serve(new Request('app://tcns/missing.css'))).status).toBe(404);
  });

  it('recognises only app://tcns as the app', () => {
    expect(isAppUrl('app://tcns/index.html')).toBe(true);
    expect(isAppUrl('app://TCNS/')).toBe(true);
    expect(isAppUrl('app://tcns.evil/')).toBe(false);
    expect(isAppUrl('https://tcns/')).toBe(false);
    expect(isAppUrl('blob:app://tcns/1234')).toBe(false);
    expect(isAppUrl('')).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
  });
});
