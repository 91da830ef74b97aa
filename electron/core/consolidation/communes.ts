/**
 * The province's list of communes, kept in the workspace: what "who has not submitted" is
 * measured against. Names are as the province writes them, kind first ("xã Hòa Bình",
 * "Phường An Cựu"); matching ignores case, diacritics placement and spacing.
 */
import ExcelJS from 'exceljs';
import { COMMUNE_KINDS } from '../../../shared/domain/vocabulary';
import { AppError } from '../../../shared/errors';
import { communeTitle } from '../../../shared/reports/format';
import { cleanText, foldDiacritics } from '../../../shared/text/vietnamese';
import type { Workspace } from './workspace';

export const MAX_COMMUNES = 2_000;
const MAX_NAME = 120;
const KIND_WORDS = Object.values(COMMUNE_KINDS).map((k) => foldDiacritics(k));

export interface ProvinceCommune { id: number; title: string; key: string }

export const communeKey = (title: string): string => foldDiacritics(title);

/** "Xã  Hòa Bình" → "xã Hòa Bình"; null (with the reason) when it does not start with its kind. */
export function normaliseTitle(raw: string): { title: string } | { error: string } {
  const text = cleanText(raw);
  if (!text) return { error: 'tên trống' };
  if (text.length > MAX_NAME) return { error: `tên dài quá ${MAX_NAME} ký tự` };
  const folded = foldDiacritics(text);
  const kind = KIND_WORDS.find((k) => folded.startsWith(`${k} `));
  if (!kind) return { error: `"${text}" phải bắt đầu bằng loại đơn vị: xã, phường hoặc đặc khu` };
  const name = text.slice(text.split(' ').slice(0, kind.split(' ').length).join(' ').length).trim();
  const kindKey = (Object.keys(COMMUNE_KINDS) as (keyof typeof COMMUNE_KINDS)[]).find((k) => foldDiacritics(COMMUNE_KINDS[k]) === kind)!;
  return { title: communeTitle(kindKey, name) };
}

export function listCommunes(ws: Workspace): ProvinceCommune[] {
  const rows = ws.db.prepare('SELECT id, title, title_key AS key FROM province_commune').all() as ProvinceCommune[];
  return rows.sort((a, b) => a.title.localeCompare(b.title, 'vi'));
}

/** Adds communes by name, all or nothing: a bad or repeated name changes nothing and is named. */
export function addCommunes(ws: Workspace, names: string[]): { added: number; alreadyListed: string[] } {
  const problems: string[] = [];
  const titles: string[] = [];
  names.forEach((raw, i) => {
    const t = normaliseTitle(raw);
    if ('error' in t) problems.push(`Dòng ${i + 1}: ${t.error}.`);
    else titles.push(t.title);
  });
  if (problems.length) throw new AppError('VALIDATION', `Danh sách xã có lỗi, chưa thêm xã nào. ${problems.slice(0, 10).join(' ')}`, { problems });
  const existing = (ws.db.prepare('SELECT count(*) n FROM province_commune').get() as { n: number }).n;
  if (existing + titles.length > MAX_COMMUNES) throw new AppError('VALIDATION', `Một tỉnh có tối đa ${MAX_COMMUNES} xã, phường trong sổ tổng hợp.`);
  const insert = ws.db.prepare('INSERT INTO province_commune (title, title_key, created_at) VALUES (?, ?, ?) ON CONFLICT (title_key) DO NOTHING');
  const alreadyListed: string[] = [];
  let added = 0;
  ws.db.transaction(() => {
    for (const title of titles) {
      if (insert.run(title, communeKey(title), ws.now()).changes) added++;
      else alreadyListed.push(title);
    }
  })();
  return { added, alreadyListed };
}

export function renameCommune(ws: Workspace, id: number, name: string): ProvinceCommune {
  const t = normaliseTitle(name);
  if ('error' in t) throw new AppError('VALIDATION', `Tên xã không hợp lệ: ${t.error}.`);
  const clash = ws.db.prepare('SELECT id FROM province_commune WHERE title_key = ? AND id <> ?').get(communeKey(t.title), id);
  if (clash) throw new AppError('VALIDATION', `"${t.title}" đã có trong danh sách.`);
  const changed = ws.db.prepare('UPDATE province_commune SET title = ?, title_key = ? WHERE id = ?').run(t.title, communeKey(t.title), id).changes;
  if (!changed) throw new AppError('NOT_FOUND', 'Không tìm thấy xã này trong danh sách.');
  return { id, title: t.title, key: communeKey(t.title) };
}

/**
 * Names from a sheet: the first sheet's column headed "Tên xã/phường" (or "Tên đơn vị"), else
 * its first column; every non-empty text cell below the header is a name.
 */
export async function communeNamesFromSheet(bytes: Uint8Array): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new AppError('VALIDATION', 'Không đọc được tệp danh sách xã (cần tệp Excel .xlsx).');
  }
  const sheet = wb.worksheets.find((s) => s.state === 'visible');
  if (!sheet) throw new AppError('VALIDATION', 'Tệp danh sách xã không có trang tính nào.');
  let column = 1;
  let headerRow = 0;
  sheet.eachRow((row, n) => {
    if (headerRow) return;
    row.eachCell((cell, c) => {
      const text = foldDiacritics(String(cell.value ?? ''));
      if (!headerRow && /^ten (xa|don vi|xa\/phuong|xa, phuong)/u.test(text)) {
        headerRow = n;
        column = c;
      }
    });
  });
  const names: string[] = [];
  sheet.eachRow((row, n) => {
    if (n <= headerRow) return;
    const v = row.getCell(column).value;
    if (typeof v === 'string' && v.trim()) names.push(v);
  });
  if (names.length > MAX_COMMUNES) throw new AppError('VALIDATION', `Danh sách có ${names.length} dòng, tối đa ${MAX_COMMUNES}.`);
  return names;
}
