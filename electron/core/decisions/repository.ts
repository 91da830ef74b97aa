import type { DecisionDetail, DecisionFile, DecisionRef, DecisionRow, DecisionStanding, DraftCheck } from '../../../shared/api/decisions';
import { decisionContentSchema, decisionNumberText, findPlaceholders, formatDecisionNumber, type DecisionContent } from '../../../shared/decisions/content';
import { notFound } from '../../../shared/errors';
import { LEGAL_BASIS_KEYS, missingBasisWarning } from '../../../shared/decisions/legal-bases';
import { requireCommune } from '../commune/handlers';
import { listLegalBases } from '../commune/legal-bases';
import { getTeam } from '../teams/repository';
import type { Context } from '../context';
import { composeContent, decisionTeams, type DraftFields } from './content-builder';

export interface DecisionRecord {
  id: string; kind: DecisionRow['kind']; status: DecisionRow['status']; year: number; number: number | null;
  symbol: string; date: string | null; authority: 'chair' | 'collective'; signer_name: string;
  signer_capacity: 'chair' | 'vice_chair'; title: string; can_cu: string; de_nghi: string; articles: string;
  recipients: string; content: string | null; issued_at: string | null; amends_id: string | null; version: number;
}

export function draftFields(r: DecisionRecord): DraftFields {
  return {
    kind: r.kind, number: r.number, year: r.year, symbol: r.symbol, date: r.date, authority: r.authority,
    signerName: r.signer_name, signerCapacity: r.signer_capacity, title: r.title, canCu: JSON.parse(r.can_cu),
    deNghi: r.de_nghi, articles: JSON.parse(r.articles), recipients: JSON.parse(r.recipients),
  };
}

export function getRecord(ctx: Context, id: string): DecisionRecord {
  const r = ctx.db.prepare('SELECT * FROM decision WHERE id = ?').get(id) as DecisionRecord | undefined;
  if (!r) throw notFound('quyết định');
  return r;
}

export function teamIdsOf(ctx: Context, decisionId: string): string[] {
  return (ctx.db.prepare('SELECT team_id FROM decision_team WHERE decision_id = ? ORDER BY ordinal').all(decisionId) as { team_id: string }[]).map((r) => r.team_id);
}

/** Frozen content once issued; for a draft, what it would print today. */
export function contentOf(ctx: Context, r: DecisionRecord): DecisionContent {
  if (r.content) return decisionContentSchema.parse(JSON.parse(r.content));
  return composeContent(requireCommune(ctx), draftFields(r), decisionTeams(ctx, teamIdsOf(ctx, r.id), r.kind));
}

type TeamPart = DecisionRow['teams'][number];

function refOf(r: { id: string; kind: DecisionRef['kind']; number: number; symbol: string; date: string }): DecisionRef {
  return { id: r.id, kind: r.kind, numberText: decisionNumberText(r.number, r.symbol), date: r.date };
}

/** Each decision's parts, one per team, with the later decision that replaced each part. */
function teamsOf(ctx: Context, ids: string[]): Map<string, TeamPart[]> {
  const rows = ctx.db
    .prepare(
      `SELECT dt.decision_id, t.id, t.name, r.id AS r_id, r.kind AS r_kind, r.number AS r_number, r.symbol AS r_symbol, r.date AS r_date
       FROM decision_team dt JOIN team t ON t.id = dt.team_id LEFT JOIN decision r ON r.id = dt.replaced_by
       WHERE dt.decision_id IN (SELECT value FROM json_each(?)) ORDER BY dt.ordinal`,
    )
    .all(JSON.stringify(ids)) as { decision_id: string; id: string; name: string; r_id: string | null; r_kind: DecisionRef['kind']; r_number: number; r_symbol: string; r_date: string }[];
  const map = new Map<string, TeamPart[]>();
  for (const r of rows) {
    const replacedBy = r.r_id ? refOf({ id: r.r_id, kind: r.r_kind, number: r.r_number, symbol: r.r_symbol, date: r.r_date }) : null;
    map.set(r.decision_id, [...(map.get(r.decision_id) ?? []), { id: r.id, name: r.name, replacedBy }]);
  }
  return map;
}

interface Relations { teams: Map<string, TeamPart[]>; amendedBy: Map<string, DecisionRef[]>; byId: Map<string, DecisionRef> }

function relationsOf(ctx: Context, records: DecisionRecord[]): Relations {
  const ids = records.map((r) => r.id);
  const amending = ctx.db
    .prepare(
      `SELECT id, kind, number, symbol, date, amends_id FROM decision
       WHERE status <> 'draft' AND amends_id IN (SELECT value FROM json_each(?)) ORDER BY date, issued_at`,
    )
    .all(JSON.stringify(ids)) as { id: string; kind: DecisionRef['kind']; number: number; symbol: string; date: string; amends_id: string }[];
  const amendedBy = new Map<string, DecisionRef[]>();
  for (const a of amending) amendedBy.set(a.amends_id, [...(amendedBy.get(a.amends_id) ?? []), refOf(a)]);
  const targets = ctx.db
    .prepare(`SELECT id, kind, number, symbol, date FROM decision WHERE id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(records.map((r) => r.amends_id).filter(Boolean))) as { id: string; kind: DecisionRef['kind']; number: number; symbol: string; date: string }[];
  return { teams: teamsOf(ctx, ids), amendedBy, byId: new Map(targets.map((t) => [t.id, refOf(t)])) };
}

function standingOf(r: DecisionRecord, teams: TeamPart[], amendedBy: DecisionRef[]): DecisionStanding | null {
  if (r.status === 'draft') return null;
  if (amendedBy.some((a) => a.kind === 'thu_hoi' || a.kind === 'bai_bo')) return 'withdrawn';
  const replaced = teams.filter((t) => t.replacedBy).length;
  if (replaced === 0) return 'in_force';
  return replaced === teams.length ? 'replaced' : 'partly_replaced';
}

function toRow(r: DecisionRecord, rel: Relations, hasSignedFile: boolean): DecisionRow {
  const teams = rel.teams.get(r.id) ?? [];
  const amendedBy = rel.amendedBy.get(r.id) ?? [];
  return {
    id: r.id, kind: r.kind, status: r.status, year: r.year, number: r.number,
    numberText: formatDecisionNumber(r.status === 'draft' ? null : r.number, r.symbol),
    date: r.date, title: r.title, teams, standing: standingOf(r, teams, amendedBy),
    amends: r.amends_id ? rel.byId.get(r.amends_id) ?? null : null, amendedBy,
    signerName: r.signer_name, hasSignedFile, version: r.version,
  };
}

export function listDecisions(ctx: Context, year?: number): DecisionRow[] {
  const records = ctx.db
    .prepare(
      `SELECT * FROM decision ${year ? 'WHERE year = ?' : ''}
       ORDER BY status = 'draft' DESC, year DESC, number DESC, created_at DESC`,
    )
    .all(...(year ? [year] : [])) as DecisionRecord[];
  const rel = relationsOf(ctx, records);
  const signed = new Set((ctx.db.prepare('SELECT DISTINCT decision_id FROM decision_file').all() as { decision_id: string }[]).map((r) => r.decision_id));
  return records.map((r) => toRow(r, rel, signed.has(r.id)));
}

export function listFiles(ctx: Context, decisionId: string): DecisionFile[] {
  const rows = ctx.db
    .prepare('SELECT id, file_name, source, sha256, created_at, signatures FROM decision_file WHERE decision_id = ? ORDER BY created_at')
    .all(decisionId) as { id: string; file_name: string; source: DecisionFile['source']; sha256: string; created_at: string; signatures: string }[];
  return rows.map((f) => ({ id: f.id, fileName: f.file_name, source: f.source, sha256: f.sha256, createdAt: f.created_at, signatures: JSON.parse(f.signatures) }));
}

/**
 * What the chair should see before signing a draft: blanks still to fill (issuing refuses them),
 * legal bases missing from the commune settings, and each team's province-rule warnings today.
 */
export function draftCheck(ctx: Context, r: DecisionRecord): DraftCheck {
  const fields = draftFields(r);
  const entered = new Set(listLegalBases(ctx).map((b) => b.key));
  const teamWarnings = teamIdsOf(ctx, r.id).map((teamId) => {
    const team = getTeam(ctx, teamId);
    return { teamId, teamName: team.name, warnings: r.kind === 'giai_the' ? [] : team.warnings };
  });
  return {
    placeholders: findPlaceholders(fields),
    missingBases: LEGAL_BASIS_KEYS.filter((k) => !entered.has(k)).map(missingBasisWarning),
    teamWarnings,
  };
}

export function getDecision(ctx: Context, id: string): DecisionDetail {
  const r = getRecord(ctx, id);
  const files = listFiles(ctx, id);
  const fields = draftFields(r);
  return {
    ...toRow(r, relationsOf(ctx, [r]), files.length > 0),
    authority: fields.authority, signerCapacity: fields.signerCapacity, canCu: fields.canCu, deNghi: fields.deNghi,
    articles: fields.articles, recipients: fields.recipients, content: contentOf(ctx, r), files,
    check: r.status === 'draft' ? draftCheck(ctx, r) : null,
  };
}

/** Smallest number above every number used this year: numbering restarts each year. */
export function nextFreeNumber(ctx: Context, year: number, symbol = 'QĐ-UBND'): number {
  const { max } = ctx.db.prepare("SELECT max(number) AS max FROM decision WHERE year = ? AND symbol = ? AND status <> 'draft'").get(year, symbol) as { max: number | null };
  return (max ?? 0) + 1;
}

export function holderOfNumber(ctx: Context, year: number, symbol: string, number: number) {
  return ctx.db.prepare("SELECT id, title FROM decision WHERE year = ? AND symbol = ? AND number = ? AND status <> 'draft'").get(year, symbol, number) as
    | { id: string; title: string }
    | undefined;
}
