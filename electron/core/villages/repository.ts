import type { Village } from '../../../shared/api';
import { notFound } from '../../../shared/errors';
import { vietnameseSortKey } from '../../../shared/text/vietnamese';
import type { Db } from '../db/open';

interface VillageRecord {
  id: string; name: string; kind: Village['kind']; households: number | null; population: number | null;
  status: Village['status']; merged_into_id: string | null; note: string | null; version: number;
  updated_at: string; team_count: number;
}

const SELECT = `
  SELECT v.*, (SELECT count(*) FROM team_village tv JOIN team t ON t.id = tv.team_id
               WHERE tv.village_id = v.id AND t.status <> 'dissolved') AS team_count
  FROM village v`;

const toVillage = (r: VillageRecord): Village => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  households: r.households,
  population: r.population,
  status: r.status,
  mergedIntoId: r.merged_into_id,
  note: r.note,
  teamCount: r.team_count,
  version: r.version,
  updatedAt: r.updated_at,
});

/** Villages in Vietnamese order, numbers in names compared as numbers ("Thôn 2" before "Thôn 10"). */
export function listVillages(db: Db, includeInactive: boolean): Village[] {
  const rows = db.prepare(`${SELECT} ${includeInactive ? '' : "WHERE v.status = 'active'"}`).all() as VillageRecord[];
  const key = (name: string) => vietnameseSortKey(name.replace(/\d+/gu, (d) => d.padStart(6, '0')));
  return rows
    .map(toVillage)
    .sort((a, b) => Number(a.status !== 'active') - Number(b.status !== 'active') || (key(a.name) < key(b.name) ? -1 : key(a.name) > key(b.name) ? 1 : 0));
}

export function getVillage(db: Db, id: string): Village {
  const row = db.prepare(`${SELECT} WHERE v.id = ?`).get(id) as VillageRecord | undefined;
  if (!row) throw notFound('thôn/tổ dân phố');
  return toVillage(row);
}

export function findActiveVillageByName(db: Db, kind: string, folded: string, exceptId: string | null) {
  return db
    .prepare("SELECT id, name FROM village WHERE kind = ? AND name_folded = ? AND status = 'active' AND id IS NOT ?")
    .get(kind, folded, exceptId) as { id: string; name: string } | undefined;
}
