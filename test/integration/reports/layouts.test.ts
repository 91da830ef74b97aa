/**
 * Layouts are data: a province's form is a new layout file, and the same writer produces it.
 * Shown here with the example province layout on the demo commune.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../electron/cli/seed/demo';
import { checkLayout, type ReportLayout, type TableLayout } from '../../../shared/reports/layout';
import { defaultLayout, REPORT_LAYOUTS } from '../../../shared/reports/layouts';
import { tempCore } from '../../helpers/core';
import { writeOut } from './tools';

describe('checkLayout', () => {
  it('accepts every built-in layout', () => {
    for (const layout of REPORT_LAYOUTS) expect(checkLayout(layout), layout.id).toEqual([]);
  });

  it('explains in Vietnamese what is wrong with a broken layout', () => {
    const [summary, members] = defaultLayout.sheets;
    const broken: ReportLayout = {
      ...defaultLayout,
      sheets: [
        { ...summary, name: 'Tổng hợp: quý/năm' },
        { ...members, name: 'Tổng hợp: quý/năm' },
        // "gender" is a member column, but this table does not show it.
        { ...members, name: 'Một tên trang tính dài hơn ba mươi mốt ký tự', tables: [{ ...members.tables[0], total: { label: 'Cộng', at: 'gender' } } as TableLayout] },
        { ...summary, name: 'Nhóm', tables: [{ ...summary.tables[0], groupByTeam: true }] },
      ],
    };
    const problems = checkLayout(broken);
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/Tên trang tính "Tổng hợp: quý\/năm" không hợp lệ/u),
      expect.stringMatching(/bị trùng/u),
      expect.stringMatching(/tối đa 31 ký tự/u),
      expect.stringMatching(/dòng tổng cộng đặt vào cột "gender" không có trong bảng/u),
      expect.stringMatching(/chỉ danh sách thành viên mới nhóm theo tổ/u),
    ]));
  });
});

describe('the example province layout, written by the same writer', () => {
  let t: ReturnType<typeof tempCore>;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    t = tempCore();
    await seedDemo(t.core);
    const built = await t.op('reports.build', { period: '2026-Q3', number: 3, date: '2026-09-18', layoutId: 'hung-yen' });
    const file = writeOut('demo-q3-hung-yen.xlsx', built.bytes);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
  });
  afterAll(() => t.dispose());

  const values = (sheet: ExcelJS.Worksheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow((row, n) => (rows[n] = (row.values as unknown[]).slice(1)));
    return rows.filter(Boolean);
  };

  it('has its own sheets, titles and portrait summary', () => {
    expect(wb.worksheets.filter((s) => s.state === 'visible').map((s) => s.name)).toEqual(['Biểu 01-TH', 'Biểu 02-DS', 'Biểu 03-KQ']);
    const summary = wb.getWorksheet('Biểu 01-TH')!;
    expect(summary.pageSetup.orientation).toBe('portrait');
    const text = values(summary).flat().filter((v) => typeof v === 'string');
    expect(text).toContain('BÁO CÁO THỐNG KÊ');
    expect(text).toContain('Số: 03/BC-UBND');
    expect(text).toContain('NGƯỜI TỔNG HỢP');
    expect(text).toContain('Cộng');
  });

  it('numbers the columns and groups members under their team, STT restarting', () => {
    const list = values(wb.getWorksheet('Biểu 02-DS')!);
    const header = list.findIndex((r) => r[0] === 'TT');
    expect(list[header]).toEqual(['TT', 'Họ và tên', 'Giới tính', 'Năm sinh', 'Chức vụ, đơn vị công tác', 'Chức danh trong Tổ', 'Điện thoại']);
    expect(list[header + 1]).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)']);
    const teamRows = list.filter((r) => typeof r[0] === 'string' && String(r[0]).startsWith('Tổ công nghệ số cộng đồng'));
    const teams = t.count(`SELECT count(*) n FROM team WHERE established_on <= '2026-09-14' AND (dissolved_on IS NULL OR dissolved_on > '2026-09-14')`);
    expect(teamRows).toHaveLength(teams);
    const first = list.findIndex((r) => r === teamRows[0]);
    expect(list[first + 1][0]).toBe(1);
    const second = list.findIndex((r) => r === teamRows[1]);
    expect(list[second + 1][0]).toBe(1);
    expect(list[first + 1][4]).toBe('Phó Chủ tịch UBND xã, UBND xã Hòa Bình'); // job title and workplace
  });

  it('writes one column per indicator on the results sheet, with the same totals', () => {
    const rows = values(wb.getWorksheet('Biểu 03-KQ')!);
    const header = rows.findIndex((r) => r[0] === 'TT');
    const labels = rows[header + 1] as string[];
    const indicators = t.count('SELECT count(*) n FROM activity_indicator WHERE active = 1');
    expect(labels.filter((l) => typeof l === 'string' && l.endsWith(')'))).toHaveLength(indicators);
    const total = rows.find((r) => r[0] === 'Cộng')!;
    const col = labels.findIndex((l) => typeof l === 'string' && l.startsWith('Hồ sơ dịch vụ công'));
    const expected = t.count(
      `SELECT sum(v.value) n FROM activity_value v JOIN activity_report r ON r.id = v.report_id
       WHERE v.indicator_id = 'ho-so-dvctt' AND r.period_from >= '2026-06-15' AND r.period_to <= '2026-09-14'`,
    );
    expect(total[col]).toBe(expected);
  });
});
