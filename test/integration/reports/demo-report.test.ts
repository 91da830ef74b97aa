/**
 * The quarter report of the seeded demo commune, read back by independent tools: LibreOffice
 * (every sheet to CSV, and printed to PDF), poppler and ExcelJS's reader. Every total is checked
 * against the database with SQL written here, not with the report's own code.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../electron/cli/seed/demo';
import { tempCore } from '../../helpers/core';
import { findRow, num, OUT, pdfText, printToPdf, run, sheetsAsCsv, toPng, writeOut } from './tools';

const FROM = '2026-06-15';
const TO = '2026-09-14';
const YEAR_FROM = '2025-12-15';

let t: ReturnType<typeof tempCore>;
let file: string;
let sheets: Record<string, string[][]>;

beforeAll(async () => {
  t = tempCore();
  await seedDemo(t.core);
  const built = await t.op('reports.build', { period: '2026-Q3', number: 12, date: '2026-09-20', preparedBy: 'Lê Thị Mai' });
  file = writeOut('demo-q3.xlsx', built.bytes);
  sheets = sheetsAsCsv(file, `${OUT}/demo-q3-csv`);
});
afterAll(() => t.dispose());

const sql = <T>(query: string, ...params: unknown[]) => t.core.ctx.db.prepare(query).all(...params) as T[];
const one = (query: string, ...params: unknown[]) => (t.core.ctx.db.prepare(query).get(...params) as { n: number }).n;

const ESTABLISHED = `established_on <= '${TO}' AND (dissolved_on IS NULL OR dissolved_on > '${TO}')`;
const SEATED = `m.start_date <= '${TO}' AND (m.end_date IS NULL OR m.end_date > '${TO}')`;

/** The rows of a section of the summary sheet: from its heading to the next empty row. */
function section(rows: string[][], heading: string): string[][] {
  const start = rows.findIndex((r) => r[0] === heading);
  expect(start, `section "${heading}"`).toBeGreaterThanOrEqual(0);
  const end = rows.findIndex((r, i) => i > start && r.every((c) => c === ''));
  return rows.slice(start + 1, end === -1 ? undefined : end);
}

describe('demo commune, report for quarter III/2026', () => {
  it('has the sheets of the default layout, in order', () => {
    const sessions = one(`SELECT count(*) n FROM training_session WHERE status = 'held' AND date BETWEEN ? AND ?`, FROM, TO);
    expect(sessions).toBeGreaterThan(0); // the demo holds a training in the quarter
    // The data sheet for the province's consolidation (issue 13) is very hidden, not printed.
    expect(Object.keys(sheets).filter((n) => n !== 'TCNS_DuLieu').sort()).toEqual(['Danh sách tổ và thành viên', 'Kết quả hoạt động', 'Tập huấn', 'Tổng hợp'].sort());
  });

  it('opens with the administrative header, number, place and date', () => {
    const rows = sheets['Tổng hợp'];
    expect(rows[0]).toContain('ỦY BAN NHÂN DÂN');
    expect(rows[0]).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(rows[1]).toContain('XÃ HÒA BÌNH');
    expect(rows[1]).toContain('Độc lập - Tự do - Hạnh phúc');
    const flat = rows.map((r) => r.join('|')).join('\n');
    expect(flat).toContain('Số: 12/BC-UBND');
    expect(flat).toContain('Hòa Bình, ngày 20 tháng 9 năm 2026');
    expect(flat).toContain('Kết quả hoạt động của Tổ công nghệ số cộng đồng quý III năm 2026');
    expect(flat).toContain('từ ngày 15/06/2026 đến ngày 14/09/2026');
    expect(flat).toContain('Kính gửi: Sở Khoa học và Công nghệ tỉnh Quảng Trị.');
    expect(flat).toMatch(/NGƯỜI LẬP BIỂU.*TM\. ỦY BAN NHÂN DÂN/u);
    expect(flat).toMatch(/Lê Thị Mai.*Nguyễn Văn Ánh/u);
  });

  it('counts teams by level and members as the database has them on 14/09/2026', () => {
    const rows = section(sheets['Tổng hợp'], 'I. TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG');
    const teams = (level: string) => one(`SELECT count(*) n FROM team WHERE level = ? AND ${ESTABLISHED}`, level);
    const members = (level: string) =>
      one(`SELECT count(*) n FROM membership m JOIN team t ON t.id = m.team_id WHERE t.level = ? AND t.${ESTABLISHED} AND ${SEATED}`, level);
    expect(num(findRow(rows, '1', 'Tổ cấp xã')![2])).toBe(teams('commune'));
    expect(num(findRow(rows, '2', 'Tổ cấp thôn, tổ dân phố')![2])).toBe(teams('village'));
    expect(num(findRow(rows, '2', 'Tổ cấp thôn, tổ dân phố')![4])).toBe(members('village'));
    const total = findRow(rows, 'Tổng cộng')!;
    expect(num(total[2])).toBe(teams('commune') + teams('village'));
    expect(num(total[4])).toBe(members('commune') + members('village'));
    expect(num(total[5])).toBeCloseTo((members('commune') + members('village')) / (teams('commune') + teams('village')), 6);
  });

  it('splits members by background and the shares add up to the total', () => {
    const rows = section(sheets['Tổng hợp'], 'II. THÀNH VIÊN THEO THÀNH PHẦN');
    const byRole = sql<{ background_role: string; n: number }>(
      `SELECT p.background_role, count(*) n FROM membership m JOIN person p ON p.id = m.person_id JOIN team t ON t.id = m.team_id
       WHERE t.${ESTABLISHED} AND ${SEATED} GROUP BY p.background_role`,
    );
    const total = byRole.reduce((a, r) => a + r.n, 0);
    expect(num(findRow(rows, 'Tổng cộng')![2])).toBe(total);
    expect(num(findRow(rows, '5', 'Y tế')![2])).toBe(byRole.find((r) => r.background_role === 'y_te')?.n ?? 0);
    expect(num(findRow(rows, '13', 'Người dân')![2])).toBe(byRole.find((r) => r.background_role === 'nguoi_dan')?.n ?? 0);
    const counted = rows.filter((r) => /^\d+$/u.test(r[0])).reduce((a, r) => a + num(r[2]), 0);
    expect(counted).toBe(total);
  });

  it('computes village coverage from active villages with an established team', () => {
    const rows = section(sheets['Tổng hợp'], 'III. THÔN, TỔ DÂN PHỐ CÓ TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG');
    const villages = one(`SELECT count(*) n FROM village WHERE status = 'active'`);
    const covered = one(
      `SELECT count(DISTINCT v.id) n FROM village v JOIN team_village tv ON tv.village_id = v.id JOIN team t ON t.id = tv.team_id
       WHERE v.status = 'active' AND t.${ESTABLISHED}`,
    );
    const total = findRow(rows, 'Tổng cộng')!;
    expect([num(total[2]), num(total[3]), num(total[4])]).toEqual([villages, covered, villages - covered]);
    expect(num(total[5])).toBeCloseTo((100 * covered) / villages, 6); // per cent, the label says "(%)"
  });

  it('counts trainings held in the quarter and people trained once each', () => {
    const rows = section(sheets['Tổng hợp'], 'IV. TẬP HUẤN, BỒI DƯỠNG KỸ NĂNG SỐ');
    const sessions = one(`SELECT count(*) n FROM training_session WHERE status = 'held' AND date BETWEEN ? AND ?`, FROM, TO);
    const attendances = one(
      `SELECT count(*) n FROM training_invitee i JOIN training_session s ON s.id = i.session_id
       WHERE s.status = 'held' AND s.date BETWEEN ? AND ? AND i.attendance IN ('present', 'late')`, FROM, TO,
    );
    const people = one(
      `SELECT count(DISTINCT coalesce(i.person_id, i.walk_in_name)) n FROM training_invitee i JOIN training_session s ON s.id = i.session_id
       WHERE s.status = 'held' AND s.date BETWEEN ? AND ? AND i.attendance IN ('present', 'late')`, FROM, TO,
    );
    const total = findRow(rows, 'Tổng cộng')!;
    expect([num(total[2]), num(total[3]), num(total[4])]).toEqual([sessions, attendances, people]);
    expect(sheets['Tập huấn'].filter((r) => /^\d+$/u.test(r[0]))).toHaveLength(sessions);
    expect(num(findRow(sheets['Tập huấn'], 'Tổng cộng')![7])).toBe(attendances);
  });

  it('sums each indicator over the months of the quarter and compares with the targets', () => {
    const rows = section(sheets['Tổng hợp'], 'V. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU');
    const sums = (from: string) =>
      new Map(
        sql<{ name: string; n: number }>(
          `SELECT i.name, coalesce(sum(v.value), 0) n FROM activity_indicator i
           LEFT JOIN (SELECT v.indicator_id, v.value FROM activity_value v JOIN activity_report r ON r.id = v.report_id
                      WHERE r.period_from >= ? AND r.period_to <= ?) v ON v.indicator_id = i.id
           WHERE i.active = 1 GROUP BY i.id`, from, TO,
        ).map((r) => [r.name, r.n]),
      );
    const quarter = sums(FROM);
    const year = sums(YEAR_FROM);
    const targets = new Map(sql<{ name: string; n: number }>(`SELECT i.name, t.value n FROM activity_target t JOIN activity_indicator i ON i.id = t.indicator_id WHERE t.period = '2026-Q3'`).map((r) => [r.name, r.n]));
    const data = rows.filter((r) => /^\d+$/u.test(r[0]));
    expect(data).toHaveLength(quarter.size);
    expect([...quarter.values()].some((n) => n > 0)).toBe(true);
    for (const r of data) {
      expect(num(r[3]), r[1]).toBe(quarter.get(r[1]));
      expect(num(r[4]), r[1]).toBe(targets.get(r[1]));
      expect(num(r[5]), r[1]).toBeCloseTo((100 * quarter.get(r[1])!) / targets.get(r[1])!, 6); // per cent
      expect(num(r[6]), r[1]).toBe(year.get(r[1]));
    }
  });

  it('lists every current member of every established team, and no one else', () => {
    const rows = sheets['Danh sách tổ và thành viên'];
    const header = rows.findIndex((r) => r[0] === 'STT');
    expect(rows[header]).toEqual(['STT', 'Họ và tên', 'Năm sinh', 'Số điện thoại', 'Thành phần', 'Chức danh trong Tổ', 'Tổ', 'Thôn']);
    const listed = rows.slice(header + 1).filter((r) => /^\d+$/u.test(r[0]));
    const expected = sql<{ full_name: string; name: string; phone: string }>(
      `SELECT p.full_name, t.name, p.phone FROM membership m JOIN person p ON p.id = m.person_id JOIN team t ON t.id = m.team_id
       WHERE t.${ESTABLISHED} AND ${SEATED}`,
    );
    expect(listed.map((r) => `${r[1]}|${r[6]}|${r[3]}`).sort()).toEqual(expected.map((e) => `${e.full_name}|${e.name}|${e.phone}`).sort());
    expect(listed.map((r) => r[0])).toEqual(listed.map((_, i) => String(i + 1)));
    // The member who left on 30/06/2026 is not on a list as of 14/09/2026.
    const left = sql<{ full_name: string }>(`SELECT p.full_name FROM membership m JOIN person p ON p.id = m.person_id WHERE m.end_date = '2026-06-30'`);
    expect(left).toHaveLength(1);
    expect(listed.some((r) => r[1] === left[0].full_name && r[6].includes('thôn Đông'))).toBe(false);
  });

  it('shows each team\'s results and a total that equals the sum of the database', () => {
    const rows = sheets['Kết quả hoạt động'];
    const header = rows.findIndex((r) => r[0] === 'STT');
    const labels = rows[header + 1];
    const column = labels.findIndex((l) => l.startsWith('Hồ sơ dịch vụ công trực tuyến'));
    expect(column).toBeGreaterThan(3);
    const perTeam = new Map(
      sql<{ name: string; n: number }>(
        `SELECT t.name, sum(v.value) n FROM activity_value v JOIN activity_report r ON r.id = v.report_id JOIN team t ON t.id = r.team_id
         WHERE v.indicator_id = 'ho-so-dvctt' AND r.period_from >= ? AND r.period_to <= ? GROUP BY t.id`, FROM, TO,
      ).map((r) => [r.name, r.n]),
    );
    const data = rows.slice(header + 2).filter((r) => /^\d+$/u.test(r[0]));
    for (const r of data) expect(num(r[column]), r[1]).toBe(perTeam.get(r[1]) ?? NaN);
    expect(num(findRow(rows, 'Tổng cộng')![column])).toBe([...perTeam.values()].reduce((a, b) => a + b, 0));
  });

  it('records the report in the register, so the quarter is no longer due', async () => {
    const [report] = await t.op('reports.list', { period: '2026-Q3' });
    expect(report).toMatchObject({ number: 12, numberText: '12/BC-UBND', date: '2026-09-20', builtBy: 'test', layoutId: 'mac-dinh' });
    expect(report.totals.members).toBe(
      one(`SELECT count(*) n FROM membership m JOIN team t ON t.id = m.team_id WHERE t.${ESTABLISHED} AND ${SEATED}`),
    );
    const due = await t.op('reports.due', { kinds: ['quarter'] });
    expect(due.map((d) => d.code)).not.toContain('2026-Q3');
    expect(due.map((d) => d.code)).toContain('2026-Q2');
  });
});

describe('the file itself (ExcelJS reader)', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
  });

  it('uses Times New Roman, merged header blocks, borders and A4 print setup', () => {
    const summary = wb.getWorksheet('Tổng hợp')!;
    expect(summary.getCell('A1').font).toMatchObject({ name: 'Times New Roman', bold: true });
    expect(summary.getCell('A1').isMerged).toBe(true);
    expect(summary.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 });
    const members = wb.getWorksheet('Danh sách tổ và thành viên')!;
    const headerRow = members.getColumn(1).values.findIndex((v) => v === 'STT');
    expect(members.pageSetup.printTitlesRow).toBe(`${headerRow}:${headerRow}`);
    const first = members.getRow(headerRow + 1);
    expect(first.getCell(1).border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'thin' } });
    expect(first.getCell(2).font).toMatchObject({ name: 'Times New Roman', size: 12 });
    expect(members.getColumn(2).width).toBe(26);
  });

  it('keeps numbers as numbers, phone numbers as text, dates as real dates shown dd/mm/yyyy', () => {
    const members = wb.getWorksheet('Danh sách tổ và thành viên')!;
    const headerRow = members.getColumn(1).values.findIndex((v) => v === 'STT');
    const row = members.getRow(headerRow + 1);
    expect(typeof row.getCell(1).value).toBe('number');
    expect(typeof row.getCell(3).value).toBe('number'); // Năm sinh
    expect(row.getCell(4).value).toMatch(/^0\d{9}$/u); // Số điện thoại keeps its leading zero
    const trainings = wb.getWorksheet('Tập huấn')!;
    const dateCell = trainings.getColumn(2).values.find((v) => v instanceof Date) as Date;
    expect(dateCell).toBeInstanceOf(Date);
    const held = one(`SELECT count(*) n FROM training_session WHERE status = 'held' AND date = ?`, dateCell.toISOString().slice(0, 10));
    expect(held).toBeGreaterThan(0);
    const cell = trainings.getColumn(2).values.findIndex((v) => v instanceof Date);
    expect(trainings.getRow(cell).getCell(2).numFmt).toBe('dd/mm/yyyy');
  });

  it('writes Vietnamese names that read back byte-identical (NFC)', () => {
    const members = wb.getWorksheet('Danh sách tổ và thành viên')!;
    const names = new Set(sql<{ full_name: string }>('SELECT full_name FROM person').map((p) => p.full_name));
    const read: string[] = [];
    members.eachRow((row) => {
      const v = row.getCell(2).value;
      if (typeof row.getCell(1).value === 'number' && typeof v === 'string') read.push(v);
    });
    expect(read.length).toBeGreaterThan(20);
    for (const name of read) {
      expect(name).toBe(name.normalize('NFC'));
      expect(names.has(name), name).toBe(true);
      expect(Buffer.from(name, 'utf8').equals(Buffer.from([...names].find((n) => n === name)!, 'utf8'))).toBe(true);
    }
    expect(read).toContain('Nguyễn Thị Hồng');
    expect(read).toContain('Đặng Minh Khoa');
  });
});

describe('printed (LibreOffice → PDF)', () => {
  it('prints the summary on A4 landscape with the header and totals; page 1 saved as PNG to look at', () => {
    const pdf = printToPdf(file, `${OUT}/demo-q3-pdf`);
    expect(run('pdfinfo', [pdf])).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/u);
    const page1 = pdfText(pdf, 1);
    for (const text of ['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 12/BC-UBND', 'BÁO CÁO', 'Tổng cộng']) {
      expect(page1).toContain(text);
    }
    // Times New Roman, or its metric twin where Windows fonts are absent.
    expect(run('pdffonts', [pdf])).toMatch(/Times|LiberationSerif|Tinos/u);
    toPng(pdf, 'demo-q3-page', 1, 1);
  });
});
