import { build } from 'esbuild';
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The real CLI and serve mode as separate processes, for kill -9, two-writer and damaged-file
 * tests. They are bundled once per test file with esbuild (npm packages stay external and
 * resolve from this checkout) because tsx would add a second of start-up to every kill cycle.
 */
export interface Programs {
  cli: string;
  serve: string;
  /** A tiny program that only opens a database (50 simultaneous opens). */
  open: string;
  dir: string;
}

const ROOT = resolve(import.meta.dirname, '../..');

export async function bundlePrograms(name: string): Promise<Programs> {
  const dir = join(ROOT, 'test-output', `programs-${name}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'electron', 'test'), { recursive: true });
  const openEntry = join(dir, 'open-entry.ts');
  writeFileSync(openEntry, `import { openDatabase } from '${join(ROOT, 'electron/core/db/open')}';
try {
  const db = openDatabase(process.argv[2]);
  const version = db.pragma('user_version', { simple: true });
  db.close();
  console.log(JSON.stringify({ ok: true, version }));
} catch (error) {
  console.log(JSON.stringify({ ok: false, message: error instanceof Error ? error.message : String(error) }));
  process.exitCode = 1;
}
`);
  await build({
    entryPoints: { 'electron/cli/index': join(ROOT, 'electron/cli/index.ts'), 'electron/serve/cli': join(ROOT, 'electron/serve/cli.ts'), 'electron/test/open': openEntry },
    outdir: dir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  // Serve mode runs the core in worker threads from core-host.cjs beside its own bundle
  // (electron/serve/core-threads.ts), as scripts/build-node.mjs lays it out.
  await build({
    entryPoints: { 'electron/serve/core-host': join(ROOT, 'electron/core/host/entry.ts') },
    outdir: dir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    // import.meta is empty in CJS: the host is given its migrations folder (HostInit.migrationsDir).
    logLevel: 'error',
  });
  // The migrations are found beside the code (import.meta.url), as in the packaged app.
  for (const sub of ['cli', 'serve', 'test']) cpSync(join(ROOT, 'electron/core/db/migrations'), join(dir, 'electron', sub, 'migrations'), { recursive: true });
  return { dir, cli: join(dir, 'electron/cli/index.js'), serve: join(dir, 'electron/serve/cli.js'), open: join(dir, 'electron/test/open.js') };
}

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function run(program: string, args: string[], options: { uid?: number; gid?: number; killAfterMs?: number } = {}): Promise<Finished> {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [program, ...args], { cwd: ROOT, uid: options.uid, gid: options.gid, env: { ...process.env, NODE_NO_WARNINGS: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = options.killAfterMs === undefined ? null : setTimeout(() => child.kill('SIGKILL'), options.killAfterMs);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolvePromise({ code, signal, stdout, stderr });
    });
  });
}

export interface ServeProcess {
  child: ChildProcess;
  base: string;
  token: string;
  output: () => string;
  /** POST /api/<name>; resolves with the HTTP status and the envelope, or null if the connection died. */
  call(name: string, input: unknown): Promise<{ status: number; body: { ok: boolean; result?: unknown; error?: { code: string; message: string } } } | null>;
  kill(): Promise<void>;
}

export function startServe(program: string, dbFile: string, extra: string[] = []): Promise<ServeProcess> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [program, '--db', dbFile, '--port', '0', '--static', join(ROOT, 'test-output', 'no-ui'), ...extra], { cwd: ROOT, env: { ...process.env, NODE_NO_WARNINGS: '1' } });
    let out = '';
    const exited = new Promise<void>((r) => child.on('close', () => r()));
    const onData = (d: Buffer) => {
      out += d.toString();
      const match = /http:\/\/(127\.0\.0\.1:\d+)\/(?:#token=([\w-]+))?/u.exec(out);
      if (!match) return;
      child.stdout?.off('data', onData);
      const base = `http://${match[1]}`;
      const token = match[2] ?? '';
      resolvePromise({
        child, base, token,
        output: () => out,
        call: async (name, input) => {
          try {
            const response = await fetch(`${base}/api/${name}`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
              body: JSON.stringify(input),
            });
            return { status: response.status, body: (await response.json()) as never };
          } catch {
            return null;
          }
        },
        kill: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
          await exited;
        },
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => reject(new Error(`serve exited (${code}) before it listened:\n${out}`)));
  });
}

/**
 * Integrity and foreign keys on a fresh connection, opened as the app's next start opens the
 * file: read-write. A kill inside a rollback-journal transaction (before a migration's first
 * open switches the file to WAL) leaves a hot journal that only a read-write connection may roll
 * back; a read-only one answers "attempt to write a readonly database" instead of checking.
 */
export function checkDatabase(file: string): { integrity: string; foreignKeyProblems: number } {
  const db = new Database(file, { fileMustExist: true });
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }) as string,
      foreignKeyProblems: (db.pragma('foreign_key_check') as unknown[]).length,
    };
  } finally {
    db.close();
  }
}

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng'];
const MIDDLES = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Quang', 'Thanh', 'Ngọc', 'Xuân', 'Công'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hiếu', 'Hoa', 'Hùng', 'Khánh', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Nga', 'Phúc', 'Phương', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trang', 'Trung', 'Tuấn', 'Vân', 'Việt', 'Yến'];
const TAILS = ['Anh', 'Bảo', 'Châu', 'Diệp', 'Duy', 'Gia', 'Khôi', 'Kim', 'Nhật', 'Thu'];

/** A distinct Vietnamese name for each index below 30,000. */
export function uniqueName(index: number): string {
  const parts = [SURNAMES[index % 10], MIDDLES[Math.floor(index / 10) % 10], TAILS[Math.floor(index / 100) % 10], GIVEN[Math.floor(index / 1000) % 30]];
  return parts.join(' ');
}

/** A CSV of `rows` new people whose phones start with 09<batch 3 digits>; returns the phone prefix. */
export function importCsv(path: string, batch: number, rows: number): string {
  const prefix = `09${String(batch).padStart(3, '0')}`;
  const lines = ['Họ và tên,Năm sinh,Số điện thoại'];
  for (let r = 0; r < rows; r++) lines.push(`${uniqueName(batch * rows + r)},${1960 + (r % 40)},${prefix}${String(r).padStart(5, '0')}`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return prefix;
}
