/**
 * The fair reference for the report bench (issue 12): a plain ExcelJS streaming write of the
 * same workbook the TCNS report writer makes — same sheets in the same order, same cells, same
 * styles, merged cells, row heights, column widths, print setup, manual page breaks and the
 * hidden data sheet — without any TCNS writer code.
 *
 * How it gets "the same cells" without calling our writer:
 * - the member list (100,032 rows, all but a few hundred of the workbook's cells) comes from its
 *   own SQL query over the same database and the domain's vocabulary, written row by row;
 * - everything else (titles, headers, the small summary tables, signature blocks, the data
 *   sheet's text) is a template captured once, before timing, from a TCNS workbook read back
 *   with ExcelJS's ordinary reader (`captureTemplate`), and replayed cell by cell.
 * Styles are deduplicated into one object per distinct style, as any sensible streaming writer
 * does (ExcelJS maps a style object it has seen to its id through a WeakMap).
 * `sameWorkbook` reads both files back and compares every cell, so the bench can show that
 * the reference really writes what the report writes.
 */
import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { BACKGROUND_ROLES, TEAM_POSITIONS } from '../shared/domain/vocabulary';
import type { Context } from '../electron/core/context';

type Style = Partial<ExcelJS.Style>;
type Value = string | number | boolean | { date: string } | { richText: unknown } | null;
interface TemplateRow { r: number; height?: number; cells: [col: number, value: Value, style: number][] }
interface TemplateSheet {
  name: string;
  state: ExcelJS.WorksheetState;
  pageSetup: Partial<ExcelJS.PageSetup>;
  headerFooter: Partial<ExcelJS.HeaderFooter>;
  views: Partial<ExcelJS.WorksheetView>[];
  widths: (number | undefined)[];
  merges: string[];
  rowBreaks: number[];
  rows: TemplateRow[];
  /** The member list, when this sheet holds it: written from the database, not the template. */
  members?: { first: number; last: number; styles: number[]; heights: [number, number][] };
}
export interface ReportTemplate { styles: Style[]; sheets: TemplateSheet[] }

const MEMBER_HEADER = ['STT', 'Họ và tên', 'Năm sinh', 'Số điện thoại', 'Thành phần', 'Chức danh trong Tổ', 'Tổ', 'Thôn'];
const DATA_ROW_HEIGHT = 18;

function plainValue(v: ExcelJS.CellValue): Value {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return { date: v.toISOString() };
  if (typeof v === 'object') return JSON.parse(JSON.stringify(v)) as Value;
  return v as Value;
}

/** Reads a TCNS report back (untimed) and keeps everything but the member rows. */
export async function captureTemplate(file: string): Promise<ReportTemplate> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const styles: Style[] = [];
  const styleIds = new Map<string, number>();
  const styleId = (s: Style) => {
    const key = JSON.stringify(s);
    if (!styleIds.has(key)) styleIds.set(key, styles.push(JSON.parse(key) as Style) - 1);
    return styleIds.get(key)!;
  };
  const sheets = workbook.worksheets.map((ws): TemplateSheet => {
    const header = ws.getRow(5).values as unknown[];
    let members: TemplateSheet['members'];
    if (MEMBER_HEADER.every((label, i) => header[i + 1] === label)) {
      let last = 5;
      while (typeof ws.getRow(last + 1).getCell(1).value === 'number') last++;
      const heights: [number, number][] = [];
      for (let r = 6; r <= last; r++) if (ws.getRow(r).height !== DATA_ROW_HEIGHT) heights.push([r, ws.getRow(r).height]);
      members = { first: 6, last, styles: MEMBER_HEADER.map((_, i) => styleId(ws.getRow(6).getCell(i + 1).style)), heights };
    }
    const rows: TemplateRow[] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      if (members && r >= members.first && r <= members.last) return;
      const cells: TemplateRow['cells'] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        // A merged cell's followers read back as the master's value; the writer leaves them empty.
        const value = cell.isMerged && cell.master.address !== cell.address ? null : plainValue(cell.value);
        cells.push([col, value, styleId(cell.style)]);
      });
      rows.push({ r, height: row.height, cells });
    });
    const { printArea: _area, ...pageSetup } = ws.pageSetup;
    return {
      name: ws.name, state: ws.state, pageSetup, headerFooter: ws.headerFooter, views: ws.views,
      widths: Array.from({ length: ws.columnCount }, (_, i) => ws.getColumn(i + 1).width),
      merges: Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges).map((m) => m.range),
      rowBreaks: ((ws as unknown as { rowBreaks?: { id: number }[] }).rowBreaks ?? []).map((b) => b.id),
      rows, members,
    };
  });
  return { styles, sheets };
}

interface MemberRecord { full_name: string; birth_year: number | null; phone: string | null; background_role: keyof typeof BACKGROUND_ROLES; position: keyof typeof TEAM_POSITIONS; village: string | null }

/** Teams seated on the period's last day: the commune's first, then villages' by Vietnamese name order. */
function teamsInOrder(ctx: Context, date: string): { id: string; name: string; villages: string }[] {
  const collator = new Intl.Collator('vi', { numeric: true });
  const teams = ctx.db.prepare(
    `SELECT t.id, t.name, t.level, COALESCE((SELECT group_concat(name, ', ') FROM (SELECT v.name FROM team_village tv JOIN village v ON v.id = tv.village_id
       WHERE tv.team_id = t.id ORDER BY v.name)), '') AS villages
     FROM team t WHERE t.established_on IS NOT NULL AND t.established_on <= ? AND (t.dissolved_on IS NULL OR t.dissolved_on > ?)`,
  ).all(date, date) as { id: string; name: string; level: string; villages: string }[];
  return teams.sort((a, b) => Number(a.level === 'village') - Number(b.level === 'village') || collator.compare(a.name, b.name));
}

function setDefaultFont(workbook: ExcelJS.stream.xlsx.WorkbookWriter, font: Partial<ExcelJS.Font>): void {
  // ExcelJS takes the first font it registers as the workbook's "Normal" font; register the report's.
  (workbook as unknown as { styles: { _addFont(f: object): number } }).styles._addFont({ ...font, family: 1 });
}

function cellValue(v: Value): ExcelJS.CellValue {
  return v !== null && typeof v === 'object' && 'date' in v ? new Date(v.date) : (v as ExcelJS.CellValue);
}

/**
 * The reference write (timed): the template's cells and the member rows from the database,
 * through ExcelJS's WorkbookWriter with styles on and inline strings, sheet by sheet.
 */
export async function referenceWrite(ctx: Context, template: ReportTemplate, date: string, filename: string): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename, useStyles: true, useSharedStrings: false });
  const styles = template.styles;
  setDefaultFont(workbook, { name: 'Times New Roman', size: 12, charset: 163 });
  let members = 0;
  for (const t of template.sheets) {
    // The hidden data sheet is never printed: it keeps ExcelJS's default page setup.
    const sheet = workbook.addWorksheet(t.name, t.state === 'veryHidden' ? { state: t.state }
      : { state: t.state, pageSetup: t.pageSetup, headerFooter: t.headerFooter, views: t.views });
    t.widths.forEach((w, i) => { if (w) sheet.getColumn(i + 1).width = w; });
    const breaks = new Set(t.rowBreaks);
    const write = (r: number, cells: [number, ExcelJS.CellValue, Style][], height?: number) => {
      const row = sheet.getRow(r);
      for (const [col, value, style] of cells) {
        const cell = row.getCell(col);
        // Writing into a merged follower would overwrite the master: followers only take a style.
        if (value !== null || !cell.isMerged) cell.value = value;
        cell.style = style;
      }
      if (height) row.height = height;
      if (breaks.has(r)) (sheet as unknown as { rowBreaks: object[] }).rowBreaks.push({ id: r, max: 16383, man: 1 });
    };
    const pending = [...t.rows];
    const templateRowsUpTo = (r: number) => {
      while (pending.length && pending[0].r <= r) {
        const row = pending.shift()!;
        write(row.r, row.cells.map(([c, v, s]) => [c, cellValue(v), styles[s]]), row.height);
      }
    };
    if (t.members) {
      templateRowsUpTo(t.members.first - 1);
      for (const m of t.merges) sheet.mergeCells(m); // merges of the title rows, set while they are open
      sheet.getRow(t.members.first - 1).commit();
      const heights = new Map(t.members.heights);
      const s = t.members.styles.map((i) => styles[i]);
      const seats = ctx.db.prepare(
        `SELECT p.full_name, COALESCE(p.birth_year, CAST(substr(p.birth_date, 1, 4) AS INTEGER)) AS birth_year, p.phone, p.background_role,
                m.position, v.name AS village
         FROM membership m JOIN person p ON p.id = m.person_id LEFT JOIN village v ON v.id = p.village_id
         WHERE m.team_id = ? AND m.start_date <= ? AND (m.end_date IS NULL OR m.end_date > ?)
         ORDER BY CASE m.position WHEN 'to_truong' THEN 0 WHEN 'to_pho' THEN 1 ELSE 2 END, p.name_key, p.id`,
      );
      let r = t.members.first - 1;
      for (const team of teamsInOrder(ctx, date)) {
        for (const m of seats.iterate(team.id, date, date) as Iterable<MemberRecord>) {
          r++;
          members++;
          const row = sheet.getRow(r);
          const village = m.village ?? team.villages;
          const values = [members, m.full_name, m.birth_year, m.phone || null, BACKGROUND_ROLES[m.background_role], TEAM_POSITIONS[m.position], team.name, village || null];
          for (let c = 0; c < 8; c++) {
            const cell = row.getCell(c + 1);
            cell.value = values[c];
            cell.style = s[c];
          }
          row.height = heights.get(r) ?? DATA_ROW_HEIGHT;
          row.commit();
        }
      }
    } else {
      for (const m of t.merges) sheet.mergeCells(m);
    }
    templateRowsUpTo(Infinity);
    if (t.state === 'veryHidden') {
      // The data sheet: A3 is the SHA-256 of the JSON in A4 onwards, computed here as the report does.
      const json = t.rows.filter((row) => row.r >= 4).map((row) => String(row.cells[0][1])).join('');
      createHash('sha256').update(json, 'utf8').digest('hex');
    }
    sheet.commit();
  }
  await workbook.commit();
  return members;
}

/** Every cell, merge, width, height and print setting of two workbooks, compared; '' when the same. */
export async function sameWorkbook(a: string, b: string): Promise<string> {
  const [x, y] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
  await Promise.all([x.xlsx.readFile(a), y.xlsx.readFile(b)]);
  const describe = (ws: ExcelJS.Worksheet) => ({
    name: ws.name, state: ws.state, rows: ws.rowCount, pageSetup: ws.pageSetup, headerFooter: ws.headerFooter,
    widths: Array.from({ length: ws.columnCount }, (_, i) => ws.getColumn(i + 1).width),
    merges: Object.keys((ws as unknown as { _merges: object })._merges).sort(),
    breaks: (ws as unknown as { rowBreaks?: { id: number }[] }).rowBreaks?.map((r) => r.id),
  });
  if (x.worksheets.length !== y.worksheets.length) return 'sheet count differs';
  for (const [i, wa] of x.worksheets.entries()) {
    const wb = y.worksheets[i];
    if (JSON.stringify(describe(wa)) !== JSON.stringify(describe(wb))) return `sheet ${wa.name}: ${JSON.stringify(describe(wa))} ≠ ${JSON.stringify(describe(wb))}`;
    for (let r = 1; r <= wa.rowCount; r++) {
      const [ra, rb] = [wa.getRow(r), wb.getRow(r)];
      if (ra.height !== rb.height) return `${wa.name} row ${r}: height ${ra.height} ≠ ${rb.height}`;
      for (let c = 1; c <= Math.max(ra.cellCount, rb.cellCount); c++) {
        const [ca, cb] = [ra.getCell(c), rb.getCell(c)];
        if (wa.state === 'veryHidden' && r >= 3) continue; // checksum and JSON carry the writing time (createdAt)
        if (JSON.stringify(ca.value) !== JSON.stringify(cb.value) || JSON.stringify(ca.style) !== JSON.stringify(cb.style)) {
          return `${wa.name} ${ca.address}: ${JSON.stringify([ca.value, ca.style])} ≠ ${JSON.stringify([cb.value, cb.style])}`;
        }
      }
    }
  }
  return '';
}
