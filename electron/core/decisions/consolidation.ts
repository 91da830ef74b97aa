import type { ConsolidationNeed, MemberChange } from '../../../shared/api/decisions';
import { formatDecisionNumber } from '../../../shared/decisions/content';
import type { Context } from '../context';

export interface FrozenMember { personId: string; fullName: string; position: MemberChange['to'] & string }

/** Current members of a team in the shape decisions freeze. */
export function currentMembers(ctx: Context, teamId: string): FrozenMember[] {
  return (
    ctx.db
      .prepare('SELECT m.person_id, p.full_name, m.position FROM membership m JOIN person p ON p.id = m.person_id WHERE m.team_id = ? AND m.end_date IS NULL')
      .all(teamId) as { person_id: string; full_name: string; position: FrozenMember['position'] }[]
  ).map((r) => ({ personId: r.person_id, fullName: r.full_name, position: r.position }));
}

/** Who joined, who left and whose position changed since the frozen list. */
export function diffMembers(frozen: FrozenMember[], current: FrozenMember[]): MemberChange[] {
  const before = new Map(frozen.map((m) => [m.personId, m]));
  const now = new Map(current.map((m) => [m.personId, m]));
  const changes: MemberChange[] = [];
  for (const m of current) {
    const was = before.get(m.personId);
    if (!was) changes.push({ personId: m.personId, fullName: m.fullName, change: 'added', from: null, to: m.position });
    else if (was.position !== m.position) changes.push({ personId: m.personId, fullName: m.fullName, change: 'position', from: was.position, to: m.position });
  }
  for (const m of frozen) {
    if (!now.has(m.personId)) changes.push({ personId: m.personId, fullName: m.fullName, change: 'removed', from: m.position, to: null });
  }
  return changes;
}

/**
 * Teams whose members differ from the issued thành lập / kiện toàn whose part for them is in
 * force (decision_team.replaced_by, kept by teams/lifecycle.ts): a later kiện toàn clears the flag,
 * and a withdrawn decision is no longer compared with.
 */
export function consolidationNeeds(ctx: Context, teamId?: string): ConsolidationNeed[] {
  const rows = ctx.db
    .prepare(
      `SELECT t.id AS team_id, t.name AS team_name, d.id AS decision_id, d.number, d.symbol, d.date, dt.members
       FROM team t
       JOIN decision_team dt ON dt.team_id = t.id
       JOIN decision d ON d.id = dt.decision_id
       WHERE t.status <> 'dissolved' AND d.status <> 'draft' AND d.kind IN ('thanh_lap', 'kien_toan')
         ${teamId ? 'AND t.id = ?' : ''}
         AND dt.replaced_by IS NULL`,
    )
    .all(...(teamId ? [teamId] : [])) as { team_id: string; team_name: string; decision_id: string; number: number; symbol: string; date: string; members: string }[];
  return rows
    .map((r) => ({
      teamId: r.team_id,
      teamName: r.team_name,
      lastDecision: { id: r.decision_id, numberText: formatDecisionNumber(r.number, r.symbol), date: r.date },
      changes: diffMembers(JSON.parse(r.members) as FrozenMember[], currentMembers(ctx, r.team_id)),
    }))
    .filter((n) => n.changes.length > 0);
}
