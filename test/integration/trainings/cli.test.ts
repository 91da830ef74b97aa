import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/index';
import type { TrainingSessionRow } from '../../../shared/api/trainings';

/** The CLI on the demo commune: seed, list, sheet, allowance, each on a real database file. */
let dir: string;
let db: string;
let printed: string[];
const cli = (...args: string[]) => {
  printed = [];
  return main([...args, '--db', db], (s) => printed.push(s));
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tcns-training-cli-'));
  db = join(dir, 'tcns.db');
  expect(await cli('seed')).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('training CLI on the demo commune', () => {
  let sessions: TrainingSessionRow[];

  it('lists the demo sessions as JSON: two held with every kind of mark and walk-ins, one upcoming', async () => {
    expect(await cli('training', 'list', '--json')).toBe(0);
    sessions = JSON.parse(printed.join('\n')) as TrainingSessionRow[];
    expect(sessions.map((s) => [s.date, s.status])).toEqual([['2026-12-10', 'planned'], ['2026-08-20', 'held'], ['2026-03-17', 'held']]);
    for (const held of sessions.filter((s) => s.status === 'held')) {
      const c = held.summary;
      expect(c.present * c.late * c.excused * c.absent * c.walkIns, `${held.title}: every kind of mark`).toBeGreaterThan(0);
      expect(c.unmarked).toBe(0);
      expect(c.rate).toBeCloseTo((c.present + c.late) / (c.invited - c.excused), 10);
    }
    expect(sessions[0].summary).toMatchObject({ attended: 0, unmarked: sessions[0].summary.invited });
    expect(sessions[0].summary.invited).toBeGreaterThan(0);

    expect(await cli('training', 'list')).toBe(0);
    expect(printed.join('\n')).toMatch(/17\/03\/2026 {2}Đã tổ chức {2}Tập huấn kỹ năng số cơ bản[\s\S]*tỷ lệ \d+,\d%/u);
  });

  it('writes the sign-in sheet of a session to a PDF', async () => {
    const out = join(dir, 'sheets', 'ky-ten.pdf');
    expect(await cli('training', 'sheet', sessions[0].id, '--out', out)).toBe(0);
    expect(printed[0]).toContain('Đã ghi danh sách ký tên');
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    expect(text).toContain('DANH SÁCH KÝ TÊN THAM DỰ TẬP HUẤN');
    expect(text).toContain('Nhà văn hóa thôn Bắc');
    expect(text).toContain('Viettel Quảng Trị');
  });

  it('writes the allowance workbook for a period given as dd/mm/yyyy', async () => {
    const out = join(dir, 'ngay-tham-du.xlsx');
    expect(await cli('training', 'allowance', '--from', '01/01/2026', '--to', '2026-06-30', '--out', out)).toBe(0);
    expect(printed[0]).toMatch(/^Từ 01\/01\/2026 đến 30\/06\/2026: \d+ người, \d+ ngày tham dự\./u);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK'); // an OOXML zip
  });

  it('refuses bad arguments with a Vietnamese message', async () => {
    expect(await cli('training', 'allowance', '--from', '01/01/2026')).toBe(2);
    expect(await cli('training', 'allowance', '--from', '2026/01/01', '--to', '31/12/2026', '--out', join(dir, 'x.xlsx'))).toBe(1);
    expect(printed[0]).toContain('không hợp lệ');
    expect(await cli('training', 'sheet', 'khong-co-ma', '--out', join(dir, 'x.pdf'))).toBe(1);
    expect(printed[0]).toContain('Không tìm thấy buổi tập huấn');
  });
});
