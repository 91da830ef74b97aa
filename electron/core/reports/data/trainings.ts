import type { ReportPeriod } from '../../../../shared/reports/periods';
import type { TrainingRow, TrainingTotalsRow } from '../../../../shared/reports/sources';
import type { Context } from '../../context';
import { excelDate } from '../../xlsx';
import { arraySource, ratio, type Source } from './source';

// Labels as the trainings module shows them (0003-trainings.sql codes).
const FORMATS: Record<string, string> = { in_person: 'Trực tiếp', online: 'Trực tuyến' };
const ORGANISERS: Record<string, string> = {
  commune: 'UBND xã/phường', province: 'Sở, ngành, UBND tỉnh', telecom: 'Doanh nghiệp viễn thông / CNTT',
  mass_org: 'Tổ chức chính trị - xã hội', other: 'Đơn vị khác',
};

interface SessionRecord {
  id: string; date: string; title: string; format: string; place: string | null; organiser_kind: string; organiser_name: string | null;
  topics: string | null; invited: number; excused: number; attended: number; walk_ins: number;
}

/** Sessions held in the period with their attendance; none when the trainings module is absent. */
function heldSessions(ctx: Context, period: ReportPeriod): SessionRecord[] {
  const present = ctx.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'training_invitee'").get();
  if (!present) return [];
  return ctx.db
    .prepare(
      `SELECT s.id, s.date, s.title, s.format, s.place, s.organiser_kind, s.organiser_name,
         (SELECT group_concat(t.name, '; ') FROM (SELECT t.name FROM training_session_topic st JOIN training_topic t ON t.id = st.topic_id
            WHERE st.session_id = s.id ORDER BY t.sort_order, t.name) t) AS topics,
         (SELECT count(*) FROM training_invitee i WHERE i.session_id = s.id AND i.source <> 'walk_in') AS invited,
         (SELECT count(*) FROM training_invitee i WHERE i.session_id = s.id AND i.source <> 'walk_in' AND i.attendance = 'excused') AS excused,
         (SELECT count(*) FROM training_invitee i WHERE i.session_id = s.id AND i.attendance IN ('present', 'late')) AS attended,
         (SELECT count(*) FROM training_invitee i WHERE i.session_id = s.id AND i.source = 'walk_in' AND i.attendance IN ('present', 'late')) AS walk_ins
       FROM training_session s
       WHERE s.status = 'held' AND s.date >= ? AND s.date <= ?
       ORDER BY s.date, s.start_time, s.id`,
    )
    .all(period.from, period.to) as SessionRecord[];
}

/**
 * Distinct people present or late at the given sessions: register people by id, walk-ins by
 * name and village (a walk-in has no record to count by). `members`: of them, those holding a
 * seat in a team on the day of a session they attended.
 */
function distinctAttendees(ctx: Context, sessionIds: string[]): { people: number; members: number } {
  if (sessionIds.length === 0) return { people: 0, members: 0 };
  const marks = sessionIds.map(() => '?').join(',');
  const row = ctx.db
    .prepare(
      `SELECT count(DISTINCT CASE WHEN i.person_id IS NOT NULL THEN 'p:' || i.person_id
                ELSE 'w:' || lower(trim(i.walk_in_name)) || '|' || coalesce(i.walk_in_village_id, lower(trim(i.walk_in_place)), '') END) AS people,
              count(DISTINCT CASE WHEN i.person_id IS NOT NULL AND EXISTS (
                SELECT 1 FROM membership m WHERE m.person_id = i.person_id AND m.start_date <= s.date AND (m.end_date IS NULL OR m.end_date > s.date)
              ) THEN i.person_id END) AS members
       FROM training_invitee i JOIN training_session s ON s.id = i.session_id
       WHERE i.session_id IN (${marks}) AND i.attendance IN ('present', 'late')`,
    )
    .get(...sessionIds) as { people: number; members: number };
  return row;
}

export function trainingSources(ctx: Context, period: ReportPeriod): { totals: Source<TrainingTotalsRow>; list: Source<TrainingRow>; sessions: number; people: number } {
  const sessions = heldSessions(ctx, period);
  const rows: TrainingTotalsRow[] = Object.entries(FORMATS).map(([format, label]) => {
    const of = sessions.filter((s) => s.format === format);
    return { label, sessions: of.length, attendances: of.reduce((n, s) => n + s.attended, 0), ...distinctAttendees(ctx, of.map((s) => s.id)) };
  });
  const all = distinctAttendees(ctx, sessions.map((s) => s.id));
  const totals = arraySource(rows, { sessions: sessions.length, attendances: sessions.reduce((n, s) => n + s.attended, 0), ...all });
  const listRows: TrainingRow[] = sessions.map((s) => ({
    date: excelDate(s.date)!,
    title: s.title,
    topics: s.topics ?? '',
    format: FORMATS[s.format] ?? s.format,
    place: s.place ?? '',
    organiser: s.organiser_name ?? ORGANISERS[s.organiser_kind] ?? '',
    invited: s.invited,
    attended: s.attended,
    walkIns: s.walk_ins,
    rate: ratio(s.attended - s.walk_ins, s.invited - s.excused),
  }));
  const invited = sessions.reduce((n, s) => n + s.invited, 0);
  const expected = invited - sessions.reduce((n, s) => n + s.excused, 0);
  const invitedCame = sessions.reduce((n, s) => n + s.attended - s.walk_ins, 0);
  const list = arraySource(listRows, {
    invited, attended: sessions.reduce((n, s) => n + s.attended, 0), walkIns: sessions.reduce((n, s) => n + s.walk_ins, 0),
    rate: ratio(invitedCame, expected),
  });
  return { totals, list, sessions: sessions.length, people: all.people };
}
