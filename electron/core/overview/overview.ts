import type { Overview } from '../../../shared/api/overview';
import { AGE_GROUPS } from '../../../shared/overview/age-groups';
import { parsePeriod, periodContaining } from '../../../shared/reports/periods';
import type { Context } from '../context';
import { consolidationNeeds } from '../decisions/consolidation';
import { getTargets, resultTotals } from '../reports/activity';
import { listIndicators } from '../reports/indicators';
import { dueReports } from '../reports/register';
import { checkCommune } from '../rules/load';
import { CURRENT_MEMBER_IDS, TRAINED_PERSON_IDS } from './members';

type Row<K extends string> = Record<K, number>;

/** The age-group CASE shared by the count here and the people list's filter (same table). */
export function ageGroupCase(year: number): string {
  // The year is today's (an integer from the clock, never user input), inlined so the same
  // expression can be grouped by.
  const yearSql = String(Math.trunc(year));
  const arms = AGE_GROUPS.map((g) => {
    const conds = [g.from !== null ? `${yearSql} - p.birth_year >= ${g.from}` : null, g.to !== null ? `${yearSql} - p.birth_year <= ${g.to}` : null]
      .filter(Boolean)
      .join(' AND ');
    return `WHEN ${conds} THEN '${g.id}'`;
  });
  return `CASE WHEN p.birth_year IS NULL THEN 'unknown' ${arms.join(' ')} ELSE 'unknown' END`;
}

function coverage(ctx: Context, pairingIssues: Map<string, Set<string>>): Overview['coverage'] {
  // A village's state is the best team covering it: a shared team (two small tổ dân phố
  // under the 450-household rule) covers each of them.
  const rows = ctx.db
    .prepare(
      `WITH state AS (
         SELECT v.id, v.kind,
                max(CASE t.status WHEN 'established' THEN 2 WHEN 'draft' THEN 1 ELSE 0 END) AS s
         FROM village v
         LEFT JOIN team_village tv ON tv.village_id = v.id
         LEFT JOIN team t ON t.id = tv.team_id AND t.level = 'village' AND t.status <> 'dissolved'
         WHERE v.status = 'active' GROUP BY v.id)
       SELECT kind, count(*) AS villages, sum(s = 2) AS established, sum(s = 1) AS planned, sum(s = 0) AS none
       FROM state GROUP BY kind ORDER BY kind`,
    )
    .all() as (Row<'villages' | 'established' | 'planned' | 'none'> & { kind: Overview['coverage'][number]['kind'] })[];
  return rows.map((r) => ({ ...r, pairingIssues: pairingIssues.get(r.kind)?.size ?? 0 }));
}

function rulesPart(ctx: Context) {
  const { profile, warnings } = checkCommune(ctx);
  const kinds = new Map((ctx.db.prepare('SELECT id, kind FROM village').all() as { id: string; kind: string }[]).map((v) => [v.id, v.kind]));
  const pairing = new Map<string, Set<string>>();
  for (const w of warnings) {
    if ((w.code === 'pairing_small_alone' || w.code === 'pairing_large_shared') && w.villageId) {
      const kind = kinds.get(w.villageId) ?? '';
      pairing.set(kind, (pairing.get(kind) ?? new Set()).add(w.villageId));
    }
  }
  const names = new Map((ctx.db.prepare("SELECT id, name FROM team WHERE status <> 'dissolved'").all() as { id: string; name: string }[]).map((t) => [t.id, t.name]));
  const byTeam = new Map<string, string[]>();
  for (const w of warnings) if (w.teamId) byTeam.set(w.teamId, [...(byTeam.get(w.teamId) ?? []), w.message]);
  const ruleBreaches = [...byTeam].map(([teamId, messages]) => ({ teamId, teamName: names.get(teamId) ?? '', messages }));
  return { profile, pairing, ruleBreaches };
}

function members(ctx: Context, year: number) {
  const membersByRole = ctx.db
    .prepare(`SELECT p.background_role AS role, count(*) AS count FROM person p WHERE p.id IN (${CURRENT_MEMBER_IDS}) GROUP BY role ORDER BY count DESC, role`)
    .all() as Overview['membersByRole'];
  const ages = ctx.db
    .prepare(
      `SELECT ${ageGroupCase(year)} AS grp, sum(p.gender = 'nam') AS nam, sum(p.gender = 'nu') AS nu,
              sum(p.gender IS NULL OR p.gender NOT IN ('nam', 'nu')) AS other
       FROM person p WHERE p.id IN (${CURRENT_MEMBER_IDS}) GROUP BY grp`,
    )
    .all() as { grp: string; nam: number; nu: number; other: number }[];
  const byGroup = new Map(ages.map((a) => [a.grp, a]));
  const membersByAge = [...AGE_GROUPS.map((g) => g.id), 'unknown' as const].map((group) => {
    const a = byGroup.get(group);
    return { group, nam: a?.nam ?? 0, nu: a?.nu ?? 0, other: a?.other ?? 0 };
  });
  return { membersByRole, membersByAge };
}

function trainings(ctx: Context, today: string) {
  // Twelve calendar months ending with this one.
  const [y, m] = today.split('-').map(Number);
  const months = Array.from({ length: 12 }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 12 + i, 1));
    return d.toISOString().slice(0, 7);
  });
  const rows = ctx.db
    .prepare(
      `SELECT substr(s.date, 1, 7) AS month, count(DISTINCT s.id) AS sessions,
              coalesce(sum(i.attendance IN ('present', 'late')), 0) AS attended,
              coalesce(sum(i.source <> 'walk_in'), 0) AS invited,
              coalesce(sum(i.source <> 'walk_in' AND i.attendance IN ('present', 'late')), 0) AS invited_attended
       FROM training_session s LEFT JOIN training_invitee i ON i.session_id = s.id
       WHERE s.status = 'held' AND s.date >= ? AND s.date < ?
       GROUP BY month`,
    )
    .all(`${months[0]}-01`, `${months[11]}-32`) as { month: string; sessions: number; attended: number; invited: number; invited_attended: number }[];
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  const trainingsByMonth = months.map((month) => {
    const r = byMonth.get(month);
    return { month, sessions: r?.sessions ?? 0, attended: r?.attended ?? 0, invited: r?.invited ?? 0 };
  });
  // Turnout counts only people who were invited (walk-ins came without an invitation).
  const turnout = {
    invited: rows.reduce((s, r) => s + r.invited, 0),
    attended: rows.reduce((s, r) => s + r.invited_attended, 0),
  };
  const { n } = ctx.db
    .prepare(`SELECT count(*) AS n FROM person p WHERE p.id IN (${CURRENT_MEMBER_IDS}) AND p.id NOT IN (${TRAINED_PERSON_IDS})`)
    .get() as { n: number };
  return { trainingsByMonth, turnout, membersNeverTrained: n };
}

function activity(ctx: Context, today: string): Overview['activity'] {
  // The year so far against the year's targets: months and quarters inside it all count.
  const period = parsePeriod(periodContaining(today, 'year').code);
  const results = resultTotals(ctx, period.from, period.to);
  const targets = getTargets(ctx, period).values;
  return {
    period: period.code,
    periodLabel: period.label,
    rows: listIndicators(ctx, false).map((i) => ({
      indicatorId: i.id, name: i.name, unit: i.unit, result: results[i.id] ?? 0, target: targets[i.id] ?? null,
    })),
  };
}

export function getOverview(ctx: Context): Overview {
  const today = ctx.today();
  const year = Number(today.slice(0, 4));
  const { profile, pairing, ruleBreaches } = rulesPart(ctx);
  const totals = ctx.db
    .prepare(
      `SELECT (SELECT count(*) FROM village WHERE status = 'active') AS villages,
              (SELECT count(*) FROM team WHERE status <> 'dissolved') AS teams,
              (SELECT count(*) FROM team WHERE status = 'established') AS establishedTeams,
              (SELECT count(DISTINCT person_id) FROM (${CURRENT_MEMBER_IDS})) AS members,
              (SELECT count(*) FROM person) AS people`,
    )
    .get() as Overview['totals'];
  const villageMin = profile.villageTeamSize?.min ?? 0;
  const communeMin = profile.communeTeamSize?.min ?? 0;
  const teamsBelowSize = ctx.db
    .prepare(
      `SELECT t.id AS teamId, t.name AS teamName, count(m.id) AS members,
              CASE t.level WHEN 'village' THEN ? ELSE ? END AS min
       FROM team t LEFT JOIN membership m ON m.team_id = t.id AND m.end_date IS NULL
       WHERE t.status <> 'dissolved' GROUP BY t.id HAVING members < min ORDER BY members, t.name`,
    )
    .all(villageMin, communeMin) as Overview['teamsBelowSize'];
  const draftDecisions = ctx.db
    .prepare("SELECT id, title, updated_at AS updatedAt FROM decision WHERE status = 'draft' ORDER BY updated_at DESC")
    .all() as Overview['draftDecisions'];
  return {
    today,
    totals,
    coverage: coverage(ctx, pairing),
    pairingThreshold: profile.householdPairingThreshold ?? null,
    ruleBreaches,
    ...members(ctx, year),
    teamsBelowSize,
    ...trainings(ctx, today),
    activity: activity(ctx, today),
    reportsDue: dueReports(ctx),
    draftDecisions,
    consolidation: consolidationNeeds(ctx).map((n) => ({ teamId: n.teamId, teamName: n.teamName, changes: n.changes.length })),
  };
}
