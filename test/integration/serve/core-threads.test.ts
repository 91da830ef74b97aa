import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seatEveryone } from '../../../bench/reports';
import { seedDemo } from '../../../electron/cli/seed/demo';
import { createCore, type CoreCaller } from '../../../electron/core/app';
import type { Progress } from '../../../electron/core/context';
import Database from 'better-sqlite3';
import { INTERRUPTED_BY_RESTORE } from '../../../electron/core/host/client';
import { startCoreThreads } from '../../../electron/serve/core-threads';
import { startServer, type RunningServer } from '../../../electron/serve/server';
import type { SupportInfo } from '../../../shared/api';
import type { BackupView, RestoreResult } from '../../../shared/api/backups';
import type { Envelope } from '../../../shared/errors';

/**
 * Issue 10: serve mode with the core in worker threads built from the real bundle
 * (scripts/build-node.mjs). A quick request is answered while a report over a 100,000-member
 * register is being built (acceptance 2; that register is seeded once per file by bulk SQL in one
 * transaction, ~20 s here, the whole file ~70 s on 2 shared cores); long operations report
 * progress and can be cancelled, also by a restore, which says so; failures reach the support
 * log without a CCCD or a password.
 */
let dir: string;
let dbFile: string;
let logFile: string;
let core: CoreCaller;
let server: RunningServer;
let members: number;

beforeAll(async () => {
  const outdir = mkdtempSync(resolve('test-output/node-bundle-'));
  const { buildNode } = await import('../../../scripts/build-node.mjs');
  await buildNode(outdir);
  dir = mkdtempSync(join(tmpdir(), 'tcns-core-threads-'));
  dbFile = join(dir, 'tcns.db');
  logFile = join(dir, 'logs', 'tcns.log');
  const seeding = createCore({ dbFile, create: true });
  await seedDemo(seeding);
  seeding.close();
  members = seatEveryone(dbFile, 100_000);
  core = await startCoreThreads(join(outdir, 'core-host.cjs'), {
    dbFile, migrationsDir: join(outdir, 'migrations'), logFile, appVersion: '0.1.0-test', actor: 'serve',
  });
  const staticDir = join(dir, 'static');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html>');
  server = await startServer({ core, port: 0, staticDir });
}, 600_000);

afterAll(async () => {
  await server?.close();
  await core?.close();
  rmSync(dir, { recursive: true, force: true });
});

const api = async (operation: string, input: unknown, signal?: AbortSignal) => {
  const res = await fetch(`http://127.0.0.1:${server.port}/api/${operation}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
    signal,
  });
  return (await res.json()) as Envelope<unknown>;
};
const reportCount = async () => ((await core.call('reports.list', {})) as { ok: true; result: unknown[] }).result.length;

describe('serve mode with the core in worker threads', () => {
  it('answers quick requests while a large report is being built', async () => {
    expect(members).toBeGreaterThanOrEqual(100_000);
    const events: string[] = [];
    const report = api('reports.build', { period: '2026-Q3', number: 90, date: '2026-09-20' }).then((envelope) => {
      events.push('report');
      return envelope;
    });
    const quick: number[] = [];
    // Ask for the village list again and again until the report is done.
    while (!events.includes('report')) {
      const started = performance.now();
      const villages = await api('villages.list', {});
      expect(villages.ok).toBe(true);
      quick.push(performance.now() - started);
      if (!events.includes('report')) events.push('quick');
      await new Promise((r) => setTimeout(r, 20));
    }
    const built = await report;
    expect(built.ok, JSON.stringify(built)).toBe(true);
    expect((built as { ok: true; result: { report: { totals: { members: number } } } }).result.report.totals.members).toBeGreaterThanOrEqual(100_000);
    // Several quick answers arrived before the report did: the two ran at the same time.
    expect(events.indexOf('report')).toBeGreaterThan(2);
    expect(events.filter((e) => e === 'quick').length).toBeGreaterThan(2);
  });

  it('reports the progress of a report build, and a cancelled build changes nothing', async () => {
    const before = await reportCount();
    const seen: Progress[] = [];
    const done = await core.call('reports.build', { period: '2026-Q2', number: 91, date: '2026-06-20' }, { onProgress: (p) => seen.push(p) });
    expect(done.ok).toBe(true);
    expect(seen[0]).toMatchObject({ phase: 'collecting' });
    const writing = seen.filter((p) => p.phase === 'writing').map((p) => p.done);
    expect(writing.length).toBeGreaterThan(1);
    expect(writing).toEqual([...writing].sort((a, b) => a - b));
    expect(await reportCount()).toBe(before + 1);

    const controller = new AbortController();
    const cancelled = await core.call('reports.build', { period: '2026-Q1', number: 92, date: '2026-03-20' }, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'writing') controller.abort();
      },
    });
    expect(cancelled).toEqual({ ok: false, error: { code: 'CANCELLED', message: 'Đã hủy thao tác; dữ liệu không bị thay đổi.' } });
    expect(await reportCount()).toBe(before + 1);
  });

  it('cancels a report when the browser gives up on the request', async () => {
    const before = await reportCount();
    const controller = new AbortController();
    const request = api('reports.build', { period: '2026-10', number: 93, date: '2026-10-20' }, controller.signal).catch((e: Error) => e.name);
    await new Promise((r) => setTimeout(r, 300));
    controller.abort();
    expect(await request).toBe('AbortError');
    // The long thread finishes its cancellation; the next long call then runs after it.
    const after = await core.call('reports.list', {});
    expect(after.ok).toBe(true);
    await core.call('decisions.verify', { pdf: new Uint8Array([37, 80, 68, 70]) });
    expect(await reportCount()).toBe(before);
    expect(readFileSync(logFile, 'utf8')).toContain('"code":"CANCELLED"');
  });

  it('logs failures with their Vietnamese message and context, never a CCCD or a password', async () => {
    const cccd = '079204001234';
    const refused = await core.call('people.create', { person: { fullName: 'Nguyễn Văn Thử', birthYear: 1950, cccd, phone: 'abc' } });
    expect(refused.ok).toBe(false);
    const password = 'mat-khau-bi-mat-2026';
    const signed = await core.call('decisions.sign', { id: 'khong-co', p12: new Uint8Array(8), password });
    expect(signed.ok).toBe(false);
    const log = readFileSync(logFile, 'utf8');
    const lines = log.trim().split('\n').map((l) => JSON.parse(l) as { level: string; event: string; operation?: string; code?: string; input?: Record<string, unknown> });
    const people = lines.find((l) => l.operation === 'people.create');
    expect(people).toMatchObject({ level: 'error', code: 'VALIDATION' });
    expect(people?.event).toMatch(/[ạ-ỹ]/u); // the Vietnamese message
    expect(people?.input).toMatchObject({ person: { fullName: 'Nguyễn Văn Thử', cccd: '[ẩn]' } });
    expect(lines.find((l) => l.operation === 'decisions.sign')?.input).toMatchObject({ password: '[ẩn]', p12: '[ẩn]' });
    expect(log).not.toContain(cccd);
    expect(log).not.toContain(password);
  });

  it('support.info names the version, the data folder, the schema and the log file', async () => {
    const info = (await core.call('support.info', {})) as { ok: true; result: SupportInfo };
    expect(info.ok).toBe(true);
    expect(info.result).toMatchObject({ appVersion: '0.1.0-test', dataFolder: dir, databaseFile: dbFile, logFile });
    expect(info.result.schemaVersion).toBe(info.result.latestSchemaVersion);
    expect(info.result.runtime).toMatch(/^Node \d+/u);
  });

  it('a restore reaches both threads: the long-operation core reopens the restored file', async () => {
    type Ok<T> = { ok: true; result: T };
    const backup = (await core.call('backups.create', {})) as Ok<BackupView>;
    expect(backup.ok).toBe(true);
    const villagesAtBackup = backup.result.counts!.villages;
    expect((await core.call('villages.create', { name: 'Thôn Sau Sao Lưu', kind: 'thon' })).ok).toBe(true);
    // Before the restore the long core (backups.create runs there) counts the new village…
    expect(((await core.call('backups.create', {})) as Ok<BackupView>).result.counts!.villages).toBe(villagesAtBackup + 1);
    const restored = (await core.call('backups.restore', { file: backup.result.file })) as Ok<RestoreResult>;
    expect(restored.ok, JSON.stringify(restored)).toBe(true);
    expect(restored.result.after.villages).toBe(villagesAtBackup);
    // …and after it reads the restored file, not the one it had open before.
    expect(((await core.call('backups.create', {})) as Ok<BackupView>).result.counts!.villages).toBe(villagesAtBackup);
    expect(((await core.call('villages.list', {})) as Ok<unknown[]>).result).toHaveLength(villagesAtBackup);
  });

  it('a long operation stopped by a restore says so, and wrote nothing', async () => {
    type Ok<T> = { ok: true; result: T };
    const backup = (await core.call('backups.create', {})) as Ok<BackupView>;
    const before = await reportCount();
    let restoring: Promise<Envelope<unknown>> | null = null;
    const report = await core.call('reports.build', { period: '2026-08', number: 94, date: '2026-08-20' }, {
      onProgress: (p) => {
        // Halfway through the member list, the officer restores a backup in another window.
        if (p.phase === 'writing' && p.total && p.done > 0 && !restoring) restoring = core.call('backups.restore', { file: backup.result.file });
      },
    });
    expect(report).toEqual(INTERRUPTED_BY_RESTORE);
    expect((report as { error: { message: string } }).error.message).toContain('khôi phục từ bản sao lưu');
    expect((report as { error: { message: string } }).error.message).toContain('chưa ghi gì');
    const restored = (await restoring!) as Ok<RestoreResult>;
    expect(restored.ok, JSON.stringify(restored)).toBe(true);
    // The data as it was just before the restore (its safety backup) holds no half-built report.
    const safety = new Database(restored.result.safetyBackup, { readonly: true });
    try {
      expect((safety.prepare('SELECT count(*) AS n FROM upward_report').get() as { n: number }).n).toBe(before);
    } finally {
      safety.close();
    }
    // The long core is back on the restored file and builds again.
    expect((await core.call('reports.build', { period: '2026-08', number: 94, date: '2026-08-20' })).ok).toBe(true);
  });
});
