import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/index';
import { createCore } from '../../../electron/core/app';
import { backupBefore } from '../../../electron/core/backups/handlers';
import { backupFolder, backupsToKeep, ensureDailyBackup, listBackups } from '../../../electron/core/backups/store';
import { demoCommuneInput, tempCore } from '../../helpers/core';

let t: ReturnType<typeof tempCore>;
beforeEach(async () => {
  t = tempCore();
  await t.op('commune.save', demoCommuneInput);
  await t.op('villages.create', { name: 'Thôn Đông', kind: 'thon' });
  await t.op('people.create', { person: { fullName: 'Phạm Thị Mai' } });
});
afterEach(() => t.dispose());

async function cli(...args: string[]): Promise<{ code: number; text: string }> {
  const printed: string[] = [];
  const code = await main([...args, '--db', t.dbFile], (s) => printed.push(s));
  return { code, text: printed.join('\n') };
}

const mode = (file: string) => statSync(file).mode & 0o777;

describe('backups (issue 9)', () => {
  it('backup create / list --json / verify from the CLI: checked, counted, 0600, beside the database', async () => {
    const created = await cli('backup', 'create');
    expect(created.code).toBe(0);
    expect(created.text).toMatch(/Đã sao lưu và kiểm tra: .*tcns-sao-luu.*1 thôn\/tổ dân phố, 0 tổ, 1 người/u);
    const listed = await cli('backup', 'list', '--json');
    const { folder, backups } = JSON.parse(listed.text) as { folder: string; backups: { file: string; reason: string; verified: boolean; counts: unknown }[] };
    expect(folder).toBe(join(t.dir, 'tcns-sao-luu'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatchObject({ reason: 'manual', verified: true, counts: { villages: 1, people: 1, teams: 0, decisions: 0 } });
    if (process.platform !== 'win32') {
      expect(mode(backups[0].file)).toBe(0o600);
      expect(mode(`${backups[0].file}.json`)).toBe(0o600);
      expect(mode(t.dbFile)).toBe(0o600);
    }
    expect(existsSync(`${backups[0].file}-wal`)).toBe(false); // one self-contained file
    const verified = await cli('backup', 'verify', backups[0].file);
    expect(verified).toMatchObject({ code: 0 });
    expect(verified.text).toMatch(/tốt: toàn vẹn, phiên bản dữ liệu \d+; 1 thôn/u);
    const bogus = join(t.dir, 'bogus.db');
    const other = new Database(bogus);
    other.exec('CREATE TABLE note (text TEXT)');
    other.close();
    const refused = await cli('backup', 'verify', bogus);
    expect(refused.code).toBe(1);
    expect(refused.text).toMatch(/KHÔNG dùng được: Không phải tệp dữ liệu TCNS/u);
  });

  it('"Sao lưu ngay" to a chosen folder (a USB stick) keeps it out of the rotation folder', async () => {
    const usb = join(t.dir, 'usb');
    const created = await cli('backup', 'create', '--to', usb);
    expect(created.code).toBe(0);
    expect(readdirSync(usb).filter((n) => n.endsWith('.db'))).toHaveLength(1);
    expect(listBackups(backupFolder(t.dbFile))).toEqual([]);
  });

  it('"Sao lưu ngay" to a "folder" that is a file is refused in Vietnamese, and nothing is written', async () => {
    const file = join(t.dir, 'ghi-chu.txt');
    writeFileSync(file, 'không phải thư mục');
    for (const folder of [file, join(file, 'con')]) {
      await expect(t.op('backups.create', { folder })).rejects.toThrow(
        `Không tạo được bản sao lưu trong ${folder}: đường dẫn này (hoặc một phần của nó) là một tệp, không phải thư mục. Hãy chọn một thư mục. Dữ liệu không bị thay đổi.`,
      );
    }
    expect(readFileSync(file, 'utf8')).toBe('không phải thư mục');
    expect(readdirSync(t.dir).filter((n) => n.endsWith('.db') && n !== 'tcns.db')).toEqual([]);
  });

  it('backup restore --yes brings back the backup’s counts exactly; the pre-restore state is itself a backup; audited', async () => {
    const made = backupBefore(t.core.ctx, 'bulk');
    expect(made?.verified).toBe(true);
    await t.op('villages.create', { name: 'Thôn Tây', kind: 'thon' });
    await t.op('people.create', { person: { fullName: 'Lê Văn Tám' } });
    await t.op('people.create', { person: { fullName: 'Trần Thị Chín' } });
    t.core.close(); // the CLI is another program: the test's own connection must not hold the file
    const restored = await cli('backup', 'restore', made!.file, '--yes');
    expect(restored.code).toBe(0);
    expect(restored.text).toMatch(/hiện tại: 2 thôn\/tổ dân phố, 0 tổ, 3 người[\s\S]*sau khi khôi phục: 1 thôn\/tổ dân phố, 0 tổ, 1 người[\s\S]*Đã khôi phục\. Bây giờ: 1 thôn\/tổ dân phố, 0 tổ, 1 người/u);

    const core = createCore({ dbFile: t.dbFile });
    try {
      const audit = core.ctx.db.prepare("SELECT actor, before, after FROM audit_log WHERE action = 'backups.restore'").all() as { actor: string; before: string; after: string }[];
      expect(audit).toHaveLength(1);
      expect(JSON.parse(audit[0].before)).toMatchObject({ counts: { villages: 2, people: 3 } });
      expect(JSON.parse(audit[0].after)).toMatchObject({ counts: { villages: 1, people: 1 } });
      const safety = listBackups(backupFolder(t.dbFile)).find((b) => b.reason === 'restore');
      expect(safety).toMatchObject({ verified: true, counts: { villages: 2, people: 3 } });
    } finally {
      core.close();
    }
    t.core = createCore({ dbFile: t.dbFile }); // for dispose()
  });

  it('restore without --yes asks, and in a non-interactive run changes nothing', async () => {
    const made = backupBefore(t.core.ctx, 'bulk');
    await t.op('villages.create', { name: 'Thôn Tây', kind: 'thon' });
    t.core.close();
    const asked = await cli('backup', 'restore', made!.file);
    expect(asked.code).toBe(1);
    expect(asked.text).toMatch(/Đã hủy: chưa có gì thay đổi/u);
    t.core = createCore({ dbFile: t.dbFile });
    expect(t.core.ctx.db.prepare('SELECT count(*) n FROM village').get()).toEqual({ n: 2 });
  });

  it('the backups operations: list, inspect read-only, restore through the core with the count changes', async () => {
    const made = await t.op('backups.create', {});
    await t.op('villages.create', { name: 'Thôn Tây', kind: 'thon' });
    const overview = await t.op('backups.list', {});
    expect(overview.current).toMatchObject({ villages: 2 });
    expect(overview.backups.map((b) => b.name)).toEqual([made.name]);
    const inspected = await t.op('backups.inspect', { file: made.file });
    expect(inspected).toMatchObject({ verified: true, counts: { villages: 1 } });
    const result = await t.op('backups.restore', { file: made.file });
    expect(result).toMatchObject({ before: { villages: 2 }, after: { villages: 1 } });
    // The core now works on the restored data.
    expect((await t.op('villages.list', {})).map((v) => v.name)).toEqual(['Thôn Đông']);
    const inspectedBad = await t.core.call('backups.inspect', { file: join(t.dir, 'missing.db') });
    expect(!inspectedBad.ok && inspectedBad.error.message).toMatch(/Không tìm thấy tệp sao lưu/u);
  });

  it('a daily backup on the first start of each day, and only one', () => {
    const day1 = new Date('2026-11-30T08:00:00');
    expect(ensureDailyBackup(t.dbFile, day1)?.reason).toBe('daily');
    expect(ensureDailyBackup(t.dbFile, new Date('2026-11-30T15:00:00'))).toBeNull();
    expect(ensureDailyBackup(t.dbFile, new Date('2026-12-01T08:00:00'))?.reason).toBe('daily');
    expect(listBackups(backupFolder(t.dbFile))).toHaveLength(2);
  });
});

describe('rotation: 3 newest, then 7 daily, 5 weekly, 12 monthly; manual ones kept', () => {
  it('keeps the right ones out of two years of daily backups', () => {
    const backups = [];
    const start = new Date('2025-01-01T09:00:00').getTime();
    for (let d = 0; d < 730; d++) {
      const at = new Date(start + d * 86_400_000);
      backups.push({ name: `d${d}`, createdAt: at.toISOString(), reason: 'daily' as const, verified: true });
      if (d % 100 === 0) backups.push({ name: `m${d}`, createdAt: at.toISOString(), reason: 'manual' as const, verified: true });
    }
    backups.push({ name: 'bad', createdAt: new Date(start + 729 * 86_400_000 + 1000).toISOString(), reason: 'import' as const, verified: false });
    const keep = backupsToKeep(backups);
    const daily = [...keep].filter((n) => n.startsWith('d')).map((n) => Number(n.slice(1))).sort((a, b) => b - a);
    expect(daily.slice(0, 7)).toEqual([729, 728, 727, 726, 725, 724, 723]);
    expect(daily.length).toBeLessThanOrEqual(7 + 5 + 12);
    expect(daily.length).toBeGreaterThanOrEqual(18);
    expect(Math.min(...daily)).toBeGreaterThan(729 - 366); // a year back, not more
    expect([...keep].filter((n) => n.startsWith('m'))).toHaveLength(8);
    expect(keep.has('bad')).toBe(false);
  });

  it('prunes the folder when backups pile up, leaving every kept one verified', () => {
    for (let d = 0; d < 12; d++) ensureDailyBackup(t.dbFile, new Date(2026, 10, 1 + d, 9));
    const names = listBackups(backupFolder(t.dbFile));
    expect(names.length).toBeLessThanOrEqual(10);
    expect(names.every((b) => b.verified)).toBe(true);
    expect(readdirSync(backupFolder(t.dbFile)).filter((n) => n.includes('.tmp-'))).toEqual([]);
  });
});
