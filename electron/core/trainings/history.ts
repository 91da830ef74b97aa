import type { AttendanceDays, AttendanceDaysRow, AttendanceMarkCode, PersonTrainingHistory, TrainingStatus } from '../../../shared/api/trainings';
import { compareVietnamese, compareVietnameseNames } from '../../../shared/text/vietnamese';
import type { Context } from '../context';
import type { Handlers } from '../dispatch';
import { getPerson } from '../people/repository';

/** Present and late both count as attended; a cancelled session never counts. */
const ATTENDED = "i.attendance IN ('present', 'late') AND s.status <> 'cancelled'";

export function personHistory(ctx: Context, personId: string): PersonTrainingHistory {
  const person = getPerson(ctx.db, personId);
  const rows = ctx.db
    .prepare(
      `SELECT s.id, s.title, s.date, s.status, i.attendance, i.attendance_note, i.marked_at, i.marked_by,
              (SELECT json_group_array(t.name) FROM (SELECT t.name FROM training_session_topic st JOIN training_topic t ON t.id = st.topic_id
                WHERE st.session_id = s.id ORDER BY t.sort_order, t.name) t) AS topics
       FROM training_invitee i JOIN training_session s ON s.id = i.session_id
       WHERE i.person_id = ? ORDER BY s.date DESC, s.start_time DESC`,
    )
    .all(personId) as {
    id: string; title: string; date: string; status: TrainingStatus; attendance: AttendanceMarkCode | null;
    attendance_note: string | null; marked_at: string | null; marked_by: string | null; topics: string;
  }[];
  const entries = rows.map((r) => ({
    sessionId: r.id, title: r.title, date: r.date, sessionStatus: r.status, topics: JSON.parse(r.topics) as string[],
    mark: r.attendance ? { status: r.attendance, note: r.attendance_note, markedAt: r.marked_at!, markedBy: r.marked_by! } : null,
  }));
  const attended = entries.filter((e) => e.sessionStatus !== 'cancelled' && (e.mark?.status === 'present' || e.mark?.status === 'late'));
  return {
    personId, fullName: person.fullName, entries,
    attendedSessions: attended.length,
    attendedDays: new Set(attended.map((e) => e.date)).size,
  };
}

/**
 * Allowance evidence for a period: per person of the register, the sessions attended and the
 * days (one day per distinct session date, so two sessions on one day pay one day). Walk-ins
 * have no identity in the register and are left out. `membersOnly`: only people who sat in a
 * team at some time in the period.
 */
export function attendanceDays(ctx: Context, q: { from: string; to: string; membersOnly: boolean }): AttendanceDays {
  const rows = ctx.db
    .prepare(
      `SELECT i.person_id, p.full_name, v.name AS village_name, s.date
       FROM training_invitee i JOIN training_session s ON s.id = i.session_id
       JOIN person p ON p.id = i.person_id LEFT JOIN village v ON v.id = p.village_id
       WHERE ${ATTENDED} AND s.date BETWEEN ? AND ?`,
    )
    .all(q.from, q.to) as { person_id: string; full_name: string; village_name: string | null; date: string }[];

  const seats = ctx.db
    .prepare(
      `SELECT DISTINCT m.person_id, t.name FROM membership m JOIN team t ON t.id = m.team_id
       WHERE m.start_date <= ? AND (m.end_date IS NULL OR m.end_date > ?)`,
    )
    .all(q.to, q.from) as { person_id: string; name: string }[];
  const teamsOf = new Map<string, string[]>();
  for (const s of seats) teamsOf.set(s.person_id, [...(teamsOf.get(s.person_id) ?? []), s.name].sort(compareVietnamese));

  const byPerson = new Map<string, AttendanceDaysRow>();
  for (const r of rows) {
    const row = byPerson.get(r.person_id) ?? {
      personId: r.person_id, fullName: r.full_name, villageName: r.village_name, teams: teamsOf.get(r.person_id) ?? [],
      sessions: 0, days: 0, dates: [],
    };
    row.sessions++;
    if (!row.dates.includes(r.date)) row.dates.push(r.date);
    byPerson.set(r.person_id, row);
  }
  const result = [...byPerson.values()]
    .filter((r) => !q.membersOnly || r.teams.length > 0)
    .map((r) => ({ ...r, dates: r.dates.sort(), days: r.dates.length }))
    .sort((a, b) => compareVietnameseNames(a.fullName, b.fullName) || (a.personId < b.personId ? -1 : 1));
  return {
    from: q.from, to: q.to, rows: result,
    totalSessions: result.reduce((n, r) => n + r.sessions, 0),
    totalDays: result.reduce((n, r) => n + r.days, 0),
  };
}

export const historyHandlers: Pick<Handlers, 'trainings.personHistory' | 'trainings.attendanceDays'> = {
  'trainings.personHistory': (input, ctx) => personHistory(ctx, input.personId),
  'trainings.attendanceDays': (input, ctx) => attendanceDays(ctx, input),
};
