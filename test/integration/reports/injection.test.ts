/**
 * Text that a spreadsheet would run as a formula stays inert text in the report: in the XLSX
 * (no formula cells), in ExcelJS's reading, and in what LibreOffice makes of it. Numbers and
 * dates are never touched.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { looksLikeFormula, safeText } from '../../../electron/core/xlsx';
import { demoCommuneInput, tempCore } from '../../helpers/core';
import { OUT, run, sheetsAsCsv, writeOut } from './tools';

const HOSTILE = {
  village: '=HYPERLINK("http://example.com/x","Bấm vào")',
  team: '+Tổ 1+2',
  names: ['=1+1', '@SUM(1,2)', '-2+3', 'Nguyễn Văn An'],
  organisation: "=cmd|' /C calc'!A0",
  note: '=1+1',
};

describe('safeText', () => {
  it.each([
    ['=1+1', "'=1+1"], ['+84912345678', "'+84912345678"], ['-5', "'-5"], ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"], ['\r=1', "'\r=1"], ['  =1', "'  =1"], ['Nguyễn Văn An', 'Nguyễn Văn An'], ['1+1', '1+1'], ['a=b', 'a=b'],
  ])('%j → %j', (input, output) => {
    expect(safeText(input)).toBe(output);
  });

  it('normalises to NFC and drops characters XML cannot carry', () => {
    expect(safeText('Nguyễn'.normalize('NFD'))).toBe('Nguyễn'.normalize('NFC'));
    expect(safeText('A\u0000B\u0007C\ud800D')).toBe('ABCD');
    expect(looksLikeFormula('Thôn =1')).toBe(false);
  });
});

describe('a report whose data looks like formulas', () => {
  let t: ReturnType<typeof tempCore>;
  let file: string;
  let sheets: Record<string, string[][]>;

  beforeAll(async () => {
    t = tempCore({ clock: () => new Date('2026-11-20T09:00:00+07:00') });
    await t.op('commune.save', demoCommuneInput);
    const village = await t.op('villages.create', { name: HOSTILE.village, kind: 'thon' });
    let team = await t.op('teams.create', { name: HOSTILE.team, level: 'village', villageIds: [village.id] });
    for (const [i, fullName] of HOSTILE.names.entries()) {
      team = await t.op('teams.addMember', {
        teamId: team.id, teamVersion: team.version, position: i === 0 ? 'to_truong' : 'thanh_vien', startDate: '2026-10-01',
        newPerson: { fullName, birthYear: 1980 + i, phone: `091234567${i}`, organisation: HOSTILE.organisation, villageId: village.id },
      });
    }
    await t.op('teams.setStatus', { id: team.id, version: team.version, status: 'established', on: '2026-10-01' });
    await t.op('reports.saveActivity', { period: '2026-11', teamId: team.id, version: 0, values: { 'ho-so-dvctt': 4 }, note: HOSTILE.note });
    const built = await t.op('reports.build', { period: '2026-11', date: '2026-11-16', layoutId: 'hung-yen' });
    file = writeOut('injection.xlsx', built.bytes);
    sheets = sheetsAsCsv(file, `${OUT}/injection-csv`);
  });
  afterAll(() => t.dispose());

  it('has no formula anywhere in the file', () => {
    const xml = run('unzip', ['-p', file, 'xl/worksheets/*.xml']);
    expect(xml).toContain('<sheetData>');
    expect(xml).not.toMatch(/<f[ >]/u);
  });

  it('reads back as text that starts with an apostrophe; numbers stay numbers', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const texts: string[] = [];
    wb.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type, `${sheet.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === 'string') texts.push(cell.value);
        }),
      ),
    );
    for (const name of ['=1+1', '@SUM(1,2)', '-2+3']) expect(texts).toContain(`'${name}`);
    expect(texts).toContain(`'${HOSTILE.team}`);
    expect(texts).toContain(`'${HOSTILE.organisation}`);
    expect(texts).toContain('Nguyễn Văn An');
    expect(texts.filter((s) => looksLikeFormula(s))).toEqual([]);
    const list = wb.getWorksheet('Biểu 02-DS')!;
    const an = list.getColumn(2).values.findIndex((v) => v === 'Nguyễn Văn An');
    expect(list.getRow(an).getCell(4).value).toBe(1983); // Năm sinh, a number
    expect(list.getRow(an).getCell(1).type).toBe(ExcelJS.ValueType.Number);
  });

  it('stays text in LibreOffice: nothing is calculated', () => {
    const csv = Object.values(sheets).flat(2);
    for (const name of ['=1+1', '@SUM(1,2)', '-2+3']) expect(csv).toContain(`'${name}`);
    expect(csv).toContain(`'${HOSTILE.organisation}`);
    // The name column holds exactly the names as typed (plus the apostrophe): "=1+1" did not become 2.
    const list = sheets['Biểu 02-DS'];
    const names = list.filter((r) => /^\d+$/u.test(r[0])).map((r) => r[1]);
    expect(names.sort()).toEqual(["'-2+3", "'=1+1", "'@SUM(1,2)", 'Nguyễn Văn An'].sort());
    const results = sheets['Biểu 03-KQ'];
    expect(results.some((r) => r[1] === `'${HOSTILE.team}` && r.includes('4'))).toBe(true);
  });
});
