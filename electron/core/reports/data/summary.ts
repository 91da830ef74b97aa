import { BACKGROUND_ROLES, TEAM_LEVELS, VILLAGE_KINDS, type BackgroundRole } from '../../../../shared/domain/vocabulary';
import type { ReportPeriod } from '../../../../shared/reports/periods';
import type { MembersByRoleRow, TeamsByLevelRow, VillageCoverageRow } from '../../../../shared/reports/sources';
import type { Context } from '../../context';
import { draftOn, establishedOn, type ScopedTeam } from './scope';
import { arraySource, ratio, type Source } from './source';

/** Seats held on `date`, counted by team, position and background. */
export function seatCounts(ctx: Context, date: string): { teamId: string; position: string; role: string; n: number }[] {
  return ctx.db
    .prepare(
      `SELECT m.team_id AS teamId, m.position, p.background_role AS role, count(*) AS n
       FROM membership m JOIN person p ON p.id = m.person_id
       WHERE m.start_date <= ? AND (m.end_date IS NULL OR m.end_date > ?)
       GROUP BY m.team_id, m.position, p.background_role`,
    )
    .all(date, date) as { teamId: string; position: string; role: string; n: number }[];
}

const LEVEL_LABELS = { commune: 'Tổ cấp xã', village: 'Tổ cấp thôn, tổ dân phố' } as const satisfies Record<keyof typeof TEAM_LEVELS, string>;

export function teamsByLevel(teams: ScopedTeam[], seats: ReturnType<typeof seatCounts>, period: ReportPeriod): Source<TeamsByLevelRow> {
  const established = new Map(teams.filter((t) => establishedOn(t, period.to)).map((t) => [t.id, t]));
  const rows = (['commune', 'village'] as const).map((level): TeamsByLevelRow => {
    const ofLevel = [...established.values()].filter((t) => t.level === level);
    const ids = new Set(ofLevel.map((t) => t.id));
    const members = seats.filter((s) => ids.has(s.teamId)).reduce((n, s) => n + s.n, 0);
    const leaders = new Set(seats.filter((s) => ids.has(s.teamId) && s.position === 'to_truong').map((s) => s.teamId)).size;
    return {
      label: LEVEL_LABELS[level],
      established: ofLevel.length,
      draft: teams.filter((t) => t.level === level && draftOn(t, period.to)).length,
      members,
      leaders,
      avgMembers: ratio(members, ofLevel.length),
    };
  });
  const sum = (k: 'established' | 'draft' | 'members' | 'leaders') => rows.reduce((n, r) => n + r[k], 0);
  return arraySource(rows, {
    established: sum('established'), draft: sum('draft'), members: sum('members'), leaders: sum('leaders'),
    avgMembers: ratio(sum('members'), sum('established')),
  });
}

export function membersByRole(teams: ScopedTeam[], seats: ReturnType<typeof seatCounts>, period: ReportPeriod): Source<MembersByRoleRow> {
  const established = new Set(teams.filter((t) => establishedOn(t, period.to)).map((t) => t.id));
  const counts = new Map<string, number>();
  for (const s of seats) if (established.has(s.teamId)) counts.set(s.role, (counts.get(s.role) ?? 0) + s.n);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const known = Object.keys(BACKGROUND_ROLES) as BackgroundRole[];
  const other = [...counts.entries()].filter(([role]) => !known.includes(role as BackgroundRole)).reduce((n, [, c]) => n + c, 0);
  const rows: MembersByRoleRow[] = known.map((role) => ({ label: BACKGROUND_ROLES[role], members: counts.get(role) ?? 0, share: ratio(counts.get(role) ?? 0, total) }));
  if (other) rows.push({ label: 'Khác', members: other, share: ratio(other, total) });
  return arraySource(rows, { members: total, share: total > 0 ? 1 : null });
}

interface VillageRecord { id: string; name: string; kind: keyof typeof VILLAGE_KINDS; households: number | null }

/** Active villages by kind; covered = at least one team established on the period's last day. */
export function villageCoverage(ctx: Context, teams: ScopedTeam[], period: ReportPeriod): Source<VillageCoverageRow> {
  const villages = ctx.db.prepare("SELECT id, name, kind, households FROM village WHERE status = 'active'").all() as VillageRecord[];
  const covered = new Set(teams.filter((t) => establishedOn(t, period.to)).flatMap((t) => t.villageIds));
  const rows: VillageCoverageRow[] = [];
  for (const kind of Object.keys(VILLAGE_KINDS) as (keyof typeof VILLAGE_KINDS)[]) {
    const ofKind = villages.filter((v) => v.kind === kind).sort((a, b) => a.name.localeCompare(b.name, 'vi', { numeric: true }));
    if (ofKind.length === 0) continue;
    const uncovered = ofKind.filter((v) => !covered.has(v.id));
    rows.push({
      label: VILLAGE_KINDS[kind],
      villages: ofKind.length,
      covered: ofKind.length - uncovered.length,
      uncovered: uncovered.length,
      coverage: ratio(ofKind.length - uncovered.length, ofKind.length),
      households: ofKind.reduce((n, v) => n + (v.households ?? 0), 0),
      uncoveredNames: uncovered.map((v) => v.name).join(', '),
    });
  }
  const sum = (k: 'villages' | 'covered' | 'uncovered' | 'households') => rows.reduce((n, r) => n + r[k], 0);
  return arraySource(rows, {
    villages: sum('villages'), covered: sum('covered'), uncovered: sum('uncovered'), households: sum('households'),
    coverage: ratio(sum('covered'), sum('villages')),
  });
}
