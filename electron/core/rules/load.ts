import type { RuleWarning, TeamForCheck, VillageForCheck } from '../../../shared/rules/validate';
import { checkAll } from '../../../shared/rules/validate';
import { resolveProfile, type RuleProfile } from '../../../shared/rules/profiles';
import type { Context } from '../context';
import { getCommune } from '../commune/handlers';

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** Current teams and villages in the shape the pure rule checks take. */
export function loadForCheck(ctx: Context, teamId?: string): { teams: TeamForCheck[]; villages: VillageForCheck[] } {
  // With a teamId only that team is loaded: a team page must not read a province's members.
  const only = teamId ? 'WHERE id = ?' : '';
  const args = teamId ? [teamId] : [];
  const teams = ctx.db.prepare(`SELECT id, name, level, status FROM team ${only}`).all(...args) as Omit<TeamForCheck, 'villageIds' | 'members'>[];
  const links = ctx.db
    .prepare(`SELECT team_id, village_id FROM team_village ${teamId ? 'WHERE team_id = ?' : ''}`)
    .all(...args) as { team_id: string; village_id: string }[];
  const members = ctx.db
    .prepare(
      `SELECT m.team_id, p.full_name, m.position, p.background_role FROM membership m
       JOIN person p ON p.id = m.person_id WHERE m.end_date IS NULL ${teamId ? 'AND m.team_id = ?' : ''}`,
    )
    .all(...args) as { team_id: string; full_name: string; position: TeamForCheck['members'][number]['position']; background_role: TeamForCheck['members'][number]['backgroundRole'] }[];
  const villages = ctx.db.prepare('SELECT id, name, kind, households, status FROM village').all() as (Omit<VillageForCheck, 'active'> & { status: string })[];
  const villageIds = groupBy(links, (l) => l.team_id);
  const memberRows = groupBy(members, (m) => m.team_id);
  return {
    teams: teams.map((t) => ({
      ...t,
      villageIds: (villageIds.get(t.id) ?? []).map((l) => l.village_id),
      members: (memberRows.get(t.id) ?? []).map((m) => ({ fullName: m.full_name, position: m.position, backgroundRole: m.background_role })),
    })),
    villages: villages.map(({ status, ...v }) => ({ ...v, active: status === 'active' })),
  };
}

export function profileInForce(ctx: Context): RuleProfile {
  const commune = getCommune(ctx);
  return resolveProfile(commune?.ruleProfileId ?? 'national-793', commune?.customProfile ?? null);
}

export function checkCommune(ctx: Context): { profile: RuleProfile; warnings: RuleWarning[] } {
  const profile = profileInForce(ctx);
  const { teams, villages } = loadForCheck(ctx);
  return { profile, warnings: checkAll(teams, villages, profile) };
}
