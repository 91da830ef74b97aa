import type { FileResult } from '../../../shared/api';
import { decisionNumberText, DECISION_KINDS, formatDecisionNumber, formatLongDate } from '../../../shared/decisions/content';
import { AppError } from '../../../shared/errors';
import { displayDate } from '../../../shared/text/dates';
import { requireCommune } from '../commune/handlers';
import type { Context } from '../context';
import type { Handlers } from '../dispatch';
import { getTeam, recordTeamEvent, touchTeam } from '../teams/repository';
import { assertUpdated } from '../versioning';
import { composeContent, decisionTeams, defaultDraftTexts } from './content-builder';
import { consolidationNeeds, currentMembers } from './consolidation';
import { renderDecisionDocx, renderDecisionPdf } from './document';
import { contentOf, draftFields, getDecision, getRecord, holderOfNumber, listDecisions, nextFreeNumber, teamIdsOf } from './repository';
import { signingHandlers } from './signing';
import { issuedPdf, recordingIssuedPdf } from './issued-pdf';

const slug = (r: { number: number | null; year: number; status: string }) =>
  r.status === 'draft' ? 'du-thao' : `${String(r.number).padStart(2, '0')}-QD-UBND-${r.year}`;

/** "Quyết định số 07/QĐ-UBND ngày 05 tháng 01 năm 2026 của Chủ tịch UBND xã …" for later decisions' wording. */
function citation(ctx: Context, decisionId: string): string {
  const d = getRecord(ctx, decisionId);
  const commune = requireCommune(ctx);
  return `Quyết định số ${decisionNumberText(d.number, d.symbol)} ${formatLongDate(d.date)} của Chủ tịch Ủy ban nhân dân ${commune.kind === 'phuong' ? 'phường' : 'xã'} ${commune.name}`;
}

function checkTeamsFor(ctx: Context, kind: keyof typeof DECISION_KINDS, teamIds: string[]): void {
  for (const id of teamIds) {
    const team = getTeam(ctx, id);
    if (team.status === 'dissolved') throw new AppError('CONFLICT', `${team.name} đã giải thể.`);
    if (kind === 'kien_toan' && team.status !== 'established') throw new AppError('CONFLICT', `${team.name} chưa được thành lập, không thể kiện toàn.`);
    if (kind !== 'giai_the' && team.members.length === 0) throw new AppError('VALIDATION', `${team.name} chưa có thành viên nào.`);
  }
}

export function createDraft(
  ctx: Context,
  kind: keyof typeof DECISION_KINDS,
  teamIds: string[],
  signerCapacity: 'chair' | 'vice_chair',
  action = 'decisions.createDraft',
): string {
  const commune = requireCommune(ctx);
  const unique = [...new Set(teamIds)];
  checkTeamsFor(ctx, kind, unique);
  if (signerCapacity === 'vice_chair' && commune.viceChairs.length === 0) {
    throw new AppError('VALIDATION', 'Chưa khai báo Phó Chủ tịch UBND trong thông tin xã/phường.');
  }
  const previous = kind === 'thanh_lap' ? [] : [...new Set(unique.flatMap((t) => consolidationNeeds(ctx, t).map((n) => n.lastDecision.id)))];
  const texts = defaultDraftTexts(commune, kind, decisionTeams(ctx, unique, kind), previous.map((id) => citation(ctx, id)));
  const id = ctx.newId();
  const year = Number(ctx.today().slice(0, 4));
  ctx.db
    .prepare(
      `INSERT INTO decision (id, kind, year, authority, signer_name, signer_capacity, title, can_cu, de_nghi, articles, recipients, created_at, updated_at)
       VALUES (?, ?, ?, 'chair', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id, kind, year, signerCapacity === 'chair' ? commune.chairName : commune.viceChairs[0], signerCapacity, texts.title,
      JSON.stringify(texts.canCu), texts.deNghi, JSON.stringify(texts.articles), JSON.stringify(texts.recipients), ctx.now(), ctx.now(),
    );
  const link = ctx.db.prepare('INSERT INTO decision_team (decision_id, team_id, ordinal) VALUES (?, ?, ?)');
  unique.forEach((teamId, i) => link.run(id, teamId, i));
  ctx.audit({ action, entity: 'decision', entityId: id, after: { kind, teamIds: unique } });
  return id;
}

function requireDraft(ctx: Context, id: string, version: number) {
  const r = getRecord(ctx, id);
  if (r.status !== 'draft') throw new AppError('CONFLICT', 'Quyết định đã ban hành không được sửa; thay đổi cần một quyết định mới.');
  if (r.version !== version) throw new AppError('CONFLICT', 'Dự thảo vừa được người khác sửa. Hãy tải lại.');
  return r;
}

async function exportFile(ctx: Context, id: string, format: 'docx' | 'pdf'): Promise<FileResult> {
  const r = getRecord(ctx, id);
  const content = contentOf(ctx, r);
  const fileName = `Quyet-dinh-${slug(r)}.${format}`;
  if (format === 'docx') {
    return { fileName, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: await renderDecisionDocx(content) };
  }
  // An issued decision's PDF is the one recorded when it was issued (issued-pdf.ts).
  const bytes = r.status === 'draft' ? (await renderDecisionPdf(content)).bytes : (await issuedPdf(ctx, r)).bytes;
  return { fileName, mimeType: 'application/pdf', bytes };
}

export const decisionHandlers: Pick<
  Handlers,
  | 'decisions.list' | 'decisions.get' | 'decisions.nextNumber' | 'decisions.createDraft' | 'decisions.updateDraft'
  | 'decisions.deleteDraft' | 'decisions.issue' | 'decisions.exportDocx' | 'decisions.exportPdf'
  | 'decisions.consolidationNeeds' | 'decisions.draftConsolidation'
  | 'decisions.sign' | 'decisions.importSigned' | 'decisions.downloadSigned' | 'decisions.verify'
> = {
  'decisions.list': (input, ctx) => listDecisions(ctx, input.year),
  'decisions.get': (input, ctx) => getDecision(ctx, input.id),
  'decisions.nextNumber': (input, ctx) => ({ year: input.year, number: nextFreeNumber(ctx, input.year) }),

  'decisions.createDraft': (input, ctx) =>
    ctx.mutate(() => getDecision(ctx, createDraft(ctx, input.kind, input.teamIds, input.signerCapacity))),

  'decisions.updateDraft': (input, ctx) =>
    ctx.mutate(() => {
      const before = requireDraft(ctx, input.id, input.version);
      const year = input.date ? Number(input.date.slice(0, 4)) : before.year;
      const { changes } = ctx.db
        .prepare(
          `UPDATE decision SET authority = ?, signer_capacity = ?, signer_name = ?, title = ?, can_cu = ?, de_nghi = ?,
             articles = ?, recipients = ?, number = ?, date = ?, year = ?, updated_at = ?, version = version + 1
           WHERE id = ? AND version = ?`,
        )
        .run(
          input.authority, input.signerCapacity, input.signerName, input.title, JSON.stringify(input.canCu), input.deNghi,
          JSON.stringify(input.articles), JSON.stringify(input.recipients), input.number, input.date, year, ctx.now(), input.id, input.version,
        );
      assertUpdated(ctx.db, 'decision', input.id, changes, 'quyết định');
      ctx.audit({ action: 'decisions.updateDraft', entity: 'decision', entityId: input.id, before: draftFields(before), after: draftFields(getRecord(ctx, input.id)) });
      return getDecision(ctx, input.id);
    }),

  'decisions.deleteDraft': (input, ctx) =>
    ctx.mutate(() => {
      const before = requireDraft(ctx, input.id, input.version);
      ctx.db.prepare('DELETE FROM decision WHERE id = ?').run(input.id);
      ctx.audit({ action: 'decisions.deleteDraft', entity: 'decision', entityId: input.id, before: draftFields(before) });
      return { deleted: true as const };
    }),

  'decisions.issue': recordingIssuedPdf((input, ctx) =>
    ctx.mutate(() => {
      const r = requireDraft(ctx, input.id, input.version);
      const year = Number(input.date.slice(0, 4));
      const holder = holderOfNumber(ctx, year, r.symbol, input.number);
      if (holder) {
        throw new AppError('DUPLICATE', `Số ${decisionNumberText(input.number, r.symbol)} năm ${year} đã được dùng cho quyết định "${holder.title}". Số tiếp theo còn trống: ${nextFreeNumber(ctx, year, r.symbol)}.`);
      }
      const teamIds = teamIdsOf(ctx, r.id);
      checkTeamsFor(ctx, r.kind, teamIds);
      const fields = { ...draftFields(r), number: input.number, date: input.date, year };
      const content = composeContent(requireCommune(ctx), fields, decisionTeams(ctx, teamIds, r.kind));
      ctx.db
        .prepare("UPDATE decision SET status = 'issued', number = ?, date = ?, year = ?, content = ?, issued_at = ?, updated_at = ?, version = version + 1 WHERE id = ?")
        .run(input.number, input.date, year, JSON.stringify(content), ctx.now(), ctx.now(), r.id);
      const freeze = ctx.db.prepare('UPDATE decision_team SET members = ? WHERE decision_id = ? AND team_id = ?');
      const numberText = formatDecisionNumber(input.number, r.symbol).replace('Số: ', '');
      for (const teamId of teamIds) {
        freeze.run(JSON.stringify(r.kind === 'giai_the' ? [] : currentMembers(ctx, teamId)), r.id, teamId);
        const team = getTeam(ctx, teamId);
        // The decision is what changes a team's legal status.
        if (r.kind === 'thanh_lap' && team.status === 'draft') {
          ctx.db.prepare("UPDATE team SET status = 'established', established_on = ? WHERE id = ?").run(input.date, teamId);
        }
        if (r.kind === 'giai_the') {
          ctx.db.prepare("UPDATE team SET status = 'dissolved', dissolved_on = ? WHERE id = ?").run(input.date, teamId);
          ctx.db
            .prepare("UPDATE membership SET end_date = max(?, start_date), end_reason = 'Giải thể tổ', updated_at = ?, version = version + 1 WHERE team_id = ? AND end_date IS NULL")
            .run(input.date, ctx.now(), teamId);
        }
        touchTeam(ctx, teamId);
        recordTeamEvent(ctx, teamId, `decision_${r.kind}`, `${DECISION_KINDS[r.kind]} theo Quyết định số ${numberText} ngày ${displayDate(input.date)}.`);
      }
      ctx.audit({ action: 'decisions.issue', entity: 'decision', entityId: r.id, before: draftFields(r), after: content });
      return getDecision(ctx, r.id);
    })),

  'decisions.exportDocx': (input, ctx) => exportFile(ctx, input.id, 'docx'),
  'decisions.exportPdf': (input, ctx) => exportFile(ctx, input.id, 'pdf'),
  'decisions.consolidationNeeds': (_input, ctx) => consolidationNeeds(ctx),
  'decisions.draftConsolidation': (input, ctx) =>
    ctx.mutate(() => {
      if (consolidationNeeds(ctx, input.teamId).length === 0) {
        throw new AppError('CONFLICT', 'Thành viên của tổ không khác quyết định gần nhất; không cần kiện toàn.');
      }
      return getDecision(ctx, createDraft(ctx, 'kien_toan', [input.teamId], 'chair', 'decisions.draftConsolidation'));
    }),
  ...signingHandlers,
};
