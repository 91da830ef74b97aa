import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient } from '../../../renderer/src/api/client';
import { ApiError } from '../../../renderer/src/api/errors';
import { createElectronTransport } from '../../../renderer/src/api/electron-transport';
import { createHttpTransport } from '../../../renderer/src/api/http-transport';
import { createBridge } from '../../../electron/preload/bridge';
import { INVALIDATES } from '../../../renderer/src/api/invalidation';
import { takeSessionToken } from '../../../renderer/src/api/session-token';
import { operations, type OperationName } from '../../../shared/api';
import { startServer, type RunningServer } from '../../../electron/serve/server';
import { tempCore, demoCommuneInput } from '../../helpers/core';

describe('the HTTP transport against a real serve-mode server', () => {
  let db: ReturnType<typeof tempCore>;
  let server: RunningServer;
  beforeAll(async () => {
    db = tempCore();
    server = await startServer({ core: db.core, port: 0 });
  });
  afterAll(async () => {
    await server.close();
    db.dispose();
  });

  const client = (token: string | null) =>
    createApiClient(createHttpTransport({ baseUrl: `http://127.0.0.1:${server.port}/`, token }));

  it('calls operations typed by the contract', async () => {
    const api = client(server.token);
    expect(await api.call('commune.get', {})).toBeNull();
    const saved = await api.call('commune.save', demoCommuneInput);
    expect(saved.name).toBe('Hòa Bình');
    const village = await api.call('villages.create', { name: 'Thôn Đông', kind: 'thon', households: 320 });
    expect(await api.call('villages.list', {})).toEqual([village]);
  });

  it('a long operation reports its progress over HTTP and shows in the running list until it ends', async () => {
    const api = client(server.token);
    const seen: unknown[] = [];
    const unsubscribe = api.running.subscribe(() => seen.push(api.running.list().map((op) => ({ title: op.title, phase: op.progress?.phase }))));
    // A manual backup reports "backup" before it copies the file (backups/handlers.ts).
    const backup = await api.call('backups.create', {});
    unsubscribe();
    expect(backup.verified).toBe(true);
    expect(seen).toContainEqual([{ title: 'Sao lưu dữ liệu', phase: undefined }]);
    expect(seen).toContainEqual([{ title: 'Sao lưu dữ liệu', phase: 'backup' }]);
    expect(seen.at(-1)).toEqual([]);
    expect(api.running.list()).toEqual([]);
  });

  it('reads progress lines split anywhere, and the envelope with its bytes at the end', async () => {
    const lines = `${JSON.stringify({ progress: { phase: 'writing', done: 1, total: 4 } })}\n${JSON.stringify({ progress: { phase: 'writing', done: 3, total: 4 } })}\n${JSON.stringify({ envelope: { ok: true, result: { bytes: { $bytes: 'JVBERg==' } } } })}\n`;
    const encoded = new TextEncoder().encode(lines);
    const fetchChunks: typeof fetch = async () =>
      new Response(
        new ReadableStream({
          start(controller) {
            // Cut mid-line and mid-character to check the decoder keeps what it has not seen whole.
            for (let i = 0; i < encoded.length; i += 7) controller.enqueue(encoded.slice(i, i + 7));
            controller.close();
          },
        }),
        { headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8' } },
      );
    const transport = createHttpTransport({ baseUrl: 'http://127.0.0.1:9/', token: 't', fetch: fetchChunks });
    const progress: unknown[] = [];
    const envelope = await transport.invoke('reports.build', {}, { onProgress: (p) => progress.push(p) });
    expect(progress).toEqual([{ phase: 'writing', done: 1, total: 4 }, { phase: 'writing', done: 3, total: 4 }]);
    expect(envelope).toEqual({ ok: true, result: { bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46]) } });
  });

  it('a cancelled call rejects with CANCELLED and the Vietnamese message, and saves nothing', async () => {
    const api = client(server.token);
    const controller = new AbortController();
    controller.abort();
    const error = await api.call('villages.create', { name: 'Thôn Hủy', kind: 'thon' }, { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'CANCELLED', message: 'Đã hủy thao tác; dữ liệu không bị thay đổi.' });
    expect((await api.call('villages.list', {})).map((v) => v.name)).not.toContain('Thôn Hủy');
  });

  it('turns refusals into typed ApiErrors with the Vietnamese message and field issues', async () => {
    const api = client(server.token);
    const error = await api.call('villages.create', { name: ' ', kind: 'thon' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('VALIDATION');
    expect((error as ApiError).issues).toEqual([{ path: 'name', message: 'Tên thôn/tổ dân phố không được để trống.' }]);

    const duplicate = await api.call('villages.create', { name: 'thon dong', kind: 'thon' }).catch((e: unknown) => e);
    expect((duplicate as ApiError).code).toBe('DUPLICATE');
    expect((duplicate as ApiError).message).toContain('Thôn Đông');
  });

  it('is refused without the right token, and says so in Vietnamese', async () => {
    const wrong = await client('x'.repeat(43)).call('commune.get', {}).catch((e: unknown) => e);
    expect((wrong as ApiError).code).toBe('FORBIDDEN');
    const missing = await client(null).call('commune.get', {}).catch((e: unknown) => e);
    expect((missing as ApiError).code).toBe('FORBIDDEN');
    expect((missing as ApiError).message).toContain('mở lại đường dẫn');
  });

  it('reports a server that is gone as INTERNAL, not as a crash', async () => {
    const api = createApiClient(createHttpTransport({ baseUrl: 'http://127.0.0.1:9/', token: server.token }));
    const error = await api.call('commune.get', {}).catch((e: unknown) => e);
    expect((error as ApiError).code).toBe('INTERNAL');
    expect((error as ApiError).message).toContain('Không kết nối được máy chủ');
  });
});

describe('the Electron transport over the real preload bridge', () => {
  it('calls the core through the bridge and reports refusals as ApiErrors', async () => {
    const db = tempCore();
    try {
      // The IPC hop is the only thing Electron adds; here ipcRenderer.invoke → ipcMain.handle
      // is a direct call into the same core the main process would run.
      const bridge = createBridge(
        async (channel, name, input) => (channel === 'tcns:invoke' ? db.core.call(name as string, input) : { ok: true, result: { saved: false } }),
        () => {},
      );
      const api = createApiClient(createElectronTransport(bridge));
      expect(api.transport).toBe('electron');
      await api.call('commune.save', demoCommuneInput);
      expect((await api.call('commune.get', {}))?.chairName).toBe('Nguyễn Văn Ánh');
      const error = await api.call('teams.get', { id: 'không-có' }).catch((e: unknown) => e);
      expect((error as ApiError).code).toBe('NOT_FOUND');
      expect(await api.saveFile({ fileName: 'a.pdf', bytes: new Uint8Array([1]) })).toBe(false); // cancelled
    } finally {
      db.dispose();
    }
  });
});

describe('saving a produced file in a browser', () => {
  it('hands the bytes to the download with the suggested name', async () => {
    const downloads: { fileName: string; text: string; type: string }[] = [];
    const api = createApiClient(createHttpTransport({
      baseUrl: 'http://127.0.0.1:9/', token: 't',
      download: (fileName, blob) => void blob.text().then((text) => downloads.push({ fileName, text, type: blob.type })),
    }));
    const saved = await api.saveFile({ fileName: 'Quyết định 05.pdf', bytes: new TextEncoder().encode('%PDF-1.7'), mimeType: 'application/pdf' });
    await new Promise((r) => setTimeout(r, 10));
    expect(saved).toBe(true);
    expect(downloads).toEqual([{ fileName: 'Quyết định 05.pdf', text: '%PDF-1.7', type: 'application/pdf' }]);
  });
});

describe('the serve-mode token in the URL fragment', () => {
  it('is kept for the tab and removed from the address bar', () => {
    const stored = new Map<string, string>();
    const replaced: string[] = [];
    const place = (hash: string) => ({
      location: { hash, pathname: '/', search: '' },
      sessionStorage: { getItem: (k: string) => stored.get(k) ?? null, setItem: (k: string, v: string) => void stored.set(k, v) },
      history: { state: null, replaceState: (_s: unknown, _t: string, url?: string | URL | null) => void replaced.push(String(url)) },
    });
    expect(takeSessionToken(place('#token=abc_DEF-123'))).toBe('abc_DEF-123');
    expect(replaced).toEqual(['/#/']);
    // After a reload the fragment is the router's; the token comes from sessionStorage.
    expect(takeSessionToken(place('#/teams'))).toBe('abc_DEF-123');
    expect(replaced).toHaveLength(1);
  });
});

describe('cache invalidation', () => {
  it('names, for every register change, the reads it makes stale', () => {
    const reads = /\.(get|list|search|profiles|check|legalBases|deletionImpact|exportData)$/u;
    const register = /^(commune|villages|teams|people)\./u;
    // Reads of other capabilities computed from the register: they go stale with it too.
    const derived = new Set<string>(['decisions.consolidationNeeds', 'reports.activityGrid']);
    const changes = (Object.keys(operations) as OperationName[]).filter((n) => register.test(n) && !reads.test(n));
    expect(changes.length).toBeGreaterThan(8);
    for (const change of changes) {
      expect(INVALIDATES[change], change).toBeDefined();
      for (const read of INVALIDATES[change] ?? []) expect(reads.test(read) || derived.has(read), `${change} → ${read}`).toBe(true);
    }
  });
});
