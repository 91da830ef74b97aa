import { AppError } from '../../../shared/errors';
import type { Context } from '../context';
import type { Handlers } from '../dispatch';
import { getVillage } from '../villages/repository';
import { assertUpdated } from '../versioning';
import { findDuplicates, getPerson, insertPerson, updatePerson, type PersonFields } from './repository';
import { searchPeople } from './search';
import { deletePerson } from '../privacy/delete-person';
import { deletionImpact } from '../privacy/erase-person';
import { exportSubjectAccess } from '../privacy/subject-access';

/**
 * Refuses a likely duplicate: the same CCCD always (it identifies one citizen), the same
 * name + birth year + phone unless the officer confirmed it is a different person.
 */
export function guardDuplicates(ctx: Context, p: PersonFields, exceptId: string | null, confirmed: boolean): void {
  if (p.villageId) getVillage(ctx.db, p.villageId);
  const candidates = findDuplicates(ctx.db, p, exceptId);
  const sameCccd = candidates.find((c) => c.reason === 'cccd');
  if (sameCccd) {
    throw new AppError('DUPLICATE', `Số CCCD này đã có trong danh sách (${sameCccd.fullName}).`, { candidates, confirmable: false });
  }
  if (candidates.length && !confirmed) {
    const names = candidates.map((c) => `${c.fullName}${c.birthYear ? ` (${c.birthYear})` : ''}`).join(', ');
    throw new AppError('DUPLICATE', `Có thể trùng với người đã có: ${names}. Nếu đúng là người khác, hãy xác nhận để thêm.`, {
      candidates,
      confirmable: true,
    });
  }
}

/** A person deleted on request stays anonymised: their record is not filled in again. */
function assertNotErased(ctx: Context, id: string): void {
  const row = ctx.db.prepare('SELECT erased_at FROM person WHERE id = ?').get(id) as { erased_at: string | null } | undefined;
  if (row?.erased_at) throw new AppError('CONFLICT', 'Thông tin của người này đã được xóa theo yêu cầu nên không sửa được.');
}

export function createPerson(ctx: Context, p: PersonFields, confirmDuplicate: boolean): string {
  guardDuplicates(ctx, p, null, confirmDuplicate);
  const id = ctx.newId();
  insertPerson(ctx.db, id, p, ctx.now());
  ctx.audit({ action: 'people.create', entity: 'person', entityId: id, after: getPerson(ctx.db, id) });
  return id;
}

export const peopleHandlers: Pick<Handlers, 'people.search' | 'people.get' | 'people.create' | 'people.update' | 'people.delete' | 'people.deletionImpact' | 'people.exportData'> = {
  'people.search': (input, ctx) => searchPeople(ctx.db, input),
  'people.get': (input, ctx) => getPerson(ctx.db, input.id),
  'people.create': (input, ctx) =>
    ctx.mutate(() => getPerson(ctx.db, createPerson(ctx, input.person, input.confirmDuplicate))),
  'people.update': (input, ctx) =>
    ctx.mutate(() => {
      const before = getPerson(ctx.db, input.id);
      assertNotErased(ctx, input.id);
      guardDuplicates(ctx, input.person, input.id, input.confirmDuplicate);
      const changes = updatePerson(ctx.db, input.id, input.version, input.person, ctx.now());
      assertUpdated(ctx.db, 'person', input.id, changes, 'người này');
      const after = getPerson(ctx.db, input.id);
      ctx.audit({ action: 'people.update', entity: 'person', entityId: input.id, before, after });
      return after;
    }),
  'people.delete': (input, ctx) => deletePerson(ctx, input.id, input.version),
  'people.deletionImpact': (input, ctx) => deletionImpact(ctx, input.id),
  'people.exportData': (input, ctx) => exportSubjectAccess(ctx, input.id, input.format),
};
