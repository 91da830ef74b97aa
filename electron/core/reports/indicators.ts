import type { z } from 'zod';
import type { ActivityIndicator, indicatorFields } from '../../../shared/api/reports';
import { AppError, notFound } from '../../../shared/errors';
import { foldDiacritics } from '../../../shared/text/vietnamese';
import type { Context } from '../context';
import { assertUpdated } from '../versioning';

interface IndicatorRecord {
  id: string; name: string; unit: string; sort_order: number; builtin: number; active: number; version: number;
}

const toIndicator = (r: IndicatorRecord): ActivityIndicator => ({
  id: r.id, name: r.name, unit: r.unit, sortOrder: r.sort_order, builtin: r.builtin === 1, active: r.active === 1, version: r.version,
});

/** The catalogue in the officer's order; retired indicators last. */
export function listIndicators(ctx: Context, includeInactive = true): ActivityIndicator[] {
  return (
    ctx.db
      .prepare(`SELECT * FROM activity_indicator ${includeInactive ? '' : 'WHERE active = 1'} ORDER BY active DESC, sort_order, name`)
      .all() as IndicatorRecord[]
  ).map(toIndicator);
}

export function getIndicator(ctx: Context, id: string): ActivityIndicator {
  const r = ctx.db.prepare('SELECT * FROM activity_indicator WHERE id = ?').get(id) as IndicatorRecord | undefined;
  if (!r) throw notFound('chỉ tiêu');
  return toIndicator(r);
}

function assertNameFree(ctx: Context, name: string, exceptId: string | null): string {
  const folded = foldDiacritics(name);
  const clash = ctx.db.prepare('SELECT name FROM activity_indicator WHERE name_folded = ? AND id IS NOT ?').get(folded, exceptId) as { name: string } | undefined;
  if (clash) throw new AppError('DUPLICATE', `Đã có chỉ tiêu "${clash.name}".`);
  return folded;
}

type Fields = z.output<typeof indicatorFields>;

export function createIndicator(ctx: Context, input: Fields): ActivityIndicator {
  return ctx.mutate(() => {
    const folded = assertNameFree(ctx, input.name, null);
    const id = ctx.newId();
    ctx.db
      .prepare('INSERT INTO activity_indicator (id, name, name_folded, unit, sort_order, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(id, input.name, folded, input.unit, input.sortOrder, ctx.now(), ctx.now());
    const after = getIndicator(ctx, id);
    ctx.audit({ action: 'reports.createIndicator', entity: 'activity_indicator', entityId: id, after });
    return after;
  });
}

export function updateIndicator(ctx: Context, input: Fields & { id: string; version: number; active: boolean }): ActivityIndicator {
  return ctx.mutate(() => {
    const before = getIndicator(ctx, input.id);
    const folded = assertNameFree(ctx, input.name, input.id);
    const { changes } = ctx.db
      .prepare(
        `UPDATE activity_indicator SET name = ?, name_folded = ?, unit = ?, sort_order = ?, active = ?, updated_at = ?, version = version + 1
         WHERE id = ? AND version = ?`,
      )
      .run(input.name, folded, input.unit, input.sortOrder, input.active ? 1 : 0, ctx.now(), input.id, input.version);
    assertUpdated(ctx.db, 'activity_indicator', input.id, changes, 'chỉ tiêu');
    const after = getIndicator(ctx, input.id);
    ctx.audit({ action: 'reports.updateIndicator', entity: 'activity_indicator', entityId: input.id, before, after });
    return after;
  });
}
