import { attendanceRate, type AttendanceMarkCode, type AttendanceSummary, type TrainingInvitee } from '../../../shared/api/trainings';
import type { TeamPosition } from '../../../shared/domain/vocabulary';
import { notFound } from '../../../shared/errors';
import { compareVietnamese, compareVietnameseNames } from '../../../shared/text/vietnamese';
import type { Context } from '../context';

interface InviteeRecord {
  id: string; session_id: string; person_id: string | null; full_name: string; village_name: string | null;
  job_title: string | null; source: TrainingInvitee['source']; source_name: string | null;
  attendance: AttendanceMarkCode | null;
  attendance_note: string | null; marked_at: string | null; marked_by: string | null; version: number;
}

const POSITION_ORDER: Record<TeamPosition, number> = { to_truong: 0, to_pho: 1, thanh_vien: 2 };

const SELECT = `
  SELECT i.id, i.session_id, i.person_id, COALESCE(p.full_name, i.walk_in_name) AS full_name,
         COALESCE(pv.name, wv.name, i.walk_in_place) AS village_name, p.job_title, i.source,
         COALESCE(st.name, sv.name) AS source_name,
         i.attendance, i.attendance_note, i.marked_at, i.marked_by, i.version
  FROM training_invitee i
  LEFT JOIN person p ON p.id = i.person_id
  LEFT JOIN village pv ON pv.id = p.village_id
  LEFT JOIN village wv ON wv.id = i.walk_in_village_id
  LEFT JOIN team st ON i.source = 'team' AND st.id = i.source_id
  LEFT JOIN village sv ON i.source = 'village' AND sv.id = i.source_id`;

/** Team seats held on a date: started by then and not yet ended (an end date is the day the seat was left). */
export function seatsOn(ctx: Context, personIds: string[], date: string): Map<string, TrainingInvitee['teams']> {
  const byPerson = new Map<string, TrainingInvitee['teams']>();
  if (personIds.length === 0) return byPerson;
  const rows = ctx.db
    .prepare(
      `SELECT m.person_id, m.team_id, t.name AS team_name, m.position FROM membership m JOIN team t ON t.id = m.team_id
       WHERE m.person_id IN (SELECT value FROM json_each(?)) AND m.start_date <= ? AND (m.end_date IS NULL OR m.end_date > ?)`,
    )
    .all(JSON.stringify(personIds), date, date) as { person_id: string; team_id: string; team_name: string; position: TeamPosition }[];
  for (const r of rows) {
    const list = byPerson.get(r.person_id) ?? [];
    list.push({ teamId: r.team_id, teamName: r.team_name, position: r.position });
    byPerson.set(r.person_id, list);
  }
  // A leader's seat first: it is the one a sheet shows first.
  for (const list of byPerson.values()) {
    list.sort((a, b) => POSITION_ORDER[a.position] - POSITION_ORDER[b.position] || compareVietnamese(a.teamName, b.teamName));
  }
  return byPerson;
}

function toInvitee(r: InviteeRecord, teams: TrainingInvitee['teams']): TrainingInvitee {
  return {
    id: r.id, personId: r.person_id, fullName: r.full_name, villageName: r.village_name, teams, jobTitle: r.job_title,
    source: r.source, sourceName: r.source_name,
    mark: r.attendance ? { status: r.attendance, note: r.attendance_note, markedAt: r.marked_at!, markedBy: r.marked_by! } : null,
    version: r.version,
  };
}

/** Everyone on a session's list, in Vietnamese name order (given name first). */
export function listInvitees(ctx: Context, sessionId: string, sessionDate: string): TrainingInvitee[] {
  const rows = ctx.db.prepare(`${SELECT} WHERE i.session_id = ?`).all(sessionId) as InviteeRecord[];
  const seats = seatsOn(ctx, rows.flatMap((r) => (r.person_id ? [r.person_id] : [])), sessionDate);
  return rows
    .map((r) => toInvitee(r, r.person_id ? seats.get(r.person_id) ?? [] : []))
    .sort((a, b) => compareVietnameseNames(a.fullName, b.fullName) || (a.id < b.id ? -1 : 1));
}

export interface InviteeState {
  id: string; session_id: string; person_id: string | null; attendance: AttendanceMarkCode | null; attendance_note: string | null; version: number;
}

export function inviteeState(ctx: Context, inviteeId: string): InviteeState {
  const r = ctx.db.prepare('SELECT id, session_id, person_id, attendance, attendance_note, version FROM training_invitee WHERE id = ?').get(inviteeId) as InviteeState | undefined;
  if (!r) throw notFound('người này trong danh sách mời');
  return r;
}

export function getInvitee(ctx: Context, inviteeId: string, sessionDate: string): TrainingInvitee {
  const r = ctx.db.prepare(`${SELECT} WHERE i.id = ?`).get(inviteeId) as InviteeRecord | undefined;
  if (!r) throw notFound('người này trong danh sách mời');
  const teams = r.person_id ? seatsOn(ctx, [r.person_id], sessionDate).get(r.person_id) ?? [] : [];
  return toInvitee(r, teams);
}

interface SummaryRecord {
  session_id: string; invited: number; present: number; late: number; excused: number; absent: number;
  unmarked: number; walk_ins: number; attended: number;
}

const SUMMARY = `
  SELECT session_id,
         count(person_id) AS invited,
         coalesce(sum(person_id IS NOT NULL AND attendance = 'present'), 0) AS present,
         coalesce(sum(person_id IS NOT NULL AND attendance = 'late'), 0) AS late,
         coalesce(sum(person_id IS NOT NULL AND attendance = 'excused'), 0) AS excused,
         coalesce(sum(person_id IS NOT NULL AND attendance = 'absent'), 0) AS absent,
         coalesce(sum(person_id IS NOT NULL AND attendance IS NULL), 0) AS unmarked,
         coalesce(sum(person_id IS NULL), 0) AS walk_ins,
         coalesce(sum(attendance IN ('present', 'late')), 0) AS attended
  FROM training_invitee`;

const EMPTY: Omit<AttendanceSummary, 'rate'> = { invited: 0, present: 0, late: 0, excused: 0, absent: 0, unmarked: 0, walkIns: 0, attended: 0 };

function toSummary(r: SummaryRecord | undefined): AttendanceSummary {
  const counts = r
    ? { invited: r.invited, present: r.present, late: r.late, excused: r.excused, absent: r.absent, unmarked: r.unmarked, walkIns: r.walk_ins, attended: r.attended }
    : EMPTY;
  return { ...counts, rate: attendanceRate(counts) };
}

export function summaryOf(ctx: Context, sessionId: string): AttendanceSummary {
  return toSummary(ctx.db.prepare(`${SUMMARY} WHERE session_id = ? GROUP BY session_id`).get(sessionId) as SummaryRecord | undefined);
}

export function summariesBySession(ctx: Context): Map<string, AttendanceSummary> {
  const rows = ctx.db.prepare(`${SUMMARY} GROUP BY session_id`).all() as SummaryRecord[];
  return new Map(rows.map((r) => [r.session_id, toSummary(r)]));
}

export const emptySummary = (): AttendanceSummary => toSummary(undefined);
