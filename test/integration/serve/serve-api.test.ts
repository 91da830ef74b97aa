import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Envelope } from '../../../shared/errors';
import { parseWithBytes, stringifyWithBytes } from '../../../shared/transport/json-bytes';
import { createCore, type Core } from '../../../electron/core/app';
import { CONTENT_SECURITY_POLICY } from '../../../electron/serve/renderer-assets';
import { startServer, type RunningServer } from '../../../electron/serve/server';

/**
 * The real serve-mode server on a random port with a real SQLite file, driven over real HTTP.
 * One extra operation, `test.echo`, is added in front of the real core so the bytes codec can
 * be checked both ways before any operation of the contract returns a file.
 */
let dir: string;
let core: Core;
let server: RunningServer;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(resolve('test-output/serve-'));
  const staticDir = join(dir, 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>TCNS</title><div id="root"></div>');
  writeFileSync(join(staticDir, 'assets', 'app-abc123.js'), 'console.log("tcns")');
  writeFileSync(join(dir, 'package.json'), '{"secret":"MUST-NOT-LEAK"}');

  core = createCore({ create: true, dbFile: join(dir, 'tcns.db') });
  const realCall = core.call;
  const withEcho: Core = {
    ...core,
    call: async (name, input) => (name === 'test.echo' ? { ok: true, result: input } : realCall(name, input)),
  };
  server = await startServer({ core: withEcho, port: 0, staticDir });
  base = `http://127.0.0.1:${server.port}`;
});

afterAll(async () => {
  await server?.close();
  core?.close();
});

async function api(
  name: string,
  input: unknown,
  options: { token?: string | null; contentType?: string } = {},
): Promise<{ status: number; envelope: Envelope<unknown> }> {
  const token = options.token === undefined ? server.token : options.token;
  const res = await fetch(`${base}/api/${name}`, {
    method: 'POST',
    headers: {
      'Content-Type': options.contentType ?? 'application/json',
      ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
    },
    body: stringifyWithBytes(input),
  });
  return { status: res.status, envelope: parseWithBytes(await res.text()) as Envelope<unknown> };
}

/** GET with the path sent exactly as written (fetch would normalise the '..' away). */
function rawGet(path: string): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => done({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', fail);
    req.end();
  });
}

const commune = {
  province: 'Quảng Trị',
  name: 'Hòa Bình',
  kind: 'xa',
  placeName: 'Hòa Bình',
  chairName: 'Nguyễn Văn Ánh',
  ruleProfileId: 'national-793',
};

describe('serve mode over HTTP', () => {
  it('prints a URL that carries the token only in the fragment', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses /api calls without the token or with a wrong one, and changes nothing', async () => {
    const missing = await api('commune.save', commune, { token: null });
    expect(missing.status).toBe(403);
    expect(missing.envelope).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const wrong = await api('commune.save', commune, { token: server.token.slice(0, -1) + 'x' });
    expect(wrong.status).toBe(403);
    expect(wrong.envelope).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const readWithoutToken = await api('commune.get', {}, { token: null });
    expect(readWithoutToken.status).toBe(403);

    expect((await api('commune.get', {})).envelope).toEqual({ ok: true, result: null });
  });

  it('answers invalid input with 400 VALIDATION in Vietnamese and changes nothing', async () => {
    const bad = await api('villages.create', { name: '   ', kind: 'thon' });
    expect(bad.status).toBe(400);
    expect(bad.envelope.ok).toBe(false);
    if (bad.envelope.ok) return;
    expect(bad.envelope.error.code).toBe('VALIDATION');
    expect(bad.envelope.error.message).toContain('Tên thôn/tổ dân phố không được để trống.');
    expect(JSON.stringify(bad.envelope)).not.toMatch(/at .*\.ts:\d+/u); // no stack trace

    expect((await api('villages.list', {})).envelope).toEqual({ ok: true, result: [] });
  });

  it('maps an unknown operation to 404 and refuses non-JSON bodies', async () => {
    const unknown = await api('villages.destroyEverything', {});
    expect(unknown.status).toBe(404);
    expect(unknown.envelope).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const form = await api('villages.list', {}, { contentType: 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
    expect(form.envelope).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    const res = await fetch(`${base}/api/villages.list`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
      body: '{"includeInactive": tru',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('saves the commune, then creates and lists a village', async () => {
    const saved = await api('commune.save', commune);
    expect(saved.status).toBe(200);
    expect(saved.envelope).toMatchObject({ ok: true, result: { name: 'Hòa Bình', province: 'Quảng Trị' } });

    const created = await api('villages.create', { name: 'Thôn  Đông ', kind: 'thon', households: 320 });
    expect(created.status).toBe(200);
    expect(created.envelope).toMatchObject({ ok: true, result: { name: 'Thôn Đông', households: 320 } });

    const list = await api('villages.list', {});
    expect(list.envelope.ok && (list.envelope.result as { name: string }[]).map((v) => v.name)).toEqual(['Thôn Đông']);
  });

  it('carries bytes both ways as {"$bytes": base64}', async () => {
    const small = Uint8Array.from({ length: 256 }, (_, i) => i);
    const big = new Uint8Array(1_500_001);
    for (let i = 0; i < big.length; i++) big[i] = (i * 7919) & 0xff;
    const { status, envelope } = await api('test.echo', { file: { fileName: 'Quyết định.docx', bytes: small }, big });
    expect(status).toBe(200);
    if (!envelope.ok) throw new Error('echo failed');
    const result = envelope.result as { file: { fileName: string; bytes: Uint8Array }; big: Uint8Array };
    expect(result.file.fileName).toBe('Quyết định.docx');
    expect(result.file.bytes).toBeInstanceOf(Uint8Array);
    expect(Array.from(result.file.bytes)).toEqual(Array.from(small));
    expect(Buffer.from(result.big).equals(Buffer.from(big))).toBe(true);
  });

  it('serves the renderer with the CSP and falls back to index.html for app routes', async () => {
    const home = await fetch(`${base}/`);
    expect(home.status).toBe(200);
    expect(home.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');

    const route = await fetch(`${base}/doi/danh-sach`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<div id="root">');

    const script = await fetch(`${base}/assets/app-abc123.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toContain('immutable');

    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
  });

  it('refuses path traversal out of the renderer folder', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json', '/..%5cpackage.json']) {
      const res = await rawGet(path);
      expect([403, 404], path).toContain(res.status);
      expect(res.body, path).not.toContain('MUST-NOT-LEAK');
    }
    expect((await rawGet('/../package.json')).status).toBe(403);
  });

  it('refuses a Host header that is not this machine (DNS rebinding)', async () => {
    const res = await new Promise<number>((done, fail) => {
      const req = request(
        { host: '127.0.0.1', port: server.port, path: '/', headers: { Host: 'attacker.example:80' } },
        (r) => {
          r.resume();
          done(r.statusCode ?? 0);
        },
      );
      req.on('error', fail);
      req.end();
    });
    expect(res).toBe(403);
  });
});

describe('serve mode limits', () => {
  it('refuses a body over the cap with 413 before it reaches the core', async () => {
    const limited = await startServer({ dbFile: join(dir, 'limited.db'), create: true, port: 0, maxBodyBytes: 1024, staticDir: dir });
    try {
      const res = await fetch(`http://127.0.0.1:${limited.port}/api/villages.create`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${limited.token}` },
        body: JSON.stringify({ name: 'Thôn Đông', kind: 'thon', note: 'x'.repeat(4096) }),
      });
      expect(res.status).toBe(413);
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      const list = await limited.core.call('villages.list', {});
      expect(list).toEqual({ ok: true, result: [] });
    } finally {
      await limited.close();
    }
  });
});
