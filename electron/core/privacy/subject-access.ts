import type { FileResult } from '../../../shared/api/define';
import { ATTENDANCE_MARKS } from '../../../shared/api/trainings';
import { DECISION_KINDS } from '../../../shared/decisions/content';
import { decisionNumberText } from '../../../shared/decisions/format';
import { BACKGROUND_ROLES, COMMUNE_KINDS, GENDERS, TEAM_POSITIONS } from '../../../shared/domain/vocabulary';
import { displayDate } from '../../../shared/text/dates';
import { searchWords } from '../../../shared/text/search';
import type { Context } from '../context';
import { getPerson } from '../people/repository';
import { renderSubjectAccessPdf } from './subject-access-pdf';
import { renderSubjectAccessXlsx } from './subject-access-xlsx';

/**
 * Everything the app holds about one person, for their right of access (NĐ 13/2023/NĐ-CP;
 * Luật Bảo vệ dữ liệu cá nhân 2025): their record with the full CCCD (it is theirs),
 * team seats past and present, trainings, the issued decisions that name them, and the audit
 * trail of changes to their data (who and when, not the values).
 */
export interface SubjectAccess {
  commune: string;
  madeOn: string;
  person: [label: string, value: string][];
  memberships: { team: string; position: string; from: string; to: string; reason: string }[];
  trainings: { date: string; title: string; role: string; mark: string; note: string }[];
  decisions: { number: string; date: string; kind: string; title: string; team: string; position: string }[];
  history: { at: string; actor: string; action: string }[];
}

const ACTIONS: Record<string, string> = {
  'people.create': 'Thêm vào danh sách',
  'people.update': 'Sửa thông tin',
  'people.delete': 'Xóa thông tin theo yêu cầu',
  'imports.commitMembers': 'Nhập từ tệp Excel',
  'teams.addMember': 'Thêm vào tổ',
  'teams.changePosition': 'Đổi chức danh trong tổ',
  'teams.endMembership': 'Rời tổ',
};

const dateText = (iso: string | null) => (iso ? displayDate(iso.slice(0, 10)) : '');
const timeText = (iso: string) => `${displayDate(iso.slice(0, 10))} ${iso.slice(11, 16)}`;

export function collectSubjectAccess(ctx: Context, id: string): SubjectAccess {
  const p = getPerson(ctx.db, id);
  const commune = ctx.db.prepare('SELECT name, kind FROM commune LIMIT 1').get() as { name: string; kind: string } | undefined;
  const person: SubjectAccess['person'] = [
    ['Họ và tên', p.fullName],
    ['Giới tính', p.gender ? GENDERS[p.gender] : ''],
    ['Ngày sinh', dateText(p.birthDate)],
    ['Năm sinh', p.birthYear ? String(p.birthYear) : ''],
    ['Số điện thoại', p.phone ?? ''],
    ['Số CCCD', p.cccd ?? ''],
    ['Thôn/tổ dân phố', p.villageName ?? ''],
    ['Đơn vị công tác', p.organisation ?? ''],
    ['Chức vụ', p.jobTitle ?? ''],
    ['Thành phần', BACKGROUND_ROLES[p.backgroundRole] ?? p.backgroundRole],
    ['Ghi chú', p.note ?? ''],
    ['Cập nhật lần cuối', timeText(p.updatedAt)],
  ];
  const memberships = (ctx.db
    .prepare(
      `SELECT t.name AS team, m.position, m.start_date, m.end_date, m.end_reason FROM membership m JOIN team t ON t.id = m.team_id
       WHERE m.person_id = ? ORDER BY m.start_date, m.created_at`,
    )
    .all(id) as { team: string; position: keyof typeof TEAM_POSITIONS; start_date: string; end_date: string | null; end_reason: string | null }[])
    .map((m) => ({ team: m.team, position: TEAM_POSITIONS[m.position], from: dateText(m.start_date), to: dateText(m.end_date), reason: m.end_reason ?? '' }));
  const invited = ctx.db
    .prepare(
      `SELECT s.date, s.title, 'Người tham dự' AS role, i.attendance AS mark, i.attendance_note AS note FROM training_invitee i
       JOIN training_session s ON s.id = i.session_id WHERE i.person_id = ?
       UNION ALL
       SELECT s.date, s.title, 'Giảng viên/hướng dẫn' AS role, NULL AS mark, NULL AS note FROM training_trainer tr
       JOIN training_session s ON s.id = tr.session_id WHERE tr.person_id = ?
       ORDER BY 1, 2`,
    )
    .all(id, id) as { date: string; title: string; role: string; mark: keyof typeof ATTENDANCE_MARKS | null; note: string | null }[];
  const trainings = invited.map((t) => ({
    date: dateText(t.date), title: t.title, role: t.role, mark: t.mark ? ATTENDANCE_MARKS[t.mark] : '', note: t.note ?? '',
  }));
  // Issued decisions keep the members they were issued with (decision_team.members, frozen).
  const decisions = (ctx.db
    .prepare(
      `SELECT d.kind, d.number, d.symbol, d.year, d.date, d.title, t.name AS team, json_extract(j.value, '$.position') AS position
       FROM decision d JOIN decision_team dt ON dt.decision_id = d.id JOIN team t ON t.id = dt.team_id,
            json_each(dt.members) j
       WHERE d.status <> 'draft' AND dt.members IS NOT NULL AND json_extract(j.value, '$.personId') = ?
       ORDER BY d.date, d.number`,
    )
    .all(id) as { kind: keyof typeof DECISION_KINDS; number: number | null; symbol: string; year: number | null; date: string | null; title: string; team: string; position: keyof typeof TEAM_POSITIONS | null }[])
    .map((d) => ({
      number: d.number ? decisionNumberText(d.number, d.symbol) : '', date: dateText(d.date), kind: DECISION_KINDS[d.kind],
      title: d.title, team: d.team, position: d.position ? TEAM_POSITIONS[d.position] ?? d.position : '',
    }));
  const history = (ctx.db
    .prepare(
      `SELECT at, actor, action FROM audit_log WHERE (entity = 'person' AND entity_id = ?)
         OR (entity = 'membership' AND (instr(before, ?) > 0 OR instr(after, ?) > 0)) ORDER BY at, id`,
    )
    .all(id, id, id) as { at: string; actor: string; action: string }[])
    .map((h) => ({ at: timeText(h.at), actor: h.actor === 'local' ? 'Cán bộ (máy này)' : h.actor, action: ACTIONS[h.action] ?? h.action }));
  return {
    commune: commune ? `${COMMUNE_KINDS[commune.kind as keyof typeof COMMUNE_KINDS] ?? ''} ${commune.name}`.trim() : '',
    madeOn: dateText(ctx.today()),
    person, memberships, trainings, decisions, history,
  };
}

/** "nguyen-thi-hong" for the file name: ASCII, so every file system and mail client keeps it. */
const slug = (name: string) => searchWords(name).join('-') || 'nguoi';

export async function exportSubjectAccess(ctx: Context, id: string, format: 'pdf' | 'xlsx'): Promise<FileResult> {
  const data = collectSubjectAccess(ctx, id);
  const base = `du-lieu-ca-nhan-${slug(data.person[0][1])}`;
  if (format === 'pdf') return { fileName: `${base}.pdf`, mimeType: 'application/pdf', bytes: await renderSubjectAccessPdf(data) };
  return {
    fileName: `${base}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes: await renderSubjectAccessXlsx(data),
  };
}
