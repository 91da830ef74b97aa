import type { DecisionDetail, DecisionFile, DecisionRow } from '../../../shared/api/decisions';
import { decisionContentSchema, formatDecisionNumber, type DecisionContent } from '../../../shared/decisions/content';
import { notFound } from '../../../shared/errors';
import { requireCommune } from '../commune/handlers';
import type { Context } from '../context';
import { composeContent, decisionTeams, type DraftFields } from './content-builder';

export interface DecisionRecord {
  id: string; kind: DecisionRow['kind']; status: DecisionRow['status']; year: number; number: number | null;
  symbol: string; date: string | null; authority: 'chair' | 'collective'; signer_name: string;
  signer_capacity: 'chair' | 'vice_chair'; title: string; can_cu: string; de_nghi: string; articles: string;
  recipients: string; content: string | null; issued_at: string | null; version: number;
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

function teamsOf(ctx: Context, ids: string[]): Map<string, { id: string; name: string }[]> {
  const rows = ctx.db
    .prepare(
      `SELECT dt.decision_id, t.id, t.name FROM decision_team dt JOIN team t ON t.id = dt.team_id
       WHERE dt.decision_id IN (SELECT value FROM json_each(?)) ORDER BY dt.ordinal`,
    )
    .all(JSON.stringify(ids)) as { decision_id: string; id: string; name: string }[];
  const map = new Map<string, { id: string; name: string }[]>();
  for (const r of rows) map.set(r.decision_id, [...(map.get(r.decision_id) ?? []), { id: r.id, name: r.name }]);
  return map;
}

function toRow(r: DecisionRecord, teams: { id: string; name: string }[], hasSignedFile: boolean): DecisionRow {
  return {
    id: r.id, kind: r.kind, status: r.status, year: r.year, number: r.number,
    numberText: formatDecisionNumber(r.status === 'draft' ? null : r.number, r.symbol),
    date: r.date, title: r.title, teams, signerName: r.signer_name, hasSignedFile, version: r.version,
  };
}

export function listDecisions(ctx: Context, year?: number): DecisionRow[] {
  const records = ctx.db
    .prepare(
      `SELECT * FROM decision ${year ? 'WHERE year = ?' : ''}
       ORDER BY status = 'draft' DESC, year DESC, number DESC, created_at DESC`,
    )
    .all(...(year ? [year] : [])) as DecisionRecord[];
  const teams = teamsOf(ctx, records.map((r) => r.id));
  const signed = new Set((ctx.db.prepare('SELECT DISTINCT decision_id FROM decision_file').all() as { decision_id: string }[]).map((r) => r.decision_id));
  return records.map((r) => toRow(r, teams.get(r.id) ?? [], signed.has(r.id)));
}

export function listFiles(ctx: Context, decisionId: string): DecisionFile[] {
  const rows = ctx.db
    .prepare('SELECT id, file_name, source, sha256, created_at, signatures FROM decision_file WHERE decision_id = ? ORDER BY created_at')
    .all(decisionId) as { id: string; file_name: string; source: DecisionFile['source']; sha256: string; created_at: string; signatures: string }[];
  return rows.map((f) => ({ id: f.id, fileName: f.file_name, source: f.source, sha256: f.sha256, createdAt: f.created_at, signatures: JSON.parse(f.signatures) }));
}

export function getDecision(ctx: Context, id: string): DecisionDetail {
  const r = getRecord(ctx, id);
  const files = listFiles(ctx, id);
  const fields = draftFields(r);
  return {
    ...toRow(r, teamsOf(ctx, [id]).get(id) ?? [], files.length > 0),
    authority: fields.authority, signerCapacity: fields.signerCapacity, canCu: fields.canCu, deNghi: fields.deNghi,
    articles: fields.articles, recipients: fields.recipients, content: contentOf(ctx, r), files,
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
