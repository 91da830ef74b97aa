import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, closeSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/app';
import { backupFolder, createBackup } from '../../../electron/core/backups/store';
import { call } from '../../../electron/core/dispatch';
import { main } from '../../../electron/cli/index';
import { demoCommuneInput } from '../../helpers/core';
import { bundlePrograms, run, startServe, type Programs } from '../../helpers/fault-harness';

/**
 * Damaged, missing, empty, read-only and full files (issue 14 §3–6, issue 9 acceptance 3):
 * each gives its Vietnamese message, a non-zero exit and no stack trace; a file that existed
 * keeps its bytes; where no file existed none is created.
 */
let dir: string;
let healthy: string;
let programs: Programs;
let middlePersonPages: number[] = [];
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function cli(...args: string[]): Promise<{ code: number; text: string }> {
  const printed: string[] = [];
  const code = await main(args, (s) => printed.push(s));
  return { code, text: printed.join('\n') };
}

beforeAll(async () => {
  programs = await bundlePrograms('damaged-files');
  dir = mkdtempSync(join(tmpdir(), 'tcns-damaged-'));
  chmodSync(dir, 0o755);
  healthy = join(dir, 'healthy', 'tcns.db');
  const core = createCore({ dbFile: healthy, create: true });
  await call(core.handlers, core.ctx, 'commune.save', demoCommuneInput);
  for (let i = 0; i < 300; i++) {
    await call(core.handlers, core.ctx, 'people.create', { person: { fullName: `Nguyễn Văn Thử ${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`, birthYear: 1960 + (i % 40) } });
  }
  core.close();
  createBackup(healthy, 'daily');
  const db = new Database(healthy, { readonly: true });
  const pages = (db.prepare("SELECT pageno FROM dbstat WHERE name = 'person' ORDER BY pageno").all() as { pageno: number }[]).map((r) => r.pageno);
  db.close();
  middlePersonPages = pages.slice(Math.floor(pages.length / 2) - 1, Math.floor(pages.length / 2) + 2);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of the healthy database (and its backup folder) in a folder of its own. */
function copyOf(name: string): string {
  const file = join(dir, name, 'tcns.db');
  mkdirSync(join(dir, name), { recursive: true });
  copyFileSync(healthy, file);
  cpSync(backupFolder(healthy), backupFolder(file), { recursive: true });
  return file;
}

function overwrite(file: string, offset: number, bytes: Buffer): void {
  const fd = openSync(file, 'r+');
  writeSync(fd, bytes, 0, bytes.length, offset);
  closeSync(fd);
}

const PAGE = 4096;
const DAMAGES: [string, (file: string) => void, RegExp][] = [
  ['header', (f) => overwrite(f, 0, Buffer.from('NOT A DATABASE!!')), /không đọc được như cơ sở dữ liệu TCNS/u],
  ['middle pages', (f) => {
    // Pages in the middle of the people table (found with SQLite's dbstat on the healthy copy).
    for (const page of middlePersonPages) overwrite(f, (page - 1) * PAGE, Buffer.alloc(PAGE, 0x5a));
  }, /bị hỏng/u],
  ['truncation', (f) => truncateSync(f, Math.floor(statSync(f).size / PAGE / 2) * PAGE), /bị hỏng|không đọc được/u],
  ['schema page', (f) => overwrite(f, 100, Buffer.alloc(PAGE - 100, 0xa5)), /bị hỏng|không đọc được/u],
];

describe('a damaged database file', () => {
  for (const [what, damage, message] of DAMAGES) {
    it(`(${what}) is refused by doctor and import with a Vietnamese message offering the newest good backup; bytes unchanged`, async () => {
      const file = copyOf(`damaged-${what.replace(/ /gu, '-')}`);
      damage(file);
      const before = sha(file);
      const doctor = await cli('doctor', '--db', file);
      expect(doctor.code).toBe(1);
      expect(doctor.text).toMatch(message);
      expect(doctor.text).toContain(file);
      expect(doctor.text).toMatch(/Bản sao lưu tốt gần nhất: .*tcns-sao-luu.*hang-ngay/u);
      expect(doctor.text).not.toMatch(/\n\s+at |SqliteError|malformed/u);
      const csv = join(dir, `${what}.csv`);
      writeFileSync(csv, 'Họ và tên\nLê Thị Mới\n');
      const imported = await cli('import', 'members', csv, '--commit', '--db', file);
      expect(imported.code).toBe(1);
      expect(imported.text).toMatch(message);
      expect(sha(file)).toBe(before);
    });
  }

  it('is refused by serve mode: an error page and 503 STORAGE answers naming the file and the backup; bytes unchanged', async () => {
    const file = copyOf('damaged-serve');
    DAMAGES[1][1](file);
    const before = sha(file);
    const serve = await startServe(programs.serve, file, ['--demo']);
    try {
      const page = await fetch(serve.base + '/');
      expect(page.status).toBe(503);
      const html = await page.text();
      expect(html).toContain('TCNS không mở được tệp dữ liệu');
      expect(html).toContain('tcns-sao-luu');
      const reply = await serve.call('villages.create', { name: 'Thôn Mới', kind: 'thon' });
      expect(reply?.status).toBe(503);
      expect(reply?.body.error?.code).toBe('STORAGE');
      expect(reply?.body.error?.message).toMatch(/bị hỏng/u);
      expect(serve.output()).not.toMatch(/\n\s+at /u);
    } finally {
      await serve.kill();
    }
    expect(sha(file)).toBe(before);
  });
});

describe('a missing or empty file', () => {
  it('a missing path is not created by doctor, import or serve', async () => {
    const file = join(dir, 'nowhere', 'tcns.db');
    const doctor = await cli('doctor', '--db', file);
    expect(doctor.code).toBe(1);
    expect(doctor.text).toMatch(/Không tìm thấy tệp dữ liệu .*nowhere.*--create/u);
    const serve = await startServe(programs.serve, file, ['--demo']);
    const reply = await serve.call('commune.get', {});
    await serve.kill();
    expect(reply?.body.error?.message).toMatch(/Không tìm thấy tệp dữ liệu/u);
    expect(existsSync(join(dir, 'nowhere'))).toBe(false);
  });

  it('an empty file is refused, never filled with the demo commune, and stays 0 bytes', async () => {
    mkdirSync(join(dir, 'empty'));
    const file = join(dir, 'empty', 'tcns.db');
    writeFileSync(file, '');
    const serve = await startServe(programs.serve, file, ['--demo', '--create']);
    const reply = await serve.call('commune.get', {});
    await serve.kill();
    expect(reply?.status).toBe(503);
    expect(reply?.body.error?.message).toMatch(/rỗng \(0 byte\)/u);
    const seeded = await cli('seed', '--db', file);
    expect(seeded.code).toBe(1);
    expect(seeded.text).toMatch(/rỗng \(0 byte\)/u);
    expect(statSync(file).size).toBe(0);
    expect(readdirSync(join(dir, 'empty'))).toEqual(['tcns.db']);
  });

  it('seed refuses a file that already holds data', async () => {
    const file = copyOf('existing');
    const before = sha(file);
    const seeded = await cli('seed', '--db', file);
    expect(seeded.code).toBe(1);
    expect(seeded.text).toMatch(/đã có sẵn; seed chỉ tạo xã mẫu trong một tệp mới/u);
    expect(sha(file)).toBe(before);
  });
});

/** Root ignores file permissions, so as root the CLI runs as the unprivileged user "nobody". */
const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

describe('a read-only file or folder', () => {
  it('a read-only file: a Vietnamese message saying retrying will not help; bytes unchanged', async () => {
    const file = copyOf('readonly-file');
    chmodSync(join(dir, 'readonly-file'), 0o777); // the folder is writable…
    chmodSync(file, 0o444); // …the file is not
    const before = sha(file);
    const result = await run(programs.cli, ['doctor', '--db', file], asUser);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/không có quyền ghi vào tệp dữ liệu .*thử lại cũng không được/u);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at |readonly database/u);
    expect(sha(file)).toBe(before);
  });

  it('a read-only folder: the same message, nothing created beside the file', async () => {
    const file = copyOf('readonly-folder');
    if (asUser.uid !== undefined) chownSync(file, asUser.uid, asUser.gid);
    chmodSync(file, 0o600);
    chmodSync(join(dir, 'readonly-folder'), 0o555);
    const before = sha(file);
    const names = readdirSync(join(dir, 'readonly-folder')).sort();
    const result = await run(programs.cli, ['people', 'search', 'nguyen', '--db', file], asUser);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/không có quyền ghi .*readonly-folder/u);
    expect(sha(file)).toBe(before);
    expect(readdirSync(join(dir, 'readonly-folder')).sort()).toEqual(names);
  });
});

describe('a full disk', () => {
  let mount: string | null = null;
  beforeAll(() => {
    const target = join(dir, 'small-disk');
    mkdirSync(target);
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m,mode=0777', 'tmpfs', target], { stdio: 'pipe' });
      mount = target;
    } catch {
      mount = null;
    }
  });
  afterAll(() => {
    if (mount) execFileSync('umount', [mount]);
  });

  it('a write on a full disk says the disk is full and changes nothing; so does a backup', async (context) => {
    if (!mount) {
      // Mounting a small tmpfs needs root (CAP_SYS_ADMIN); CI machines without it skip this case.
      context.skip();
      return;
    }
    const file = join(mount, 'tcns.db');
    const core = createCore({ dbFile: file, create: true });
    try {
      await call(core.handlers, core.ctx, 'commune.save', demoCommuneInput);
      await call(core.handlers, core.ctx, 'villages.create', { name: 'Thôn Trước', kind: 'thon' });
      // Fill the rest of the disk.
      const fd = openSync(join(mount, 'filler'), 'w');
      try {
        for (;;) writeSync(fd, Buffer.alloc(64 * 1024, 1));
      } catch {
        // ENOSPC: the disk is full now.
      } finally {
        closeSync(fd);
      }
      const villages = () => core.ctx.db.prepare('SELECT name FROM village ORDER BY name').all();
      const before = villages();
      let refused = null;
      for (let i = 0; i < 50 && !refused; i++) {
        const envelope = await core.call('people.create', { person: { fullName: `Trần Văn Đầy ${String.fromCharCode(65 + (i % 26))}`, note: 'x'.repeat(400) } });
        if (!envelope.ok) refused = envelope.error;
      }
      expect(refused?.code).toBe('STORAGE');
      expect(refused?.message).toMatch(/Ổ đĩa chứa tệp dữ liệu .* đã đầy/u);
      expect(villages()).toEqual(before);
      const backup = await core.call('backups.create', {});
      expect(backup.ok).toBe(false);
      expect(!backup.ok && backup.error.message).toMatch(/Không tạo được bản sao lưu .*ổ đĩa đầy/u);
      expect(readdirSync(backupFolder(file)).filter((n) => n.endsWith('.db'))).toEqual([]);
    } finally {
      core.close();
    }
  });
});
