import { BACKGROUND_ROLES, GENDERS, TEAM_LEVELS, TEAM_POSITIONS } from '../../../../shared/domain/vocabulary';
import type { OptionalPersonalField } from '../../../../shared/reports/personal-fields';
import type { MemberRow } from '../../../../shared/reports/sources';
import type { Context } from '../../context';
import { excelDate } from '../../xlsx';
import type { ScopedTeam } from './scope';
import type { Source } from './source';

/** A seat as selected: the optional columns are absent when not selected (see `columns`). */
interface SeatRecord {
  full_name: string; birth_year: number | null; birth_date?: string | null; gender?: keyof typeof GENDERS | null; phone?: string | null;
  background_role: keyof typeof BACKGROUND_ROLES; organisation?: string | null; job_title?: string | null;
  position: keyof typeof TEAM_POSITIONS; start_date?: string | null; village: string | null;
}

/**
 * Members of each team on `date` (the period's last day): Tổ trưởng, Tổ phó, then members, each
 * group in Vietnamese name order. One query per team, so a province's list streams through
 * memory one team at a time. Phone and birth date are read only when the layout prints them
 * (`personal`, shared/reports/personal-fields.ts); otherwise they are never selected.
 */
export function memberSource(
  ctx: Context, teams: ScopedTeam[], date: string, personal: ReadonlySet<OptionalPersonalField>,
  options: { printed?: ReadonlySet<string>; count?: number } = {},
): Source<MemberRow> & { count: number } {
  const { printed } = options;
  // Columns no member table prints are not selected either (issue 12: at 100,000 rows the
  // unused strings cost a third of the query); their fields read as empty.
  const shows = (key: keyof MemberRow) => !printed || printed.has(key);
  const year = personal.has('birthYear') ? "COALESCE(p.birth_year, CAST(substr(p.birth_date, 1, 4) AS INTEGER))" : 'NULL';
  const columns = [
    'p.full_name', `${year} AS birth_year`, personal.has('birthDate') && 'p.birth_date', shows('gender') && 'p.gender', personal.has('phone') && 'p.phone',
    'p.background_role', shows('organisation') && 'p.organisation', shows('organisation') && 'p.job_title', 'm.position',
    shows('startDate') && 'm.start_date', 'v.name AS village',
  ].filter(Boolean);
  const seats = ctx.db.prepare(
    `SELECT ${columns.join(', ')}
     FROM membership m JOIN person p ON p.id = m.person_id LEFT JOIN village v ON v.id = p.village_id
     WHERE m.team_id = ? AND m.start_date <= ? AND (m.end_date IS NULL OR m.end_date > ?)
     ORDER BY CASE m.position WHEN 'to_truong' THEN 0 WHEN 'to_pho' THEN 1 ELSE 2 END, p.name_key, p.id`,
  );
  const ids = teams.map((t) => t.id);
  const count = options.count ?? (ids.length
    ? (ctx.db
        .prepare(`SELECT count(*) AS n FROM membership WHERE team_id IN (${ids.map(() => '?').join(',')}) AND start_date <= ? AND (end_date IS NULL OR end_date > ?)`)
        .get(...ids, date, date) as { n: number }).n
    : 0);
  // Start dates repeat on thousands of rows: one Date per distinct day (never mutated downstream).
  const days = new Map<string, Date | null>();
  const day = (iso: string | null | undefined): Date | null => {
    if (iso === null || iso === undefined) return null;
    let d = days.get(iso);
    if (d === undefined) days.set(iso, (d = excelDate(iso)));
    return d;
  };
  function* chunks(): Iterable<MemberRow[]> {
    for (const team of teams) {
      const rows = (seats.all(team.id, date, date) as SeatRecord[]).map(
        (r): MemberRow => ({
          team: team.name,
          teamLevel: TEAM_LEVELS[team.level],
          village: r.village ?? team.villages,
          fullName: r.full_name,
          birthYear: r.birth_year ?? (r.birth_date ? Number(r.birth_date.slice(0, 4)) : null),
          birthDate: excelDate(r.birth_date),
          gender: r.gender ? GENDERS[r.gender] : '',
          phone: r.phone ?? '',
          role: BACKGROUND_ROLES[r.background_role] ?? r.background_role,
          position: TEAM_POSITIONS[r.position],
          organisation: r.job_title && r.organisation ? `${r.job_title}, ${r.organisation}` : (r.job_title || r.organisation || ''),
          startDate: day(r.start_date),
          note: '',
        }),
      );
      if (rows.length) yield rows;
    }
  }
  return { chunks, count, size: count };
}
