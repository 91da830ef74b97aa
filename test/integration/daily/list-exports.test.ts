import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../electron/cli/seed/demo';
import { tempCore } from '../../helpers/core';

const OUT = resolve('test-output/daily-lists');
let t: ReturnType<typeof tempCore>;
beforeAll(async () => {
  t = tempCore({ clock: () => new Date('2026-11-30T03:00:00Z') });
  await seedDemo(t.core);
  mkdirSync(OUT, { recursive: true });
});
afterAll(() => t.dispose());

/** LibreOffice as the independent reader: every exported workbook → CSV text, in one run. */
function toCsv(files: string[]): Map<string, string> {
  const profile = mkdtempSync(join(tmpdir(), 'tcns-lo-'));
  try {
    execFileSync('libreoffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', OUT, ...files], { timeout: 170_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return new Map(files.map((f) => [f, readFileSync(f.replace(/\.xlsx$/u, '.csv'), 'utf8')]));
}

describe('lists the office prints, as XLSX with the ND30 header (issue 11)', () => {
  it('exports people (filtered), a team\'s members, villages and trainings; LibreOffice reads them back', async () => {
    const team = (await t.op('teams.list', {})).find((x) => x.name.endsWith('thôn Đông'))!;
    const exports = [
      await t.op('lists.exportXlsx', { list: 'people', filter: { membersOnly: true, role: 'doan_thanh_nien' } }),
      await t.op('lists.exportXlsx', { list: 'teamMembers', teamId: team.id }),
      await t.op('lists.exportXlsx', { list: 'villages' }),
      await t.op('lists.exportXlsx', { list: 'trainings' }),
    ];
    const files = exports.map((f, i) => {
      const path = join(OUT, `${i}-${f.fileName}`);
      writeFileSync(path, f.bytes);
      return path;
    });
    const csv = toCsv(files);
    const [people, members, villages, trainings] = files.map((f) => csv.get(f)!);
    for (const text of csv.values()) {
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
      expect(text).toContain('ỦY BAN NHÂN DÂN');
      expect(text).toContain('XÃ HÒA BÌNH');
      expect(text).toContain('Hòa Bình, ngày 30 tháng 11 năm 2026');
      expect(text).toContain('Nguyễn Văn Ánh'); // the chair signs
    }
    const youth = await t.op('people.list', { filter: { membersOnly: true, role: 'doan_thanh_nien' }, limit: 500 });
    for (const p of youth.rows) expect(people).toContain(p.fullName);
    expect(people.split('\n').filter((l) => l.includes('Đoàn thanh niên')).length).toBe(youth.total);
    const detail = await t.op('teams.get', { id: team.id });
    expect(members).toContain(`DANH SÁCH THÀNH VIÊN ${team.name.toUpperCase()}`);
    for (const m of detail.members) expect(members).toContain(m.fullName);
    expect(villages).toContain('Thôn Hạ');
    expect(villages).toContain('Đã sáp nhập');
    expect(trainings).toContain('17/03/2026');
  });

  it('sets the page up for printing: A4, the table header repeated on every page, fit to width', async () => {
    const file = await t.op('lists.exportXlsx', { list: 'villages' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes.buffer.slice(file.bytes.byteOffset, file.bytes.byteOffset + file.bytes.byteLength) as ArrayBuffer);
    const sheet = wb.worksheets[0];
    expect(sheet.pageSetup.paperSize).toBe(9);
    expect(sheet.pageSetup.fitToWidth).toBe(1);
    expect(sheet.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/u);
    const headerRow = Number(sheet.pageSetup.printTitlesRow!.split(':')[0]);
    expect(sheet.getRow(headerRow).getCell(2).value).toBe('Tên');
  });

  it('neutralises a formula typed into a name', async () => {
    await t.op('people.create', { person: { fullName: '=HYPERLINK("http://x")' } }).catch(() => undefined);
    const file = await t.op('lists.exportXlsx', { list: 'people', filter: {} });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes.buffer.slice(file.bytes.byteOffset, file.bytes.byteOffset + file.bytes.byteLength) as ArrayBuffer);
    const formulas: unknown[] = [];
    wb.worksheets[0].eachRow((row) => row.eachCell((c) => { if (c.type === ExcelJS.ValueType.Formula) formulas.push(c.value); }));
    expect(formulas).toEqual([]);
  });
});
