import { AppError } from '../../../shared/errors';
import { VILLAGE_KINDS } from '../../../shared/domain/vocabulary';
import { foldDiacritics } from '../../../shared/text/vietnamese';
import type { Context } from '../context';
import type { Handlers } from '../dispatch';
import { assertUpdated } from '../versioning';
import { findActiveVillageByName, getVillage, listVillages } from './repository';

function refuseDuplicateName(ctx: Context, kind: keyof typeof VILLAGE_KINDS, name: string, exceptId: string | null) {
  const existing = findActiveVillageByName(ctx.db, kind, foldDiacritics(name), exceptId);
  if (existing) {
    const message = `Đã có ${VILLAGE_KINDS[kind].toLowerCase()} "${existing.name}" trong danh sách.`;
    // The refusal names its field, so the dialog shows it there and puts the cursor in it.
    throw new AppError('DUPLICATE', message, { existingId: existing.id, issues: [{ path: 'name', message }] });
  }
}

export const villageHandlers: Pick<Handlers, 'villages.list' | 'villages.create' | 'villages.update' | 'villages.setStatus'> = {
  'villages.list': (input, ctx) => listVillages(ctx.db, input.includeInactive),

  'villages.create': (input, ctx) =>
    ctx.mutate(() => {
      refuseDuplicateName(ctx, input.kind, input.name, null);
      const id = ctx.newId();
      const now = ctx.now();
      ctx.db
        .prepare(
          `INSERT INTO village (id, name, name_folded, kind, households, population, note, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(id, input.name, foldDiacritics(input.name), input.kind, input.households, input.population, input.note, now, now);
      const after = getVillage(ctx.db, id);
      ctx.audit({ action: 'villages.create', entity: 'village', entityId: id, after });
      return after;
    }),

  'villages.update': (input, ctx) =>
    ctx.mutate(() => {
      const before = getVillage(ctx.db, input.id);
      if (before.status === 'active') refuseDuplicateName(ctx, input.kind, input.name, input.id);
      const { changes } = ctx.db
        .prepare(
          `UPDATE village SET name = ?, name_folded = ?, kind = ?, households = ?, population = ?, note = ?,
             updated_at = ?, version = version + 1
           WHERE id = ? AND version = ?`,
        )
        .run(input.name, foldDiacritics(input.name), input.kind, input.households, input.population, input.note, ctx.now(), input.id, input.version);
      assertUpdated(ctx.db, 'village', input.id, changes, 'thôn/tổ dân phố');
      const after = getVillage(ctx.db, input.id);
      ctx.audit({ action: 'villages.update', entity: 'village', entityId: input.id, before, after });
      return after;
    }),

  'villages.setStatus': (input, ctx) =>
    ctx.mutate(() => {
      const before = getVillage(ctx.db, input.id);
      let mergedInto: string | null = null;
      if (input.status === 'merged') {
        if (!input.mergedIntoId || input.mergedIntoId === input.id) {
          throw new AppError('VALIDATION', 'Chọn thôn/tổ dân phố nhận sáp nhập (khác với thôn đang sáp nhập).');
        }
        const target = getVillage(ctx.db, input.mergedIntoId);
        if (target.status !== 'active') throw new AppError('VALIDATION', `${target.name} không còn hoạt động, không thể nhận sáp nhập.`);
        mergedInto = target.id;
      }
      if (input.status === 'active') refuseDuplicateName(ctx, before.kind, before.name, before.id);
      const { changes } = ctx.db
        .prepare('UPDATE village SET status = ?, merged_into_id = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?')
        .run(input.status, mergedInto, ctx.now(), input.id, input.version);
      assertUpdated(ctx.db, 'village', input.id, changes, 'thôn/tổ dân phố');
      const after = getVillage(ctx.db, input.id);
      ctx.audit({ action: 'villages.setStatus', entity: 'village', entityId: input.id, before, after });
      return after;
    }),
};
