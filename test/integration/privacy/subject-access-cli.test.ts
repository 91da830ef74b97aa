import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/index';
import { openDatabase } from '../../../electron/core/db/open';

/**
 * The subject's right of access (a PDF and a workbook of everything held about one person, read
 * back with poppler and unzip) and `people delete` on the command line, through the same
 * operations as the app.
 */
let dir: string;
let db: string;
let printed: string[];
const cli = (...args: string[]) => {
  printed = [];
  return main([...args, '--db', db], (s) => printed.push(s));
};
const cliProcess = (input: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', ...args, '--db', db], { input, encoding: 'utf8', timeout: 60_000 });

let lan: { id: string; fullName: string };
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tcns-privacy-cli-'));
  db = join(dir, 'tcns.db');
  expect(await cli('seed')).toBe(0);
  expect(await cli('people', 'search', 'nguyen thi lan', '--json')).toBe(0);
  lan = (JSON.parse(printed.join('\n')) as { rows: { id: string; fullName: string }[] }).rows[0];
  // Give her a CCCD and a note, as an officer would.
  const sqlite = openDatabase(db);
  sqlite.prepare("UPDATE person SET cccd = '046185004321', birth_year = 1985, phone = '0912345678', note = 'Nhà gần trạm y tế' WHERE id = ?").run(lan.id);
  sqlite.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('subject access export', () => {
  it('writes a PDF with everything held about her, in embedded Liberation Serif', async () => {
    const out = join(dir, 'lan.pdf');
    expect(await cli('people', 'export', lan.id, '--pdf', '--out', out)).toBe(0);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    expect(text).toContain('DỮ LIỆU CÁ NHÂN ĐANG ĐƯỢC LƯU GIỮ');
    expect(text).toContain('Nguyễn Thị Lan');
    expect(text).toContain('046185004321'); // her own copy carries the full number
    expect(text).toContain('0912345678');
    expect(text).toContain('Nhà gần trạm y tế');
    expect(text).toMatch(/Tổ công nghệ số cộng đồng/u);
    expect(text).toMatch(/Quyết định số 05\/QĐ-UBND/u);
    expect(text).toMatch(/Tập huấn/u);
    expect(execFileSync('pdffonts', [out], { encoding: 'utf8' })).toMatch(/LiberationSerif.*yes/u);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', out, join(process.cwd(), 'test-output', 'subject-access')]);
    expect((readFileSync(out).length)).toBeGreaterThan(1000);
  });

  it('writes the same as a workbook, one sheet per section', async () => {
    const out = join(dir, 'lan.xlsx');
    expect(await cli('people', 'export', lan.id, '--xlsx', '--out', out)).toBe(0);
    const book = execFileSync('unzip', ['-p', out, 'xl/workbook.xml'], { encoding: 'utf8' });
    for (const sheet of ['Thông tin cá nhân', 'Tham gia tổ', 'Tập huấn', 'Quyết định', 'Lịch sử thay đổi']) expect(book).toContain(sheet);
    const strings = execFileSync('unzip', ['-p', out, 'xl/sharedStrings.xml'], { encoding: 'utf8' });
    for (const s of ['Nguyễn Thị Lan', '046185004321', '0912345678', '05/QĐ-UBND']) expect(strings).toContain(s);
  });
});

describe('people delete on the command line', () => {
  it('explains, asks, and changes nothing unless the officer types "xoa"', () => {
    const refused = cliProcess('khong\n', 'people', 'delete', lan.id);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain('văn bản hành chính nên được giữ nguyên');
    expect(refused.stdout).toContain('Đã hủy, không có gì thay đổi.');
    const sqlite = openDatabase(db);
    expect(sqlite.prepare('SELECT full_name FROM person WHERE id = ?').get(lan.id)).toEqual({ full_name: 'Nguyễn Thị Lan' });
    sqlite.close();
  });

  it('deletes with --yes through people.delete, and says so when asked again', async () => {
    expect(await cli('people', 'delete', lan.id, '--yes')).toBe(0);
    expect(printed.at(-1)).toBe('Đã xóa thông tin cá nhân của Nguyễn Thị Lan.');
    const sqlite = openDatabase(db);
    expect(sqlite.prepare('SELECT full_name, cccd, phone, note FROM person WHERE id = ?').get(lan.id)).toEqual({
      full_name: 'Người đã xóa thông tin', cccd: null, phone: null, note: null,
    });
    expect(sqlite.prepare("SELECT action, actor FROM audit_log WHERE action = 'people.delete'").all()).toEqual([{ action: 'people.delete', actor: 'cli' }]);
    sqlite.close();
    expect(await cli('people', 'delete', lan.id, '--yes')).toBe(1);
    expect(printed.at(-1)).toBe('Lỗi: Thông tin của người này đã được xóa trước đây.');
    writeFileSync(join(dir, 'done'), '');
  });
});
