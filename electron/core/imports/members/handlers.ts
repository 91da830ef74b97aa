import type { ColumnMapping, ImportPreview, ImportRowPreview, RowAction } from '../../../../shared/api/imports';
import { AppError } from '../../../../shared/errors';
import { foldDiacritics } from '../../../../shared/text/vietnamese';
import type { Context } from '../../context';
import type { Handlers } from '../../dispatch';
import { findDuplicates, getPerson, insertPerson, type PersonFields } from '../../people/repository';
import { getTeam, recordTeamEvent, touchTeam } from '../../teams/repository';
import { readMemberWorkbook } from '../read';
import { interpretRow, type InterpretedRow } from './interpret';
import { guessMapping, rememberMapping, rememberedMapping } from './mapping';
import { reportProgress, throwIfCancelled } from '../../progress';

/** Active villages by folded name, with and without their kind ("thôn đông" and "đông"). */
function villageIndex(ctx: Context): Map<string, string> {
  const index = new Map<string, string>();
  for (const v of ctx.db.prepare("SELECT id, name FROM village WHERE status = 'active'").all() as { id: string; name: string }[]) {
    const folded = foldDiacritics(v.name);
    index.set(folded, v.id);
    index.set(folded.replace(/^(thon|to dan pho|ban|ap|khu pho) /u, ''), v.id);
  }
  return index;
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
    throw new AppError(
      'VALIDATION',
      `Trang tính "${book.sheet}" chưa có cột "Họ và tên" được ghép: hãy chọn trang tính khác (${book.sheets.join(', ')}) hoặc ghép cột trước khi xem trước.`,
      { header: book.header, mapping, sheets: book.sheets },
    );
  }
  reportProgress(ctx, { phase: 'checking', done: 0, total: book.rows.length });
  const villages = villageIndex(ctx);
  const seenInFile = new Map<string, number>();
  const keyOf = (person: PersonFields | null) => (person ? personKey(person) : null);
  const rows = book.rows.map((r) => {
    const interpreted = interpretRow(r, mapping, villages);
    const person = interpreted.person;
    const candidates = person ? findDuplicates(ctx.db, person, null) : [];
    const key = keyOf(person);
    const warnings = [...interpreted.preview.warnings];
    if (key && seenInFile.has(key)) warnings.push(`Trùng với dòng ${seenInFile.get(key)} trong cùng tệp.`);
    else if (key) seenInFile.set(key, r.rowNumber);
    if (candidates.length) warnings.push(`Đã có trong danh sách: ${candidates.map((c) => c.fullName).join(', ')}.`);
    const sameCccd = candidates.find((c) => c.reason === 'cccd');
    const linkTo = sameCccd?.id ?? candidates[0]?.id ?? null;
    const suggestedAction: RowAction = interpreted.preview.errors.length ? 'skip' : linkTo ? 'link' : 'create';
    const row: ImportRowPreview = { ...interpreted.preview, warnings, candidates, suggestedAction, linkTo };
    return { ...interpreted, row };
  });
  const count = (a: RowAction) => rows.filter((r) => r.row.suggestedAction === a).length;
  return {
    rows,
    preview: {
      fileName: input.fileName, sheets: book.sheets, sheet: book.sheet, header: book.header, mapping,
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
    const plan = rows.map((r) => {
      const chosen = input.actions[String(r.row.rowNumber)];
      return { ...r, action: chosen?.action ?? r.row.suggestedAction, linkTo: chosen?.linkTo ?? r.row.linkTo };
    });
    const blocking = plan.filter((p) => p.action !== 'skip' && p.row.errors.length);
    if (blocking.length) {
      throw new AppError('VALIDATION', `Còn ${blocking.length} dòng có lỗi (dòng ${blocking.slice(0, 10).map((b) => b.row.rowNumber).join(', ')}${blocking.length > 10 ? ', …' : ''}). Sửa tệp hoặc chọn "Bỏ qua" cho các dòng đó; chưa có gì được ghi.`, {
        rows: blocking.map((b) => ({ rowNumber: b.row.rowNumber, errors: b.row.errors })),
      });
    }
    // All or nothing: every person, membership and the remembered mapping in one transaction.
    return ctx.mutate(() => {
      const team = input.target ? getTeam(ctx, input.target.teamId) : null;
      if (team?.status === 'dissolved') throw new AppError('CONFLICT', `${team.name} đã giải thể, không thể thêm thành viên.`);
      const already = new Set(team?.members.map((m) => m.personId) ?? []);
      // A person listed twice in one file (e.g. under two teams) is created once.
      const createdHere = new Map<string, string>();
      const result = { created: 0, linked: 0, skipped: 0, addedToTeam: 0 };
      for (const p of plan) {
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
          ctx.db
            .prepare('INSERT INTO membership (id, team_id, person_id, position, start_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
            .run(ctx.newId(), team.id, personId, position, input.target.startDate, ctx.now(), ctx.now());
          result.addedToTeam++;
        }
      }
      if (team && result.addedToTeam) {
        touchTeam(ctx, team.id);
        recordTeamEvent(ctx, team.id, 'members_imported', `Nhập ${result.addedToTeam} thành viên từ tệp "${input.fileName}".`);
      }
      rememberMapping(ctx, preview.header, preview.mapping);
      ctx.audit({ action: 'imports.commitMembers', entity: 'import', entityId: null, after: { fileName: input.fileName, sheet: preview.sheet, ...result } });
      return result;
    });
  },
};
