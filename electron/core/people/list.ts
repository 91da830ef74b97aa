import type { PeopleFilter, PeopleSortColumn } from '../../../shared/api/people-list';
import type { PersonRow } from '../../../shared/api';
import { BACKGROUND_ROLES, keysOf } from '../../../shared/domain/vocabulary';
import { ageGroup } from '../../../shared/overview/age-groups';
import { compareVietnamese } from '../../../shared/text/vietnamese';
import type { Db } from '../db/open';
import { CURRENT_MEMBER_IDS, TRAINED_PERSON_IDS } from '../overview/members';
import { teamsOf, toRow, type PersonRecord } from './repository';

// Roles sort by their Vietnamese label, not by their code.
const ROLE_RANK = `CASE p.background_role ${keysOf(BACKGROUND_ROLES)
  .slice()
  .sort((a, b) => compareVietnamese(BACKGROUND_ROLES[a], BACKGROUND_ROLES[b]))
  .map((role, i) => `WHEN '${role}' THEN ${i}`)
  .join(' ')} ELSE 99 END`;

/**
 * Each column's ORDER BY. Empty values go last either way; ties fall back to the name order
 * and the rowid, so pages never overlap or skip a person. Villages and organisations sort by
 * a rank computed once per call from their few distinct values (json_each below): a
 * collation key per row would cost seconds on a province's register.
 */
const ORDER: Record<PeopleSortColumn, (dir: 'ASC' | 'DESC') => string> = {
  fullName: (d) => `p.name_key ${d}, p.rowid ${d}`,
  birthYear: (d) => `p.birth_year IS NULL, p.birth_year ${d}, p.name_key, p.rowid`,
  phone: (d) => `p.phone IS NULL, p.phone ${d}, p.name_key, p.rowid`,
  organisation: (d) => `rank.n IS NULL, rank.n ${d}, p.name_key, p.rowid`,
  backgroundRole: (d) => `${ROLE_RANK} ${d}, p.name_key, p.rowid`,
  villageName: (d) => `rank.n IS NULL, rank.n ${d}, p.name_key, p.rowid`,
};

/** Distinct values of the sorted column in Vietnamese order, as a JSON object value → rank. */
function rankJoin(db: Db, column: PeopleSortColumn): { sql: string; with: string; params: unknown[] } {
  const values =
    column === 'villageName'
      ? (db.prepare('SELECT id AS k, name AS v FROM village').all() as { k: string; v: string }[])
      : column === 'organisation'
        ? (db.prepare('SELECT DISTINCT organisation AS k, organisation AS v FROM person WHERE organisation IS NOT NULL').all() as { k: string; v: string }[])
        : null;
  if (!values) return { sql: '', with: '', params: [] };
  values.sort((a, b) => compareVietnamese(a.v, b.v));
  const ranks = Object.fromEntries(values.map((x, i) => [x.k, i]));
  const on = column === 'villageName' ? 'p.village_id' : 'p.organisation';
  // MATERIALIZED lets SQLite build an automatic index on the ranks for the join.
  return { sql: `LEFT JOIN rank ON rank.k = ${on}`, with: 'WITH rank(k, n) AS MATERIALIZED (SELECT key, value FROM json_each(?))', params: [JSON.stringify(ranks)] };
}

function whereOf(f: PeopleFilter, year: number): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.villageId) { where.push('p.village_id = ?'); params.push(f.villageId); }
  if (f.teamId) {
    where.push('p.id IN (SELECT person_id FROM membership WHERE team_id = ? AND end_date IS NULL)');
    params.push(f.teamId);
  }
  if (f.role) { where.push('p.background_role = ?'); params.push(f.role); }
  if (f.gender === 'unknown') where.push('p.gender IS NULL');
  else if (f.gender) { where.push('p.gender = ?'); params.push(f.gender); }
  if (f.age === 'unknown') where.push('p.birth_year IS NULL');
  else if (f.age) {
    const g = ageGroup(f.age);
    // Age this year = year - birth year; the group's bounds become bounds on the birth year.
    if (g?.from != null) { where.push('p.birth_year <= ?'); params.push(year - g.from); }
    if (g?.to != null) { where.push('p.birth_year >= ?'); params.push(year - g.to); }
  }
  if (f.membersOnly) where.push(`p.id IN (${CURRENT_MEMBER_IDS})`);
  if (f.neverTrained) where.push(`p.id NOT IN (${TRAINED_PERSON_IDS})`);
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

/**
 * One page of the register in the chosen order, with the true total of the filter. The page's
 * rowids are found first (the name order walks its index, so even the last page skips rows
 * without reading them), then only those rows are read.
 */
export function listPeople(
  db: Db,
  q: { filter: PeopleFilter; sort: { column: PeopleSortColumn; dir: 'asc' | 'desc' }; limit: number; offset: number },
  today: string,
): { rows: PersonRow[]; total: number } {
  const { sql, params } = whereOf(q.filter, Number(today.slice(0, 4)));
  const rank = rankJoin(db, q.sort.column);
  const order = ORDER[q.sort.column](q.sort.dir === 'desc' ? 'DESC' : 'ASC');
  const ids = (
    db.prepare(`${rank.with} SELECT p.rowid AS r FROM person p ${rank.sql} ${sql} ORDER BY ${order} LIMIT ? OFFSET ?`)
      .all(...rank.params, ...params, q.limit, q.offset) as { r: number }[]
  ).map((x) => x.r);
  const records = db
    .prepare(
      `SELECT p.*, v.name AS village_name FROM json_each(?) page JOIN person p ON p.rowid = page.value
       LEFT JOIN village v ON v.id = p.village_id ORDER BY page.key`,
    )
    .all(JSON.stringify(ids)) as PersonRecord[];
  const { total } = db.prepare(`SELECT count(*) AS total FROM person p ${sql}`).get(...params) as { total: number };
  const teams = teamsOf(db, records.map((r) => r.id));
  return { rows: records.map((r) => toRow(r, teams.get(r.id) ?? [])), total };
}
