/**
 * A team's lifecycle, decided in one place (issue 8 §2): set up (thành lập), consolidated
 * (kiện toàn), dissolved (giải thể), members joining, changing seat and leaving. The teams,
 * decisions and imports handlers all call these functions, so their rules cannot drift apart.
 *
 * Which part of which issued decision governs a team is kept here too: a kiện toàn or giải thể of
 * one team replaces only that team's part of an earlier decision (decision_team.replaced_by).
 */
import { TEAM_DECISION_KINDS, type TeamDecisionKind } from '../../../shared/decisions/content';
import { TEAM_POSITIONS, TEAM_STATUSES, type TeamPosition, type TeamStatus } from '../../../shared/domain/vocabulary';
import { AppError } from '../../../shared/errors';
import { displayDate } from '../../../shared/text/dates';
import type { Context } from '../context';
import { assertUpdated } from '../versioning';
import { recordTeamEvent, touchTeam } from './repository';

interface TeamState { id: string; name: string; status: TeamStatus }

function teamState(ctx: Context, teamId: string): TeamState {
  const t = ctx.db.prepare('SELECT id, name, status FROM team WHERE id = ?').get(teamId) as TeamState | undefined;
  if (!t) throw new AppError('NOT_FOUND', 'Không tìm thấy tổ công nghệ số.');
  return t;
}

const memberCount = (ctx: Context, teamId: string) =>
  (ctx.db.prepare('SELECT count(*) AS n FROM membership WHERE team_id = ? AND end_date IS NULL').get(teamId) as { n: number }).n;

/** Whether a decision of this kind may act on the team now; throws a Vietnamese reason if not. */
export function assertDecisionApplies(ctx: Context, kind: TeamDecisionKind, teamId: string): void {
  const team = teamState(ctx, teamId);
  if (team.status === 'dissolved') throw new AppError('CONFLICT', `${team.name} đã giải thể.`);
  if (kind === 'thanh_lap' && team.status === 'established' && partInForce(ctx, teamId)) {
    throw new AppError('CONFLICT', `${team.name} đã được thành lập; thay đổi thành viên cần quyết định kiện toàn.`);
  }
  if (kind === 'kien_toan' && team.status !== 'established') throw new AppError('CONFLICT', `${team.name} chưa được thành lập, không thể kiện toàn.`);
  if (kind === 'giai_the' && team.status !== 'established') throw new AppError('CONFLICT', `${team.name} chưa được thành lập, không cần giải thể; hãy xóa dự thảo tổ.`);
  if (kind !== 'giai_the' && memberCount(ctx, teamId) === 0) throw new AppError('VALIDATION', `${team.name} chưa có thành viên nào.`);
}

// ---- Members ---------------------------------------------------------------------------------

export interface MembershipRow { id: string; team_id: string; person_id: string; position: TeamPosition; start_date: string; end_date: string | null; version: number }

/**
 * A person joins a team; a dissolved team takes nobody, and nobody sits twice in one team.
 * `event`: the team history line; null when the caller writes one line for many (an import).
 */
export function joinTeam(
  ctx: Context, teamId: string, person: { id: string; fullName: string }, position: TeamPosition, startDate: string, event?: string | null,
): string {
  const team = teamState(ctx, teamId);
  if (team.status === 'dissolved') throw new AppError('CONFLICT', `${team.name} đã giải thể, không thể thêm thành viên.`);
  const already = ctx.db.prepare('SELECT 1 FROM membership WHERE team_id = ? AND person_id = ? AND end_date IS NULL').get(teamId, person.id);
  if (already) throw new AppError('DUPLICATE', `${person.fullName} đã là thành viên của tổ này.`);
  const id = ctx.newId();
  ctx.db
    .prepare('INSERT INTO membership (id, team_id, person_id, position, start_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(id, teamId, person.id, position, startDate, ctx.now(), ctx.now());
  touchTeam(ctx, teamId);
  if (event !== null) {
    recordTeamEvent(ctx, teamId, 'member_added', event ?? `${person.fullName} vào tổ, chức danh ${TEAM_POSITIONS[position]}, từ ${displayDate(startDate)}.`);
  }
  return id;
}

/** A current seat, checked against the version the caller read. */
export function currentSeat(ctx: Context, membershipId: string, version: number): MembershipRow {
  const m = ctx.db.prepare('SELECT * FROM membership WHERE id = ?').get(membershipId) as MembershipRow | undefined;
  if (!m) throw new AppError('NOT_FOUND', 'Không tìm thấy thành viên này trong tổ.');
  if (m.version !== version) throw new AppError('CONFLICT', 'Thành viên này vừa được người khác thay đổi. Hãy tải lại.');
  if (m.end_date) throw new AppError('CONFLICT', 'Người này đã rời tổ.');
  return m;
}

function closeSeat(ctx: Context, m: MembershipRow, on: string, reason: string | null): void {
  if (on < m.start_date) {
    throw new AppError('VALIDATION', `Ngày kết thúc (${displayDate(on)}) không được trước ngày vào tổ (${displayDate(m.start_date)}).`);
  }
  const { changes } = ctx.db
    .prepare('UPDATE membership SET end_date = ?, end_reason = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?')
    .run(on, reason, ctx.now(), m.id, m.version);
  assertUpdated(ctx.db, 'membership', m.id, changes, 'thành viên');
}

/** A member leaves the team (the seat is closed, never deleted: history stays). */
export function leaveTeam(ctx: Context, m: MembershipRow, fullName: string, on: string, reason: string | null): void {
  closeSeat(ctx, m, on, reason);
  touchTeam(ctx, m.team_id);
  recordTeamEvent(ctx, m.team_id, 'member_left', `${fullName} rời tổ từ ${displayDate(on)}${reason ? ` (${reason})` : ''}.`);
}

/** History is never overwritten: the old seat ends and a new one starts the same day. */
export function changeSeat(ctx: Context, m: MembershipRow, fullName: string, position: TeamPosition, on: string): string {
  if (m.position === position) throw new AppError('VALIDATION', 'Chức danh mới trùng chức danh hiện tại.');
  closeSeat(ctx, m, on, `Chuyển sang ${TEAM_POSITIONS[position]}`);
  const id = ctx.newId();
  ctx.db
    .prepare('INSERT INTO membership (id, team_id, person_id, position, start_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(id, m.team_id, m.person_id, position, on, ctx.now(), ctx.now());
  touchTeam(ctx, m.team_id);
  recordTeamEvent(ctx, m.team_id, 'position_changed', `${fullName}: ${TEAM_POSITIONS[m.position]} → ${TEAM_POSITIONS[position]} từ ${displayDate(on)}.`);
  return id;
}

// ---- Status ----------------------------------------------------------------------------------

const TRANSITIONS: Record<TeamStatus, TeamStatus[]> = { draft: ['established', 'dissolved'], established: ['dissolved'], dissolved: [] };

function establish(ctx: Context, teamId: string, on: string): void {
  ctx.db.prepare("UPDATE team SET status = 'established', established_on = ?, updated_at = ?, version = version + 1 WHERE id = ?").run(on, ctx.now(), teamId);
}

function dissolve(ctx: Context, teamId: string, on: string): void {
  ctx.db.prepare("UPDATE team SET status = 'dissolved', dissolved_on = ?, updated_at = ?, version = version + 1 WHERE id = ?").run(on, ctx.now(), teamId);
  ctx.db
    .prepare("UPDATE membership SET end_date = max(?, start_date), end_reason = 'Giải thể tổ', updated_at = ?, version = version + 1 WHERE team_id = ? AND end_date IS NULL")
    .run(on, ctx.now(), teamId);
}

/**
 * Recording a status by hand (a team set up or dissolved before the app was used, with no
 * decision on file here). Decisions go through applyDecision instead.
 */
export function recordStatus(ctx: Context, teamId: string, version: number, status: TeamStatus, on: string): void {
  const team = teamState(ctx, teamId);
  if (!TRANSITIONS[team.status].includes(status)) {
    throw new AppError('CONFLICT', `Không thể chuyển tổ từ "${TEAM_STATUSES[team.status]}" sang "${TEAM_STATUSES[status]}".`);
  }
  const part = status === 'dissolved' ? partInForce(ctx, teamId) : null;
  if (part) {
    // A team set up by a decision on file here is dissolved by a decision too (issue 8 §2).
    throw new AppError('CONFLICT', `${team.name} được thành lập/kiện toàn theo Quyết định số ${String(part.number).padStart(2, '0')}/${part.symbol}; muốn giải thể cần ra quyết định giải thể.`);
  }
  const { changes } = ctx.db.prepare('UPDATE team SET version = version WHERE id = ? AND version = ?').run(teamId, version);
  assertUpdated(ctx.db, 'team', teamId, changes, 'tổ công nghệ số');
  if (status === 'established') establish(ctx, teamId, on);
  if (status === 'dissolved') dissolve(ctx, teamId, on);
  recordTeamEvent(ctx, teamId, status, `${TEAM_STATUSES[status]} ngày ${displayDate(on)}.`);
}

// ---- Decisions -------------------------------------------------------------------------------

export interface PartRef { decisionId: string; kind: 'thanh_lap' | 'kien_toan'; number: number; symbol: string; date: string }

/** The issued thành lập / kiện toàn whose part for this team is in force now (latest first). */
export function partInForce(ctx: Context, teamId: string): PartRef | null {
  const r = ctx.db
    .prepare(
      `SELECT d.id AS decisionId, d.kind, d.number, d.symbol, d.date
       FROM decision_team dt JOIN decision d ON d.id = dt.decision_id
       WHERE dt.team_id = ? AND dt.replaced_by IS NULL AND d.status <> 'draft' AND d.kind IN ('thanh_lap', 'kien_toan')
       ORDER BY d.date DESC, d.issued_at DESC LIMIT 1`,
    )
    .get(teamId) as PartRef | undefined;
  return r ?? null;
}

/** The issued thành lập that set the team up, if it is on record here. */
export function foundingDecision(ctx: Context, teamId: string): PartRef | null {
  const r = ctx.db
    .prepare(
      `SELECT d.id AS decisionId, d.kind, d.number, d.symbol, d.date FROM decision_team dt JOIN decision d ON d.id = dt.decision_id
       WHERE dt.team_id = ? AND d.status <> 'draft' AND d.kind = 'thanh_lap' ORDER BY d.date DESC, d.issued_at DESC LIMIT 1`,
    )
    .get(teamId) as PartRef | undefined;
  return r ?? null;
}

/**
 * A kiện toàn or giải thể drafted before another decision changed one of its teams would cite a
 * part that is no longer in force: refuse, so the officer drafts it again with today's facts.
 */
export function assertCitesPartsInForce(ctx: Context, kind: TeamDecisionKind, teamIds: string[], text: string): void {
  if (kind === 'thanh_lap') return;
  for (const teamId of teamIds) {
    const part = partInForce(ctx, teamId);
    const cited = part && `${String(part.number).padStart(2, '0')}/${part.symbol}`;
    if (cited && !text.includes(cited)) {
      throw new AppError('CONFLICT', `${teamState(ctx, teamId).name} hiện theo Quyết định số ${cited}, nhưng dự thảo không nhắc đến quyết định này (có thể đã có quyết định mới sau khi soạn). Hãy xóa dự thảo và soạn lại.`);
    }
  }
}

/**
 * An issued team decision takes effect: thành lập establishes, kiện toàn replaces the team's part
 * of the earlier decision, giải thể dissolves and closes every seat. Only each named team's part
 * of an earlier decision is replaced; the other teams of that decision keep theirs.
 */
export function applyDecision(ctx: Context, d: { id: string; kind: TeamDecisionKind; date: string; numberText: string }, teamIds: string[]): void {
  const replace = ctx.db.prepare(
    `UPDATE decision_team SET replaced_by = ? WHERE team_id = ? AND replaced_by IS NULL AND decision_id <> ?
       AND decision_id IN (SELECT id FROM decision WHERE status <> 'draft' AND kind IN ('thanh_lap', 'kien_toan'))`,
  );
  for (const teamId of teamIds) {
    assertDecisionApplies(ctx, d.kind, teamId);
    const team = teamState(ctx, teamId);
    if (d.kind === 'thanh_lap' && team.status === 'draft') establish(ctx, teamId, d.date);
    if (d.kind !== 'thanh_lap') replace.run(d.id, teamId, d.id);
    if (d.kind === 'giai_the') dissolve(ctx, teamId, d.date);
    touchTeam(ctx, teamId);
    recordTeamEvent(ctx, teamId, `decision_${d.kind}`, `${TEAM_DECISION_KINDS[d.kind]} theo Quyết định số ${d.numberText} ngày ${displayDate(d.date)}.`);
  }
}

/** Parts of the target; refuses when a later decision already replaced one of them. */
export function assertWithdrawable(ctx: Context, targetId: string): { team_id: string; name: string }[] {
  const parts = ctx.db
    .prepare('SELECT dt.team_id, dt.replaced_by, t.name FROM decision_team dt JOIN team t ON t.id = dt.team_id WHERE dt.decision_id = ?')
    .all(targetId) as { team_id: string; replaced_by: string | null; name: string }[];
  const replaced = parts.filter((p) => p.replaced_by !== null);
  if (replaced.length) {
    throw new AppError('CONFLICT', `Quyết định này đã được thay thế một phần (${replaced.map((p) => p.name).join(', ')}) bởi quyết định sau; hãy xử lý quyết định sau trước.`);
  }
  return parts;
}

/**
 * A thu hồi / bãi bỏ ends every part of the target decision. Teams it had set up lose their legal
 * basis and go back to "dự kiến" until a new thành lập. A decision whose parts were already
 * replaced by later ones cannot be withdrawn first: the later decisions rest on it.
 */
export function withdrawDecision(ctx: Context, amendingId: string, targetId: string, numberText: string, date: string): void {
  const parts = assertWithdrawable(ctx, targetId);
  const kind = (ctx.db.prepare('SELECT kind FROM decision WHERE id = ?').get(targetId) as { kind: string }).kind;
  ctx.db.prepare('UPDATE decision_team SET replaced_by = ? WHERE decision_id = ?').run(amendingId, targetId);
  for (const p of parts) {
    if (kind === 'thanh_lap' && teamState(ctx, p.team_id).status === 'established' && !partInForce(ctx, p.team_id)) {
      ctx.db.prepare("UPDATE team SET status = 'draft', established_on = NULL, updated_at = ?, version = version + 1 WHERE id = ?").run(ctx.now(), p.team_id);
    }
    touchTeam(ctx, p.team_id);
    recordTeamEvent(ctx, p.team_id, 'decision_withdrawn', `Quyết định liên quan đến tổ bị thu hồi/bãi bỏ theo Quyết định số ${numberText} ngày ${displayDate(date)}.`);
  }
}
