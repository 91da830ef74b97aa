import type { ReportPeriod } from '../../../../shared/reports/periods';
import type { Context } from '../../context';

export interface ScopedTeam {
  id: string;
  name: string;
  level: 'village' | 'commune';
  status: 'draft' | 'established' | 'dissolved';
  villages: string; // "Thôn Đông, Thôn Tây"
  villageIds: string[];
  establishedOn: string | null;
  dissolvedOn: string | null;
  createdOn: string;
}

interface TeamRecord {
  id: string; name: string; level: ScopedTeam['level']; status: ScopedTeam['status'];
  established_on: string | null; dissolved_on: string | null; created_at: string;
}

/** Commune-level team first, then village teams by name ("Thôn 2" before "Thôn 10"), as in the app. */
export function compareTeams(a: Pick<ScopedTeam, 'level' | 'name'>, b: Pick<ScopedTeam, 'level' | 'name'>): number {
  return Number(a.level === 'village') - Number(b.level === 'village') || a.name.localeCompare(b.name, 'vi', { numeric: true });
}

export function allTeams(ctx: Context): ScopedTeam[] {
  const links = ctx.db
    .prepare('SELECT tv.team_id, v.id, v.name FROM team_village tv JOIN village v ON v.id = tv.village_id ORDER BY v.name')
    .all() as { team_id: string; id: string; name: string }[];
  const villages = new Map<string, { id: string; name: string }[]>();
  for (const l of links) villages.set(l.team_id, [...(villages.get(l.team_id) ?? []), { id: l.id, name: l.name }]);
  return (ctx.db.prepare('SELECT id, name, level, status, established_on, dissolved_on, created_at FROM team').all() as TeamRecord[])
    .map((r) => ({
      id: r.id,
      name: r.name,
      level: r.level,
      status: r.status,
      villages: (villages.get(r.id) ?? []).map((v) => v.name).join(', '),
      villageIds: (villages.get(r.id) ?? []).map((v) => v.id),
      establishedOn: r.established_on,
      dissolvedOn: r.dissolved_on,
      createdOn: r.created_at.slice(0, 10),
    }))
    .sort(compareTeams);
}

/** Established on or before `date` and not dissolved by then. */
export function establishedOn(team: ScopedTeam, date: string): boolean {
  return team.establishedOn !== null && team.establishedOn <= date && (team.dissolvedOn === null || team.dissolvedOn > date);
}

/** Created by `date` but not yet established then (and not dissolved): "đang thành lập". */
export function draftOn(team: ScopedTeam, date: string): boolean {
  return team.createdOn <= date && !establishedOn(team, date) && (team.establishedOn === null || team.establishedOn > date) && team.dissolvedOn === null;
}

/**
 * Teams that could report for the period: established by its last day and not dissolved before
 * its first, plus any team named in `alsoIds` (one that already has results saved).
 */
export function teamsActiveIn(ctx: Context, period: Pick<ReportPeriod, 'from' | 'to'>, alsoIds: string[] = []): ScopedTeam[] {
  const also = new Set(alsoIds);
  return allTeams(ctx).filter(
    (t) =>
      also.has(t.id) ||
      (t.establishedOn !== null && t.establishedOn <= period.to && (t.dissolvedOn === null || t.dissolvedOn >= period.from)),
  );
}
