import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prng, randomPerson } from '../../../electron/cli/seed/names';
import { resolveFonts } from '../../../electron/core/decisions/document';
import { compareVietnameseNames } from '../../../shared/text/vietnamese';
import { tempCore } from '../../helpers/core';
import { twoTeams } from './scenario';

/** The sign-in sheet and the attendance summary, read back by poppler (an independent PDF reader). */
let t: ReturnType<typeof tempCore>;
let signIn: string;
let attendance: string;
let expectedOrder: string[];

const text = (file: string, page?: number) =>
  execFileSync('pdftotext', ['-layout', ...(page ? ['-f', String(page), '-l', String(page)] : []), file, '-'], { encoding: 'utf8' });

beforeAll(async () => {
  t = tempCore();
  const s = await twoTeams(t);
  // Forty more residents so the list runs onto a second page.
  const rand = prng(15);
  const extra: string[] = [];
  for (let i = 0; i < 40; i++) {
    const p = await t.op('people.create', { person: { fullName: randomPerson(rand).fullName, villageId: s.villages.tay.id }, confirmDuplicate: true });
    extra.push(p.id);
  }
  await t.op('trainings.invite', { sessionId: s.session.id, teamIds: [s.teams.dong.id, s.teams.tay.id], personIds: extra });
  await t.op('trainings.addWalkIn', { sessionId: s.session.id, fullName: 'Hoàng Văn Bình', place: 'Xã Hòa Lạc' });
  const session = await t.op('trainings.get', { id: s.session.id });
  expectedOrder = session.invitees.filter((i) => i.personId).map((i) => i.fullName);
  const hong = session.invitees.find((i) => i.fullName === 'Nguyễn Thị Hồng')!;
  await t.op('trainings.mark', { inviteeId: hong.id, version: hong.version, status: 'excused', note: 'Ốm' });
  const an = session.invitees.find((i) => i.fullName === 'Trần Văn An')!;
  await t.op('trainings.mark', { inviteeId: an.id, version: an.version, status: 'late' });

  const sheet = await t.op('trainings.sheet', { id: s.session.id });
  expect(sheet).toMatchObject({ fileName: 'Danh-sach-ky-ten-tap-huan-2026-03-15.pdf', mimeType: 'application/pdf' });
  signIn = 'test-output/trainings-sign-in.pdf';
  writeFileSync(signIn, sheet.bytes);
  const summary = await t.op('trainings.sheet', { id: s.session.id, kind: 'attendance' });
  attendance = 'test-output/trainings-attendance.pdf';
  writeFileSync(attendance, summary.bytes);
  // Pages to look at.
  execFileSync('pdftoppm', ['-png', '-r', '60', signIn, 'test-output/trainings-sign-in']);
  execFileSync('pdftoppm', ['-png', '-r', '60', attendance, 'test-output/trainings-attendance']);
});
afterAll(() => t.dispose());

describe('sign-in sheet PDF', () => {
  it('has the administrative header, the title and the session details with correct diacritics', () => {
    const first = text(signIn, 1);
    for (const s of [
      'ỦY BAN NHÂN DÂN', 'XÃ HÒA BÌNH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
      'Hòa Bình, ngày 15 tháng 3 năm 2026', 'DANH SÁCH KÝ TÊN THAM DỰ TẬP HUẤN',
      'Tập huấn kỹ năng số cơ bản cho Tổ công nghệ số cộng đồng', 'Thời gian: 08:00 - 11:00, Chủ nhật ngày 15/03/2026',
      'Địa điểm: Hội trường UBND xã Hòa Bình', 'Người hướng dẫn: Võ Thị Ơn; Nguyễn Thanh Tùng (Sở Khoa học và Công nghệ)',
      'Thanh toán trực tuyến',
    ]) expect(first).toContain(s);
    expect(first).toMatch(/STT\s+Họ và tên\s+Thôn\/Tổ\s+Chức danh\s+Ký tên/u);
    // Chức danh: the leader's seat first, then his seat in the other team (the cell wraps, centred on the row).
    expect(first).toMatch(/Tổ trưởng, Tổ CNSCĐ\s*\n\s*\d+\s+Lê Văn Hùng\s+Thôn Đông\s+thôn Đông; Thành viên, Tổ\s*\n\s*CNSCĐ thôn Tây/u);
  });

  it('lists the invitees in Vietnamese name order, then blank numbered rows for walk-ins', () => {
    const all = text(signIn);
    expect([...expectedOrder].sort(compareVietnameseNames)).toEqual(expectedOrder);
    const rows = [...all.matchAll(/^ *(\d+) {2,}(\S[^\n]*?)(?: {2,}|$)/gmu)].map((m) => ({ n: Number(m[1]), name: m[2] }));
    const listed = rows.filter((r) => r.n <= expectedOrder.length);
    expect(listed.map((r) => r.n)).toEqual(expectedOrder.map((_, i) => i + 1));
    expect(listed.map((r) => r.name)).toEqual(expectedOrder);
    expect(all).not.toContain('Hoàng Văn Bình'); // walk-ins sign on the blank rows
    const blanks = [...all.matchAll(/^ *(\d+) *$/gmu)].map((m) => Number(m[1]));
    expect(blanks).toEqual(expect.arrayContaining([expectedOrder.length + 1, expectedOrder.length + 8]));
  });

  it('repeats the table header on every page, numbers pages from the second, embeds Liberation Serif only', () => {
    const pages = Number(/Pages:\s+(\d+)/u.exec(execFileSync('pdfinfo', [signIn], { encoding: 'utf8' }))![1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    const second = text(signIn, 2);
    expect(second).toMatch(/STT\s+Họ và tên\s+Thôn\/Tổ\s+Chức danh\s+Ký tên/u);
    expect(second.trimStart().startsWith('2')).toBe(true);
    expect(text(signIn, pages)).toContain('NGƯỜI LẬP DANH SÁCH');
    const fonts = execFileSync('pdffonts', [signIn], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) {
      // Times New Roman where the machine has it (test/integration/decision-document/fonts.test.ts).
      expect(line).toMatch(resolveFonts().family === 'Liberation Serif' ? /LiberationSerif/u : /TimesNewRoman/u);
      expect(line).toMatch(/\byes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$/u); // embedded, subset
    }
  });
});

describe('attendance summary PDF', () => {
  it('is the same list with the marks, the walk-ins and the rate', () => {
    const all = text(attendance);
    expect(all).toContain('DANH SÁCH ĐIỂM DANH THAM DỰ TẬP HUẤN');
    expect(all).toMatch(/Nguyễn Thị Hồng.*Vắng có phép \(Ốm\)/u);
    expect(all).toMatch(/Trần Văn An.*Đến muộn/u);
    expect(all).toMatch(/Hoàng Văn Bình\s+Xã Hòa Lạc.*Có mặt/u);
    // 47 invited, 1 excused, 1 late, nobody present yet: 1 / 46.
    expect(all).toContain('Được mời: 47 người; có mặt: 0; đến muộn: 1; vắng có phép: 1; vắng: 0; chưa điểm danh: 45.');
    expect(all).toContain('Tỷ lệ tham dự: 2,2%');
  });
});
