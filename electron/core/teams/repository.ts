import type { Membership, TeamDetail, TeamHistoryEntry, TeamRow } from '../../../shared/api';
import { notFound } from '../../../shared/errors';
import { checkTeam } from '../../../shared/rules/validate';
import { compareVietnameseNames } from '../../../shared/text/vietnamese';
import type { Context } from '../context';
import { loadForCheck, profileInForce } from '../rules/load';

interface TeamRecord {
  id: string; name: string; level: TeamRow['level']; status: TeamRow['status']; zalo_url: string | null;
  note: string | null; established_on: string | null; dissolved_on: string | null; version: number; updated_at: string;
}

interface MembershipRecord {
  id: string; person_id: string; full_name: string; position: Membership['position'];
  background_role: Membership['backgroundRole']; organisation: string | null; job_title: string | null;
  phone: string | null; start_date: string; end_date: string | null; end_reason: string | null; version: number;
}

const POSITION_ORDER = { to_truong: 0, to_pho: 1, thanh_vien: 2 } as const;

/** Tổ trưởng, then Tổ phó, then members; within each, Vietnamese name order. */
export function byPositionThenName(a: { position: Membership['position']; fullName: string }, b: typeof a): number {
  return POSITION_ORDER[a.position] - POSITION_ORDER[b.position] || compareVietnameseNames(a.fullName, b.fullName);
}

function teamVillages(ctx: Context): Map<string, { id: string; name: string }[]> {
  const rows = ctx.db
    .prepare('SELECT tv.team_id, v.id, v.name FROM team_village tv JOIN village v ON v.id = tv.village_id ORDER BY v.name')
    .all() as { team_id: string; id: string; name: string }[];
  const map = new Map<string, { id: string; name: string }[]>();
  for (const r of rows) map.set(r.team_id, [...(map.get(r.team_id) ?? []), { id: r.id, name: r.name }]);
  return map;
}

export function listTeams(ctx: Context, includeDissolved: boolean, teamId?: string): TeamRow[] {
  const profile = profileInForce(ctx);
  const { teams, villages } = loadForCheck(ctx, teamId);
  const villageMap = new Map(villages.map((v) => [v.id, v]));
  const records = new Map(
    (ctx.db.prepare('SELECT * FROM team').all() as TeamRecord[]).map((r) => [r.id, r]),
  );
  const names = teamVillages(ctx);
  return teams
    .filter((t) => includeDissolved || t.status !== 'dissolved')
    .map((t) => {
      const r = records.get(t.id)!;
      return {
        id: t.id,
        name: t.name,
        level: t.level,
        status: t.status,
        villages: names.get(t.id) ?? [],
        memberCount: t.members.length,
        leaderName: t.members.find((m) => m.position === 'to_truong')?.fullName ?? null,
        warningCount: checkTeam(t, villageMap, profile).length,
        establishedOn: r.established_on,
        version: r.version,
      };
    })
    .sort((a, b) => Number(a.level === 'village') - Number(b.level === 'village') || a.name.localeCompare(b.name, 'vi', { numeric: true }));
}

function memberships(ctx: Context, teamId: string, current: boolean): Membership[] {
  const rows = ctx.db
    .prepare(
      `SELECT m.id, m.person_id, p.full_name, m.position, p.background_role, p.organisation, p.job_title, p.phone,
              m.start_date, m.end_date, m.end_reason, m.version
       FROM membership m JOIN person p ON p.id = m.person_id
       WHERE m.team_id = ? AND (m.end_date IS NULL) = ?`,
    )
    .all(teamId, current ? 1 : 0) as MembershipRecord[];
  const list = rows.map((r) => ({
    id: r.id, personId: r.person_id, fullName: r.full_name, position: r.position, backgroundRole: r.background_role,
    organisation: r.organisation, jobTitle: r.job_title, phone: r.phone, startDate: r.start_date,
    endDate: r.end_date, endReason: r.end_reason, version: r.version,
  }));
  return current ? list.sort(byPositionThenName) : list.sort((a, b) => (b.endDate ?? '').localeCompare(a.endDate ?? ''));
}

export function getTeam(ctx: Context, id: string): TeamDetail {
  const r = ctx.db.prepare('SELECT * FROM team WHERE id = ?').get(id) as TeamRecord | undefined;
  if (!r) throw notFound('tổ công nghệ số');
  const [row] = listTeams(ctx, true, id);
  const { teams, villages } = loadForCheck(ctx, id);
  const history = ctx.db
    .prepare('SELECT at, kind, summary FROM team_event WHERE team_id = ? ORDER BY at DESC, id DESC')
    .all(id) as TeamHistoryEntry[];
  return {
    ...row,
    zaloUrl: r.zalo_url,
    note: r.note,
    dissolvedOn: r.dissolved_on,
    members: memberships(ctx, id, true),
    pastMembers: memberships(ctx, id, false),
    history,
    warnings: checkTeam(teams[0], new Map(villages.map((v) => [v.id, v])), profileInForce(ctx)),
    updatedAt: r.updated_at,
  };
}

export function recordTeamEvent(ctx: Context, teamId: string, kind: string, summary: string): void {
  ctx.db.prepare('INSERT INTO team_event (id, team_id, at, kind, summary) VALUES (?, ?, ?, ?, ?)').run(ctx.newId(), teamId, ctx.now(), kind, summary);
}

/** Every membership change also bumps the team's version: two officers editing one team conflict. */
export function touchTeam(ctx: Context, teamId: string): void {
  ctx.db.prepare('UPDATE team SET version = version + 1, updated_at = ? WHERE id = ?').run(ctx.now(), teamId);
}
