/**
 * Adding commune report files to the workspace (issue 13): every file is read and checked
 * first, then all verdicts are applied in one transaction, so a file is either wholly in the
 * workspace or not at all, and an error half-way changes nothing.
 */
import { AppError } from '../../../shared/errors';
import { parsePeriod } from '../../../shared/reports/periods';
import { foldDiacritics } from '../../../shared/text/vietnamese';
import type { ReportData } from '../reports/workbook/embedded-data';
import { communeKey } from './communes';
import { readReport, type ReadProblem, type ReadResult } from './read-report';
import { getSetting, type Workspace } from './workspace';

/** Files per call: a province has a few hundred communes; each file is read whole. */
export const MAX_FILES_PER_ADD = 1_000;

export type Verdict =
  | 'accepted' // new for this commune and period
  | 'replaced' // newer than the submission held, which it supersedes
  | 'older' // older than the submission held: kept for the record, not used
  | 'duplicate' // the same bytes were already received
  | ReadProblem | 'period' | 'province' | 'unknown-commune' | 'layout';

export interface FileVerdict {
  file: string;
  verdict: Verdict;
  /** Whether the file is now in the workspace. */
  stored: boolean;
  message: string;
  commune?: string;
  period?: string;
}

interface Current { id: number; report_date: string; created_at: string; file_name: string }

const newer = (a: ReportData, b: Current) =>
  a.report.date > b.report_date || (a.report.date === b.report_date && (a.report.createdAt ?? '') > b.created_at);

export async function addReports(ws: Workspace, files: { name: string; bytes: Uint8Array; size?: number }[], options: { period?: string } = {}): Promise<FileVerdict[]> {
  if (files.length > MAX_FILES_PER_ADD) throw new AppError('VALIDATION', `Mỗi lần thêm tối đa ${MAX_FILES_PER_ADD} tệp.`);
  const expected = options.period ? parsePeriod(options.period) : null;
  const read: { name: string; result: ReadResult }[] = [];
  for (const f of files) read.push({ name: f.name, result: await readReport(f.bytes, f.size) });
  const province = getSetting(ws, 'province');
  const listed = new Map((ws.db.prepare('SELECT title_key, title FROM province_commune').all() as { title_key: string; title: string }[]).map((r) => [r.title_key, r.title]));
  const bySha = ws.db.prepare('SELECT file_name FROM submission WHERE sha256 = ?');
  const current = ws.db.prepare('SELECT id, report_date, created_at, file_name FROM submission WHERE period = ? AND commune_key = ? AND superseded_by IS NULL');
  const periodLayout = ws.db.prepare('SELECT layout_id FROM submission WHERE period = ? AND superseded_by IS NULL LIMIT 1');
  const insert = ws.db.prepare(`INSERT INTO submission (commune_id, commune_key, commune_title, period, layout_id, report_date, created_at, file_name, sha256, data, added_at, superseded_by)
    VALUES (@communeId, @communeKey, @communeTitle, @period, @layoutId, @reportDate, @createdAt, @fileName, @sha256, @data, @addedAt, @supersededBy)`);
  const supersede = ws.db.prepare('UPDATE submission SET superseded_by = ? WHERE id = ?');

  return ws.db.transaction(() => read.map(({ name, result }): FileVerdict => {
    if (!result.ok) return { file: name, verdict: result.problem, stored: false, message: result.message };
    const { data, sha256 } = result;
    const who = { commune: data.commune.title, period: data.period.code };
    const refuse = (verdict: Verdict, message: string): FileVerdict => ({ file: name, verdict, stored: false, message, ...who });
    const same = bySha.get(sha256) as { file_name: string } | undefined;
    if (same) return refuse('duplicate', `Trùng tệp đã nhận ("${same.file_name}"): cùng nội dung, không thêm lần nữa.`);
    if (expected && data.period.code !== expected.code) {
      return refuse('period', `Báo cáo ${data.period.label}, không phải kỳ ${expected.label} đang tổng hợp.`);
    }
    if (province && foldDiacritics(data.commune.province) !== foldDiacritics(province)) {
      return refuse('province', `Báo cáo của ${data.commune.title} thuộc tỉnh ${data.commune.province}, không phải ${province}.`);
    }
    const key = communeKey(data.commune.title);
    if (!listed.has(key)) {
      return refuse('unknown-commune', `${data.commune.title} không có trong danh sách xã, phường của tỉnh. Thêm vào danh sách rồi thêm lại tệp.`);
    }
    const layout = periodLayout.get(data.period.code) as { layout_id: string } | undefined;
    if (layout && layout.layout_id !== data.layout.id) {
      return refuse('layout', `Báo cáo dùng mẫu "${data.layout.name}", khác mẫu của các báo cáo ${data.period.label} đã nhận (${layout.layout_id}).`);
    }
    const held = current.get(data.period.code, key) as Current | undefined;
    const row = {
      communeId: data.commune.id, communeKey: key, communeTitle: listed.get(key)!, period: data.period.code, layoutId: data.layout.id,
      reportDate: data.report.date, createdAt: data.report.createdAt ?? '', fileName: name, sha256, data: JSON.stringify(data), addedAt: ws.now(),
      supersededBy: null as number | null,
    };
    if (held && !newer(data, held)) {
      row.supersededBy = held.id;
      insert.run(row);
      return { file: name, verdict: 'older', stored: true, ...who, message: `Bản cũ hơn bản đã nhận ("${held.file_name}") của ${data.commune.title} kỳ ${data.period.label}: lưu lại nhưng không dùng để tổng hợp.` };
    }
    const id = Number(insert.run(row).lastInsertRowid);
    if (held) {
      supersede.run(id, held.id);
      return { file: name, verdict: 'replaced', stored: true, ...who, message: `Bản mới hơn của ${data.commune.title} kỳ ${data.period.label}: thay cho bản đã nhận ("${held.file_name}").` };
    }
    return { file: name, verdict: 'accepted', stored: true, ...who, message: `Đã nhận báo cáo của ${data.commune.title} kỳ ${data.period.label}.` };
  }))();
}

/** The reports used for a period: the latest of each commune. */
export function currentReports(ws: Workspace, period: string): { communeKey: string; communeTitle: string; fileName: string; data: ReportData }[] {
  const rows = ws.db.prepare('SELECT commune_key, commune_title, file_name, data FROM submission WHERE period = ? AND superseded_by IS NULL ORDER BY commune_title')
    .all(period) as { commune_key: string; commune_title: string; file_name: string; data: string }[];
  return rows.map((r) => ({ communeKey: r.commune_key, communeTitle: r.commune_title, fileName: r.file_name, data: JSON.parse(r.data) as ReportData }));
}
