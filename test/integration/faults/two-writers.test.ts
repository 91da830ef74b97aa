import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/app';
import { backupFolder, checkDatabaseFile, createBackup, listBackups } from '../../../electron/core/backups/store';
import { call } from '../../../electron/core/dispatch';
import { latestVersion } from '../../../electron/core/db/migrate';
import { demoCommuneInput } from '../../helpers/core';
import { bundlePrograms, checkDatabase, importCsv, run, startServe, type Programs } from '../../helpers/fault-harness';

/** Two programs on one file (issue 14 §1–2, acceptance 1–2). */
let programs: Programs;
let dir: string;
beforeAll(async () => {
  programs = await bundlePrograms('two-writers');
  dir = mkdtempSync(join(tmpdir(), 'tcns-writers-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function communeDb(name: string): Promise<string> {
  const file = join(dir, name);
  const core = createCore({ dbFile: file, create: true });
  await call(core.handlers, core.ctx, 'commune.save', demoCommuneInput);
  core.close();
  return file;
}

/** Another process holding SQLite's write lock for `ms`; resolves once it holds it. */
function holdWriteLock(file: string, ms: number): Promise<{ done: Promise<void> }> {
  const script = `const D = require(${JSON.stringify(require.resolve('better-sqlite3'))});
const db = new D(${JSON.stringify(file)});
db.exec('BEGIN IMMEDIATE');
console.log('locked');
setTimeout(() => { db.exec('COMMIT'); db.close(); }, ${ms});`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', script]);
    const done = new Promise<void>((r) => child.on('close', () => r()));
    child.stdout.on('data', () => resolve({ done }));
  });
}

describe('a second writer', () => {
  it('waits for the other program’s write (BEGIN IMMEDIATE + busy_timeout) instead of failing', async () => {
    const file = await communeDb('wait.db');
    const core = createCore({ dbFile: file });
    try {
      const lock = await holdWriteLock(file, 1200);
      const envelope = await core.call('villages.create', { name: 'Thôn Chờ', kind: 'thon' });
      expect(envelope.ok).toBe(true);
      await lock.done;
    } finally {
      core.close();
    }
  });

  it('past the busy timeout: a Vietnamese message naming the other TCNS program; nothing written', async () => {
    const file = await communeDb('busy.db');
    const serve = await startServe(programs.serve, file);
    const core = createCore({ dbFile: file, busyTimeoutMs: 300 });
    try {
      const lock = await holdWriteLock(file, 2000);
      const envelope = await core.call('villages.create', { name: 'Thôn Bận', kind: 'thon' });
      expect(envelope.ok).toBe(false);
      if (!envelope.ok) {
        expect(envelope.error.code).toBe('BUSY');
        expect(envelope.error.message).toMatch(/đang được TCNS chạy trong trình duyệt \(npm run serve\) \(tiến trình \d+/u);
        expect(envelope.error.message).toMatch(/Dữ liệu không bị thay đổi\. Hãy đợi một lát rồi thử lại/u);
      }
      await lock.done;
      expect(core.ctx.db.prepare("SELECT count(*) AS n FROM village WHERE name = 'Thôn Bận'").get()).toEqual({ n: 0 });
      // A restore would pull the file from under the other program: refused, naming it.
      const backup = createBackup(file, 'manual');
      const restore = await core.call('backups.restore', { file: backup.file });
      expect(!restore.ok && restore.error).toMatchObject({ code: 'BUSY', message: expect.stringMatching(/TCNS chạy trong trình duyệt.*Hãy đóng chương trình đó rồi khôi phục lại; chưa có gì thay đổi/u) });
    } finally {
      core.close();
      await serve.kill();
    }
  });

  it('two serve processes and CLI imports writing one file for 20 s: no HTTP 500, no lost write, refusals only the busy message', { timeout: 120_000 }, async () => {
    const file = await communeDb('shared.db');
    const servers = await Promise.all([startServe(programs.serve, file), startServe(programs.serve, file)]);
    const acked: string[] = [];
    const statuses = new Map<number, number>();
    const refusals: string[] = [];
    const until = Date.now() + 20_000;
    const writer = async (s: number, w: number) => {
      for (let i = 0; Date.now() < until; i++) {
        const name = `Thôn S${s}W${w}N${i}`;
        const reply = await servers[s].call('villages.create', { name, kind: 'thon' });
        const status = reply?.status ?? 0;
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status === 200) acked.push(name);
        else refusals.push(`${status} ${reply?.body.error?.code} ${reply?.body.error?.message}`);
      }
    };
    const imports: { prefix: string; code: number | null; output: string }[] = [];
    const importer = async () => {
      for (let batch = 0; Date.now() < until; batch++) {
        const csv = join(dir, `shared-${batch}.csv`);
        const prefix = importCsv(csv, 500 + batch, 100);
        const result = await run(programs.cli, ['import', 'members', csv, '--commit', '--db', file]);
        imports.push({ prefix, code: result.code, output: result.stdout + result.stderr });
      }
    };
    await Promise.all([writer(0, 0), writer(0, 1), writer(1, 0), writer(1, 1), importer()]);
    await Promise.all(servers.map((s) => s.kill()));

    console.log(`two writers, 20 s: HTTP ${JSON.stringify(Object.fromEntries(statuses))}, ${acked.length} acknowledged, ${imports.length} imports (${imports.filter((i) => i.code === 0).length} committed)`);
    expect(statuses.get(500) ?? 0).toBe(0);
    expect(statuses.get(0) ?? 0).toBe(0);
    for (const r of refusals) expect(r).toMatch(/^503 BUSY Tệp dữ liệu .* đang được/u);
    for (const i of imports.filter((x) => x.code !== 0)) expect(i.output).toMatch(/Lỗi: Tệp dữ liệu .* đang được/u);
    expect(acked.length).toBeGreaterThan(20);
    expect(imports.filter((i) => i.code === 0).length).toBeGreaterThan(0);

    expect(checkDatabase(file)).toEqual({ integrity: 'ok', foreignKeyProblems: 0 });
    const db = new Database(file, { readonly: true });
    try {
      const present = new Set((db.prepare('SELECT name FROM village').all() as { name: string }[]).map((r) => r.name));
      expect(acked.filter((name) => !present.has(name))).toEqual([]);
      for (const i of imports) {
        const n = (db.prepare("SELECT count(*) AS n FROM person WHERE phone LIKE ? || '%'").get(i.prefix) as { n: number }).n;
        expect(n, `import ${i.prefix}`).toBe(i.code === 0 ? 100 : 0);
      }
    } finally {
      db.close();
    }
  });

  it('50 simultaneous opens of an older-schema file: all succeed, one migration, one intact backup', { timeout: 120_000 }, async () => {
    const file = join(dir, 'old.db');
    copyFileSync(join(import.meta.dirname, '../../fixtures/migrations/schema-v2.db'), file);
    const people = checkDatabaseFile(file).counts?.people;
    const results = await Promise.all(Array.from({ length: 50 }, () => run(programs.open, [file])));
    const answers = results.map((r) => r.stdout.trim());
    expect(answers.filter((a) => a !== JSON.stringify({ ok: true, version: latestVersion() }))).toEqual([]);
    const backups = listBackups(backupFolder(file));
    expect(backups.map((b) => [b.reason, b.verified, b.schemaVersion])).toEqual([['migration', true, 2]]);
    expect(checkDatabaseFile(backups[0].file)).toMatchObject({ ok: true, schemaVersion: 2, counts: { people } });
    expect(checkDatabaseFile(file)).toMatchObject({ ok: true, schemaVersion: latestVersion(), counts: { people } });
  });
});
