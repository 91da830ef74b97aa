import type { Commune } from '../../../../shared/api/commune';
import { ATTENDANCE_MARKS, ORGANISER_KINDS, TRAINING_FORMATS, type TrainingInvitee, type TrainingSessionDetail } from '../../../../shared/api/trainings';
import { TEAM_POSITIONS } from '../../../../shared/domain/vocabulary';
import { upperVi } from '../../../../shared/text/vietnamese';
import { communeIssuer, placeDate } from '../../documents/nd30';
import { percent, sessionTime, shortTeamName } from '../format';

export type SheetKind = 'sign_in' | 'attendance';

export interface SheetColumn { header: string; width: number; align: 'left' | 'center' }

/** What the sheet says, independent of how it is drawn. */
export interface SheetModel {
  /** The issuing body, upper case, a line each (ND30's top-left block). */
  authority: string[];
  placeDate: string;
  title: string;
  subtitle: string;
  info: [string, string][];
  columns: SheetColumn[];
  rows: string[][];
  minRowHeight: number;
  footer: string[];
  signatures: { title: string; hint: string }[];
}

/** "Tổ phó, Tổ CNSCĐ thôn Tây" for members; otherwise the job title the register holds. */
export function roleOf(i: TrainingInvitee): string {
  if (i.teams.length) return i.teams.map((t) => `${TEAM_POSITIONS[t.position]}, ${shortTeamName(t.teamName)}`).join('; ');
  return i.jobTitle ?? '';
}

function markText(i: TrainingInvitee): string {
  if (!i.mark) return 'Chưa điểm danh';
  return i.mark.note ? `${ATTENDANCE_MARKS[i.mark.status]} (${i.mark.note})` : ATTENDANCE_MARKS[i.mark.status];
}

function sessionInfo(s: TrainingSessionDetail): [string, string][] {
  const organiser = s.organiserName ?? ORGANISER_KINDS[s.organiserKind];
  const info: [string, string][] = [['Thời gian', sessionTime(s)]];
  if (s.place || s.format === 'online') {
    info.push(['Địa điểm', s.format === 'online' ? `${TRAINING_FORMATS.online}${s.place ? `: ${s.place}` : ''}` : s.place!]);
  }
  info.push(['Đơn vị tổ chức', organiser]);
  if (s.topics.length) info.push(['Nội dung', s.topics.map((t) => t.name).join('; ')]);
  if (s.trainers.length) {
    info.push(['Người hướng dẫn', s.trainers.map((t) => (t.organisation ? `${t.name} (${t.organisation})` : t.name)).join('; ')]);
  }
  if (s.audience) info.push(['Thành phần', s.audience]);
  return info;
}

/**
 * Who issues the sheet (ND30's issuing body): the UBND xã for its own sessions; for a session
 * organised by another unit (a telecom company, a province department) that unit; both, the
 * commune first, when they organise it together.
 */
export function sheetIssuer(commune: Commune, s: Pick<TrainingSessionDetail, 'organiserKind' | 'organiserName' | 'coOrganised'>): string[] {
  const own = communeIssuer(commune.kind, commune.name);
  const other = s.organiserKind !== 'commune' && s.organiserName ? upperVi(s.organiserName) : null;
  if (!other) return own;
  return s.coOrganised ? [own.join(' '), other] : [other];
}

/**
 * The sign-in sheet (before: an empty "Ký tên" column and blank numbered rows for walk-ins) or
 * the attendance summary (after: the marks in place of signatures, walk-ins listed, the rate).
 * Invitees keep the session's Vietnamese name order.
 */
export function buildSheetModel(commune: Commune, s: TrainingSessionDetail, kind: SheetKind, blankRows: number): SheetModel {
  const signIn = kind === 'sign_in';
  const people = signIn ? s.invitees.filter((i) => i.personId !== null) : s.invitees;
  const rows = people.map((i, n) => [String(n + 1), i.fullName, i.villageName ?? '', roleOf(i), signIn ? '' : markText(i)]);
  if (signIn) for (let n = 0; n < blankRows; n++) rows.push([String(people.length + n + 1), '', '', '', '']);
  const c = s.summary;
  const footer = signIn
    ? [`Danh sách gồm ${people.length} người được mời; người đến dự không có tên trong danh sách ghi vào các dòng trống.`]
    : [
        `Được mời: ${c.invited} người; có mặt: ${c.present}; đến muộn: ${c.late}; vắng có phép: ${c.excused}; vắng: ${c.absent}` +
          `${c.unmarked ? `; chưa điểm danh: ${c.unmarked}` : ''}. Người đến dự ngoài danh sách mời: ${c.walkIns}. Tổng số người tham dự: ${c.attended}.`,
        `Tỷ lệ tham dự: ${percent(c.rate)} (số có mặt và đến muộn trên số được mời, không tính người vắng có phép).`,
      ];
  return {
    authority: sheetIssuer(commune, s),
    placeDate: placeDate(commune.placeName, s.date),
    title: signIn ? 'DANH SÁCH KÝ TÊN THAM DỰ TẬP HUẤN' : 'DANH SÁCH ĐIỂM DANH THAM DỰ TẬP HUẤN',
    subtitle: s.title,
    info: sessionInfo(s),
    // Widths in points of the 467 pt between the margins; the marks need more room than a signature.
    columns: [
      { header: 'STT', width: 34, align: 'center' },
      { header: 'Họ và tên', width: 128, align: 'left' },
      { header: 'Thôn/Tổ', width: 78, align: 'left' },
      { header: 'Chức danh', width: signIn ? 142 : 120, align: 'left' },
      { header: signIn ? 'Ký tên' : 'Điểm danh', width: signIn ? 85 : 107, align: signIn ? 'center' : 'left' },
    ],
    rows,
    minRowHeight: signIn ? 28 : 20,
    footer,
    signatures: [
      { title: 'NGƯỜI LẬP DANH SÁCH', hint: '(Ký, ghi rõ họ tên)' },
      { title: 'ĐẠI DIỆN ĐƠN VỊ TỔ CHỨC', hint: '(Ký, ghi rõ họ tên)' },
    ],
  };
}
