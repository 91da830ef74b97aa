import type { FileResult } from '../../../shared/api';
import { reportProgress } from '../progress';
import {
  amendmentTexts, decisionNumberText, defaultCanCu, defaultDeNghi, defaultRecipients, findPlaceholders,
  formatLongDate, isAmendingKind, placeholderMessage, type AmendingKind, type PreviousPart, type TeamDecisionKind,
} from '../../../shared/decisions/content';
import { AppError } from '../../../shared/errors';
import { requireCommune } from '../commune/handlers';
import { listLegalBases } from '../commune/legal-bases';
import type { Context } from '../context';
import type { Handlers } from '../dispatch';
import { applyDecision, assertCitesPartsInForce, assertDecisionApplies, assertWithdrawable, foundingDecision, partInForce, withdrawDecision } from '../teams/lifecycle';
import { assertUpdated } from '../versioning';
import { composeContent, decisionTeams, defaultDraftTexts, provincePhrase } from './content-builder';
import { consolidationNeeds, currentMembers } from './consolidation';
import { renderDecisionDocx, renderDecisionPdf } from './document';
import { contentOf, draftFields, getDecision, getRecord, holderOfNumber, listDecisions, nextFreeNumber, teamIdsOf, type DecisionRecord } from './repository';
import { signingHandlers } from './signing';
import { issuedPdf, recordingIssuedPdf } from './issued-pdf';

const slug = (r: { number: number | null; year: number; status: string }) =>
  r.status === 'draft' ? 'du-thao' : `${String(r.number).padStart(2, '0')}-QD-UBND-${r.year}`;

/** "Quyết định số 07/QĐ-UBND ngày 05 tháng 01 năm 2026 của Chủ tịch UBND xã …" for later decisions' wording. */
function citation(ctx: Context, d: { number: number | null; symbol: string; date: string | null }): string {
  const commune = requireCommune(ctx);
  return `Quyết định số ${decisionNumberText(d.number, d.symbol)} ${formatLongDate(d.date)} của Chủ tịch Ủy ban nhân dân ${commune.kind === 'phuong' ? 'phường' : 'xã'} ${commune.name}`;
}

/** Per team: its part of an earlier decision that a kiện toàn or giải thể acts on (teams/lifecycle.ts). */
function previousParts(ctx: Context, teamIds: string[]): (PreviousPart | null)[] {
  return teamIds.map((teamId) => {
    const part = partInForce(ctx, teamId);
    if (!part) return null;
    const founding = foundingDecision(ctx, teamId);
    // Teams of that decision whose parts are still in force and are not in this draft: then only
    // this team's part is replaced; when the draft covers them all, the whole decision is.
    const others = (ctx.db.prepare('SELECT team_id FROM decision_team WHERE decision_id = ? AND replaced_by IS NULL').all(part.decisionId) as { team_id: string }[])
      .some((r) => !teamIds.includes(r.team_id));
    return {
      citation: citation(ctx, part),
      coversOtherTeams: others,
      founding: founding && founding.decisionId !== part.decisionId ? citation(ctx, founding) : null,
    };
  });
}

function insertDraft(
  ctx: Context, kind: TeamDecisionKind | AmendingKind, signerCapacity: 'chair' | 'vice_chair',
  texts: { title: string; canCu: string[]; deNghi: string; articles: unknown; recipients: string[] }, amendsId: string | null,
): string {
  const commune = requireCommune(ctx);
  if (signerCapacity === 'vice_chair' && commune.viceChairs.length === 0) {
    throw new AppError('VALIDATION', 'Chưa khai báo Phó Chủ tịch UBND trong thông tin xã/phường.');
  }
  const id = ctx.newId();
  const year = Number(ctx.today().slice(0, 4));
  ctx.db
    .prepare(
      `INSERT INTO decision (id, kind, year, authority, signer_name, signer_capacity, title, can_cu, de_nghi, articles, recipients, amends_id, created_at, updated_at)
       VALUES (?, ?, ?, 'chair', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id, kind, year, signerCapacity === 'chair' ? commune.chairName : commune.viceChairs[0], signerCapacity, texts.title,
      JSON.stringify(texts.canCu), texts.deNghi, JSON.stringify(texts.articles), JSON.stringify(texts.recipients), amendsId, ctx.now(), ctx.now(),
    );
  return id;
}

export function createDraft(
  ctx: Context,
  kind: TeamDecisionKind,
  teamIds: string[],
  signerCapacity: 'chair' | 'vice_chair',
  action = 'decisions.createDraft',
): string {
  const commune = requireCommune(ctx);
  const unique = [...new Set(teamIds)];
  for (const teamId of unique) assertDecisionApplies(ctx, kind, teamId);
  const previous = kind === 'thanh_lap' ? [] : previousParts(ctx, unique);
  const texts = defaultDraftTexts(commune, kind, decisionTeams(ctx, unique, kind), previous, listLegalBases(ctx));
  const id = insertDraft(ctx, kind, signerCapacity, texts, null);
  const link = ctx.db.prepare('INSERT INTO decision_team (decision_id, team_id, ordinal) VALUES (?, ?, ?)');
  unique.forEach((teamId, i) => link.run(id, teamId, i));
  ctx.audit({ action, entity: 'decision', entityId: id, after: { kind, teamIds: unique } });
  return id;
}

/** Which issued decisions an đính chính / thu hồi / bãi bỏ may act on (issue 8 §2). */
function assertAmendable(ctx: Context, kind: AmendingKind, target: DecisionRecord): void {
  if (target.status === 'draft') throw new AppError('CONFLICT', 'Dự thảo chưa ban hành: hãy sửa trực tiếp dự thảo, không cần quyết định đính chính.');
  const withdrawn = ctx.db
    .prepare("SELECT number, symbol FROM decision WHERE amends_id = ? AND status <> 'draft' AND kind IN ('thu_hoi', 'bai_bo')")
    .get(target.id) as { number: number; symbol: string } | undefined;
  if (withdrawn) throw new AppError('CONFLICT', `Quyết định này đã bị thu hồi/bãi bỏ bởi Quyết định số ${decisionNumberText(withdrawn.number, withdrawn.symbol)}.`);
  if (kind !== 'dinh_chinh' && (target.kind === 'giai_the' || target.kind === 'thu_hoi' || target.kind === 'bai_bo')) {
    throw new AppError('CONFLICT', `Không thu hồi/bãi bỏ quyết định ${target.kind === 'giai_the' ? 'giải thể' : 'thu hồi/bãi bỏ'}; nếu cần lập lại tổ, hãy ra quyết định thành lập mới.`);
  }
  if (kind !== 'dinh_chinh') assertWithdrawable(ctx, target.id);
}

function createAmendment(ctx: Context, kind: AmendingKind, amendsId: string, signerCapacity: 'chair' | 'vice_chair'): string {
  const commune = requireCommune(ctx);
  const target = getRecord(ctx, amendsId);
  assertAmendable(ctx, kind, target);
  const { title, articles } = amendmentTexts(kind, { citation: citation(ctx, target), title: target.title });
  const provinceName = provincePhrase(commune.province);
  const texts = { title, articles, canCu: defaultCanCu({ bases: listLegalBases(ctx) }), deNghi: defaultDeNghi(), recipients: defaultRecipients({ provinceName }) };
  const id = insertDraft(ctx, kind, signerCapacity, texts, target.id);
  ctx.audit({ action: 'decisions.createAmendment', entity: 'decision', entityId: id, after: { kind, amendsId } });
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
  reportProgress(ctx, { phase: 'rendering', done: 0, total: null });
  if (format === 'docx') {
    return { fileName, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: await renderDecisionDocx(content) };
  }
  // An issued decision's PDF is the one recorded when it was issued (issued-pdf.ts).
  const bytes = r.status === 'draft' ? (await renderDecisionPdf(content)).bytes : (await issuedPdf(ctx, r)).bytes;
  return { fileName, mimeType: 'application/pdf', bytes };
}

export const decisionHandlers: Pick<
  Handlers,
  | 'decisions.list' | 'decisions.get' | 'decisions.nextNumber' | 'decisions.createDraft' | 'decisions.createAmendment' | 'decisions.updateDraft'
  | 'decisions.deleteDraft' | 'decisions.issue' | 'decisions.exportDocx' | 'decisions.exportPdf'
  | 'decisions.consolidationNeeds' | 'decisions.draftConsolidation'
  | 'decisions.sign' | 'decisions.importSigned' | 'decisions.downloadSigned' | 'decisions.verify'
> = {
  'decisions.list': (input, ctx) => listDecisions(ctx, input.year),
  'decisions.get': (input, ctx) => getDecision(ctx, input.id),
  'decisions.nextNumber': (input, ctx) => ({ year: input.year, number: nextFreeNumber(ctx, input.year) }),

  'decisions.createDraft': (input, ctx) =>
    ctx.mutate(() => getDecision(ctx, createDraft(ctx, input.kind, input.teamIds, input.signerCapacity))),

  'decisions.createAmendment': (input, ctx) =>
    ctx.mutate(() => getDecision(ctx, createAmendment(ctx, input.kind, input.amendsId, input.signerCapacity))),

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
      // Nothing half-written gets a number (issue 8 §1): every blank is listed, nothing changes.
      const blanks = findPlaceholders(draftFields(r));
      if (blanks.length) throw new AppError('VALIDATION', placeholderMessage(blanks), { placeholders: blanks });
      const teamIds = teamIdsOf(ctx, r.id);
      if (isAmendingKind(r.kind)) assertAmendable(ctx, r.kind, getRecord(ctx, r.amends_id!));
      else {
        for (const teamId of teamIds) assertDecisionApplies(ctx, r.kind, teamId);
        assertCitesPartsInForce(ctx, r.kind, teamIds, JSON.stringify(draftFields(r).articles));
      }
      const fields = { ...draftFields(r), number: input.number, date: input.date, year };
      const content = composeContent(requireCommune(ctx), fields, decisionTeams(ctx, teamIds, r.kind));
      // Member lists first: once the status says issued, the freeze triggers (migration 0006) refuse them.
      const freeze = ctx.db.prepare('UPDATE decision_team SET members = ? WHERE decision_id = ? AND team_id = ?');
      for (const teamId of teamIds) freeze.run(JSON.stringify(r.kind === 'giai_the' ? [] : currentMembers(ctx, teamId)), r.id, teamId);
      ctx.db
        .prepare("UPDATE decision SET status = 'issued', number = ?, date = ?, year = ?, content = ?, issued_at = ?, updated_at = ?, version = version + 1 WHERE id = ?")
        .run(input.number, input.date, year, JSON.stringify(content), ctx.now(), ctx.now(), r.id);
      const numberText = decisionNumberText(input.number, r.symbol);
      // The decision is what changes a team's legal status: one module decides how.
      if (r.kind === 'thu_hoi' || r.kind === 'bai_bo') withdrawDecision(ctx, r.id, r.amends_id!, numberText, input.date);
      else if (!isAmendingKind(r.kind)) applyDecision(ctx, { id: r.id, kind: r.kind, date: input.date, numberText }, teamIds);
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
