import { backupBefore } from '../../backups/handlers';
import type { CccdConflict, ColumnMapping, ImportPreview, ImportRowPreview, RowAction } from '../../../../shared/api/imports';
import type { DuplicateCandidate } from '../../../../shared/api/people';
import type { TeamPosition, VillageKind } from '../../../../shared/domain/vocabulary';
import { AppError } from '../../../../shared/errors';
import { foldDiacritics } from '../../../../shared/text/vietnamese';
import type { Context } from '../../context';
import type { Handlers } from '../../dispatch';
import { findDuplicates, getPerson, insertPerson, type PersonFields } from '../../people/repository';
import { joinTeam } from '../../teams/lifecycle';
import { getTeam, recordTeamEvent } from '../../teams/repository';
import { readMemberWorkbook } from '../read';
import { interpretRow, type InterpretedRow } from './interpret';
import { guessMapping, rememberMapping, rememberedMapping } from './mapping';
import { duplicateFinder } from './duplicates';
import { VillageMatcher } from './villages';
import { pauseForCancel, reportProgress, throwIfCancelled } from '../../progress';

/** The commune's active villages, matched however a list abbreviates them. */
function villageMatcher(ctx: Context): VillageMatcher {
  return new VillageMatcher(ctx.db.prepare("SELECT id, name, kind FROM village WHERE status = 'active'").all() as { id: string; name: string; kind: VillageKind }[]);
}

const sameName = (a: string, b: string) => foldDiacritics(a) === foldDiacritics(b);

/** "dòng 5" or "dòng 5–6": where the header was found, for messages. */
const rowSpan = (rows: number[]) => (rows.length > 1 ? `dòng ${rows[0]}–${rows[rows.length - 1]}` : `dòng ${rows[0]}`);

function cccdConflict(person: PersonFields, values: ImportRowPreview['values'], candidate: DuplicateCandidate): CccdConflict {
  return {
    cccd: person.cccd!,
    file: { fullName: person.fullName, birth: values.birth ?? null, phone: person.phone },
    register: { id: candidate.id, fullName: candidate.fullName, birthYear: candidate.birthYear, phone: candidate.phone },
  };
}

/** One citizen: the CCCD, else folded name + birth year + phone (DOMAIN.md §5). */
function personKey(p: PersonFields): string {
  return p.cccd ?? `${foldDiacritics(p.fullName)}|${p.birthYear}|${p.phone}`;
}

interface Analysis {
  preview: ImportPreview;
  rows: (InterpretedRow & { row: ImportRowPreview })[];
}

async function analyse(ctx: Context, input: { fileName: string; bytes: Uint8Array; sheetName?: string; mapping?: ColumnMapping }): Promise<Analysis> {
  reportProgress(ctx, { phase: 'reading', done: 0, total: input.bytes.length });
  let book = await readMemberWorkbook(input.bytes, input.fileName, { sheetName: input.sheetName });
  throwIfCancelled(ctx); // parsed, nothing checked or written yet
  const mappingFor = (header: string[]) => input.mapping ?? rememberedMapping(ctx, header) ?? guessMapping(header);
  let mapping = mappingFor(book.header);
  // The biggest sheet is not always the list (a report's summary sheet can be longer): when no
  // sheet was named, take the first one whose header has a name column.
  for (const other of input.sheetName || mapping.fullName !== undefined ? [] : book.sheets.filter((n) => n !== book.sheet)) {
    const candidate = await readMemberWorkbook(input.bytes, input.fileName, { sheetName: other }).catch(() => null);
    if (candidate && mappingFor(candidate.header).fullName !== undefined) {
      book = candidate;
      mapping = mappingFor(candidate.header);
      break;
    }
  }
  if (mapping.fullName === undefined) {
    const shown = book.header.filter(Boolean).slice(0, 12).map((h) => `"${h.length > 40 ? `${h.slice(0, 40)}…` : h}"`).join(', ');
    throw new AppError(
      'VALIDATION',
      `Trang tính "${book.sheet}" chưa có cột "Họ và tên" được ghép. Dòng tiêu đề tìm thấy (${rowSpan(book.headerRows)}): ${shown || '(trống)'}. Hãy chọn trang tính khác (${book.sheets.join(', ')}) hoặc ghép cột trước khi xem trước.`,
      { header: book.header, headerRows: book.headerRows, mapping, sheets: book.sheets },
    );
  }
  reportProgress(ctx, { phase: 'checking', done: 0, total: book.rows.length });
  const villages = villageMatcher(ctx);
  const interpretedRows: InterpretedRow[] = [];
  for (const [i, r] of book.rows.entries()) {
    if (i % 500 === 0) {
      reportProgress(ctx, { phase: 'checking', done: i, total: book.rows.length });
      await pauseForCancel(ctx); // a "Hủy" sent meanwhile is seen here; nothing is written yet
    }
    interpretedRows.push(interpretRow(r, mapping, villages));
  }
  reportProgress(ctx, { phase: 'checking', done: book.rows.length, total: book.rows.length });
  const duplicatesOf = duplicateFinder(ctx.db, interpretedRows.flatMap((r) => (r.person ? [r.person] : [])));
  const seenInFile = new Map<string, number>();
  const cccdInFile = new Map<string, { rowNumber: number; fullName: string }>();
  const keyOf = (person: PersonFields | null) => (person ? personKey(person) : null);
  const rows = book.rows.map((r, index) => {
    const interpreted = interpretedRows[index];
    const person = interpreted.person;
    const candidates = person ? duplicatesOf(person) : [];
    const key = keyOf(person);
    const warnings = [...interpreted.preview.warnings];
    if (key && seenInFile.has(key)) warnings.push(`Trùng với dòng ${seenInFile.get(key)} trong cùng tệp.`);
    else if (key) seenInFile.set(key, r.rowNumber);
    const errors = [...interpreted.preview.errors];
    // Same CCCD, another name: two people cannot share a CCCD, so one of the two is mistyped.
    const sameCccd = candidates.find((c) => c.reason === 'cccd');
    const conflict = person && sameCccd && !sameName(sameCccd.fullName, person.fullName) ? cccdConflict(person, interpreted.preview.values, sameCccd) : null;
    if (conflict) {
      errors.push(`Số CCCD ${conflict.cccd} đã có trong danh sách với tên khác: trong tệp "${conflict.file.fullName}", trong danh sách "${conflict.register.fullName}". Kiểm tra lại số CCCD hoặc họ tên.`);
    }
    if (person?.cccd) {
      const earlier = cccdInFile.get(person.cccd);
      if (earlier && !sameName(earlier.fullName, person.fullName)) {
        errors.push(`Số CCCD ${person.cccd} trùng với dòng ${earlier.rowNumber} ("${earlier.fullName}") nhưng khác tên.`);
      } else if (!earlier) cccdInFile.set(person.cccd, { rowNumber: r.rowNumber, fullName: person.fullName });
    }
    if (candidates.length && !conflict) warnings.push(`Đã có trong danh sách: ${candidates.map((c) => c.fullName).join(', ')}.`);
    const linkTo = errors.length ? null : (sameCccd?.id ?? candidates[0]?.id ?? null);
    const suggestedAction: RowAction = errors.length ? 'skip' : linkTo ? 'link' : 'create';
    // Built field by field, not spread: at 10,000 rows the spreads were a sixth of the preview (issue 12).
    const { rowNumber, values, converted } = interpreted.preview;
    const row: ImportRowPreview = { rowNumber, values, converted, errors, warnings, candidates, conflict, suggestedAction, linkTo };
    return { preview: interpreted.preview, person, position: interpreted.position, row };
  });
  const count = (a: RowAction) => rows.filter((r) => r.row.suggestedAction === a).length;
  return {
    rows,
    preview: {
      fileName: input.fileName, sheets: book.sheets, sheet: book.sheet, header: book.header, headerRows: book.headerRows, mapping,
      rows: rows.map((r) => r.row),
      summary: {
        rows: rows.length, withErrors: rows.filter((r) => r.row.errors.length).length,
        create: count('create'), link: count('link'), skip: count('skip'),
        converted: rows.filter((r) => Object.keys(r.row.converted).length).length,
      },
    },
  };
}

export const importHandlers: Pick<Handlers, 'imports.previewMembers' | 'imports.commitMembers'> = {
  'imports.previewMembers': async (input, ctx) => (await analyse(ctx, input)).preview,

  'imports.commitMembers': async (input, ctx) => {
    const { preview, rows } = await analyse(ctx, input);
    // A row in error is written only if the officer skipped it explicitly; the suggestion to
    // skip is not a choice (issue 14 §8: 500 of 502 rows imported, exit code 0).
    const plan = rows.map((r) => {
      const chosen = input.actions[String(r.row.rowNumber)];
      const fallback = r.row.errors.length ? null : r.row.suggestedAction;
      return { ...r, action: chosen?.action ?? fallback, linkTo: chosen?.linkTo ?? r.row.linkTo };
    });
    const blocking = plan.filter((p) => p.action !== 'skip' && p.row.errors.length);
    if (blocking.length) {
      throw new AppError('VALIDATION', `Còn ${blocking.length} dòng có lỗi (dòng ${blocking.slice(0, 10).map((b) => b.row.rowNumber).join(', ')}${blocking.length > 10 ? ', …' : ''}). Sửa tệp hoặc chọn "Bỏ qua" cho các dòng đó (dòng lệnh: --skip-invalid); chưa có gì được ghi.`, {
        rows: blocking.slice(0, 100).map((b) => ({ rowNumber: b.row.rowNumber, errors: b.row.errors })),
      });
    }
    return commitPlan(ctx, input, preview, plan as Planned[]);
  },
};

type Planned = InterpretedRow & { row: ImportRowPreview; action: RowAction; linkTo: string | null };

/**
 * Writes a checked plan. The one place an import writes: all or nothing, every person,
 * membership and the remembered mapping in one transaction.
 */
async function commitPlan(
  ctx: Context,
  input: { fileName: string; target?: { teamId: string; position: TeamPosition; startDate: string } },
  preview: ImportPreview,
  plan: Planned[],
) {
  // A checked backup first, so a mistaken import can be undone from the Sao lưu screen (issue 9).
  reportProgress(ctx, { phase: 'backup', done: 0, total: null });
  await pauseForCancel(ctx);
  backupBefore(ctx, 'import');
  // Cancelled while the backup was written: the backup stays (a good copy), nothing else is done.
  await pauseForCancel(ctx);
  // From here on the import is one transaction: it cannot be cancelled half-way (issue 10).
  reportProgress(ctx, { phase: 'saving', done: 0, total: plan.length, final: true });
    return ctx.mutate(() => {
      const team = input.target ? getTeam(ctx, input.target.teamId) : null;
      if (team?.status === 'dissolved') throw new AppError('CONFLICT', `${team.name} đã giải thể, không thể thêm thành viên.`);
      const already = new Set(team?.members.map((m) => m.personId) ?? []);
      // A person listed twice in one file (e.g. under two teams) is created once.
      const createdHere = new Map<string, string>();
      const result = { created: 0, linked: 0, skipped: 0, addedToTeam: 0 };
      for (const [i, p] of plan.entries()) {
        if (i % 500 === 0) reportProgress(ctx, { phase: 'saving', done: i, total: plan.length, final: true });
        if (p.action === 'skip') {
          result.skipped++;
          continue;
        }
        let personId: string;
        if (p.action === 'link') {
          if (!p.linkTo) throw new AppError('VALIDATION', `Dòng ${p.row.rowNumber}: chọn người có sẵn để liên kết.`);
          personId = getPerson(ctx.db, p.linkTo).id;
          result.linked++;
        } else if (createdHere.has(personKey(p.person as PersonFields))) {
          personId = createdHere.get(personKey(p.person as PersonFields))!;
          result.linked++;
        } else {
          const person = p.person as PersonFields;
          if (findDuplicates(ctx.db, person, null).some((c) => c.reason === 'cccd')) {
            throw new AppError('DUPLICATE', `Dòng ${p.row.rowNumber}: số CCCD đã có trong danh sách; chọn "Liên kết" thay vì "Tạo mới".`);
          }
          personId = ctx.newId();
          insertPerson(ctx.db, personId, person, ctx.now());
          createdHere.set(personKey(person), personId);
          ctx.audit({ action: 'imports.commitMembers', entity: 'person', entityId: personId, after: person });
          result.created++;
        }
        if (team && input.target && !already.has(personId)) {
          already.add(personId);
          const position = p.position ?? input.target.position;
          // The same rules as adding one member by hand (teams/lifecycle.ts); one history line below.
          joinTeam(ctx, team.id, getPerson(ctx.db, personId), position, input.target.startDate, null);
          result.addedToTeam++;
        }
      }
      if (team && result.addedToTeam) {
        recordTeamEvent(ctx, team.id, 'members_imported', `Nhập ${result.addedToTeam} thành viên từ tệp "${input.fileName}".`);
      }
      rememberMapping(ctx, preview.header, preview.mapping);
      ctx.audit({ action: 'imports.commitMembers', entity: 'import', entityId: null, after: { fileName: input.fileName, sheet: preview.sheet, ...result } });
      return result;
    });
}
