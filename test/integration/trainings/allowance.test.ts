import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TrainingSessionDetail } from '../../../shared/api/trainings';
import { tempCore } from '../../helpers/core';
import { twoTeams } from './scenario';

/**
 * The days-attended workbook for January–June 2026 of a scenario with late, excused and absent
 * marks, two sessions on one day, a cancelled session, a session after the period, a walk-in,
 * and a member whose name was pasted from a Zalo mention ("@Lê Văn Tám").
 */
let t: ReturnType<typeof tempCore>;
let csv: string[][];
const OUT = 'test-output/trainings-allowance';

type Mark = 'present' | 'late' | 'excused' | 'absent';

/** LibreOffice as an independent reader: xlsx → CSV (UTF-8), parsed into rows of cells. */
function xlsxToCsv(file: string): string[][] {
  const profile = mkdtempSync(join(tmpdir(), 'tcns-lo-'));
  try {
    execFileSync('libreoffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', OUT, file], { timeout: 170_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const text = readFileSync(file.replace(/\.xlsx$/u, '.csv'), 'utf8');
  return text.split(/\r?\n/u).filter(Boolean).map(parseCsvLine);
}

/** One CSV line (no line breaks inside cells here): quoted cells may hold commas and "". */
function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    let cell = '';
    if (line[i] === '"') {
      for (i++; i < line.length; i++) {
        if (line[i] === '"' && line[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (line[i] === '"') {
          break;
        } else {
          cell += line[i];
        }
      }
      i++;
    } else {
      while (i < line.length && line[i] !== ',') cell += line[i++];
    }
    cells.push(cell);
    if (i >= line.length) return cells;
    i++; // the comma
  }
}

beforeAll(async () => {
  t = tempCore();
  const s = await twoTeams(t);
  const tay = await t.op('teams.get', { id: s.teams.tay.id });
  const withTam = await t.op('teams.addMember', {
    teamId: tay.id, teamVersion: tay.version, position: 'thanh_vien', startDate: '2026-01-05', newPerson: { fullName: '@Lê Văn Tám', villageId: s.villages.tay.id },
  });
  s.people.set('@Lê Văn Tám', withTam.members.find((m) => m.fullName === '@Lê Văn Tám')!.personId);

  const base = { format: 'in_person' as const, organiserKind: 'commune' as const };
  const session = async (title: string, date: string, startTime: string, marks: Record<string, Mark>) => {
    const created = await t.op('trainings.create', { ...base, title, date, startTime });
    const { session: listed } = await t.op('trainings.invite', { sessionId: created.id, personIds: Object.keys(marks).map((n) => s.people.get(n)!) });
    for (const i of listed.invitees) await t.op('trainings.mark', { inviteeId: i.id, version: i.version, status: marks[i.fullName] });
    return t.op('trainings.get', { id: created.id });
  };
  const s1 = await session('Kỹ năng số cơ bản (buổi sáng)', '2026-03-15', '08:00', {
    'Lê Văn Hùng': 'present', 'Nguyễn Thị Hồng': 'late', 'Võ Thị Ơn': 'excused', 'Đỗ Thị Hạnh': 'absent', '@Lê Văn Tám': 'present',
  });
  await t.op('trainings.addWalkIn', { sessionId: s1.id, fullName: 'Hoàng Văn Bình', place: 'Xã Hòa Lạc' });
  await session('Kỹ năng số cơ bản (buổi chiều)', '2026-03-15', '14:00', { 'Lê Văn Hùng': 'present', 'Nguyễn Thị Hồng': 'absent', 'Võ Thị Ơn': 'present' });
  await session('Hướng dẫn VNeID mức độ 2', '2026-04-10', '08:00', { 'Lê Văn Hùng': 'late', 'Nguyễn Thị Hồng': 'present', 'Võ Thị Ơn': 'absent', 'Đỗ Thị Hạnh': 'present' });
  const cancelled: TrainingSessionDetail = await session('Buổi bị hủy do mưa bão', '2026-05-05', '08:00', { 'Lê Văn Hùng': 'present' });
  await t.op('trainings.setStatus', { id: cancelled.id, version: cancelled.version, status: 'cancelled' });
  await session('Sau kỳ báo cáo', '2026-07-20', '08:00', { 'Lê Văn Hùng': 'present' });

  mkdirSync(OUT, { recursive: true });
  const file = await t.op('trainings.allowanceWorkbook', { from: '2026-01-01', to: '2026-06-30' });
  expect(file.fileName).toBe('Ngay-tham-du-tap-huan-2026-01-01-den-2026-06-30.xlsx');
  const path = join(OUT, 'allowance.xlsx');
  writeFileSync(path, file.bytes);
  csv = xlsxToCsv(path);
});
afterAll(() => t.dispose());

describe('days attended (allowance evidence)', () => {
  it('counts present and late, one day per date, and ignores excused, absent, cancelled, walk-ins and other periods', async () => {
    const days = await t.op('trainings.attendanceDays', { from: '2026-01-01', to: '2026-06-30' });
    expect(days.rows.map((r) => [r.fullName, r.sessions, r.days, r.dates.join(' ')])).toEqual([
      ['Đỗ Thị Hạnh', 1, 1, '2026-04-10'],
      ['Nguyễn Thị Hồng', 2, 2, '2026-03-15 2026-04-10'],
      ['Lê Văn Hùng', 3, 2, '2026-03-15 2026-04-10'],
      ['Võ Thị Ơn', 1, 1, '2026-03-15'],
      ['@Lê Văn Tám', 1, 1, '2026-03-15'],
    ]);
    expect(days).toMatchObject({ totalSessions: 8, totalDays: 7 });
    const members = await t.op('trainings.attendanceDays', { from: '2026-01-01', to: '2026-06-30', membersOnly: true });
    expect(members.rows.map((r) => r.fullName)).not.toContain('Đỗ Thị Hạnh'); // a resident, not a team member
    expect(members.rows.find((r) => r.fullName === 'Lê Văn Hùng')!.teams).toEqual(['Tổ công nghệ số cộng đồng thôn Đông', 'Tổ công nghệ số cộng đồng thôn Tây']);
  });

  it('exports a workbook LibreOffice reads with the same day counts, a total row and neutralised text', () => {
    const flat = csv.map((r) => r.join('|'));
    expect(flat[0]).toMatch(/^ỦY BAN NHÂN DÂN\|\|\|\|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/u);
    expect(flat[1]).toMatch(/^XÃ HÒA BÌNH\|\|\|\|Độc lập - Tự do - Hạnh phúc/u);
    expect(flat).toContain('BẢNG TỔNG HỢP SỐ NGÀY THAM DỰ TẬP HUẤN|||||||');
    expect(flat).toContain('Từ ngày 01/01/2026 đến ngày 30/06/2026|||||||');
    const header = csv.findIndex((r) => r[0] === 'STT');
    expect(csv[header]).toEqual(['STT', 'Họ và tên', 'Thôn', 'Tổ', 'Số buổi tham dự', 'Số ngày tham dự', 'Các ngày tham dự', 'Ghi chú']);
    const body = csv.slice(header + 1, header + 6);
    expect(body.map((r) => [r[0], r[1], r[2], r[4], r[5], r[6]])).toEqual([
      ['1', 'Đỗ Thị Hạnh', 'Thôn Tây', '1', '1', '10/04/2026'],
      ['2', 'Nguyễn Thị Hồng', 'Thôn Đông', '2', '2', '15/03/2026, 10/04/2026'],
      ['3', 'Lê Văn Hùng', 'Thôn Đông', '3', '2', '15/03/2026, 10/04/2026'],
      ['4', 'Võ Thị Ơn', 'Thôn Tây', '1', '1', '15/03/2026'],
      // Pasted from a Zalo mention: the shared xlsx toolkit's apostrophe keeps "@…" text, never a formula.
      ['5', "'@Lê Văn Tám", 'Thôn Tây', '1', '1', '15/03/2026'],
    ]);
    expect(body[2][3]).toBe('Tổ CNSCĐ thôn Đông; Tổ CNSCĐ thôn Tây');
    expect(csv[header + 6].slice(0, 6)).toEqual(['Tổng cộng', '', '', '', '8', '7']);
    expect(flat.join('\n')).not.toContain('Hoàng Văn Bình');
  });
});
