import type { DuplicateCandidate, Person, PersonRow } from '../../../shared/api';
import { notFound } from '../../../shared/errors';
import { maskCccd } from '../../../shared/text/identity';
import { foldDiacritics, nameSortKey } from '../../../shared/text/vietnamese';
import type { Db } from '../db/open';

export interface PersonRecord {
  id: string; full_name: string; gender: Person['gender']; birth_year: number | null; birth_date: string | null;
  phone: string | null; cccd: string | null; organisation: string | null; job_title: string | null;
  background_role: Person['backgroundRole']; village_id: string | null; village_name: string | null;
  note: string | null; version: number; updated_at: string;
}

export type PersonFields = Omit<Person, 'id' | 'version' | 'updatedAt' | 'teams' | 'villageName'>;

/** What search matches: folded name, phone and organisation, so "nguyen hong 0912" works. */
export function searchTextOf(p: Pick<PersonFields, 'fullName' | 'phone' | 'organisation'>): string {
  return foldDiacritics([p.fullName, p.phone ?? '', p.organisation ?? ''].join(' '));
}

const SELECT = 'SELECT p.*, v.name AS village_name FROM person p LEFT JOIN village v ON v.id = p.village_id';

export function teamsOf(db: Db, ids: string[]): Map<string, PersonRow['teams']> {
  const byPerson = new Map<string, PersonRow['teams']>();
  if (ids.length === 0) return byPerson;
  const rows = db
    .prepare(
      `SELECT m.person_id, m.team_id, t.name AS team_name, m.position FROM membership m JOIN team t ON t.id = m.team_id
       WHERE m.end_date IS NULL AND t.status <> 'dissolved' AND m.person_id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as { person_id: string; team_id: string; team_name: string; position: PersonRow['teams'][number]['position'] }[];
  for (const r of rows) {
    const list = byPerson.get(r.person_id) ?? [];
    list.push({ teamId: r.team_id, teamName: r.team_name, position: r.position });
    byPerson.set(r.person_id, list);
  }
  return byPerson;
}

export function toRow(r: PersonRecord, teams: PersonRow['teams']): PersonRow {
  return {
    id: r.id, fullName: r.full_name, gender: r.gender, birthYear: r.birth_year, phone: r.phone,
    cccdMasked: maskCccd(r.cccd), organisation: r.organisation, jobTitle: r.job_title,
    backgroundRole: r.background_role, villageId: r.village_id, villageName: r.village_name, teams, version: r.version,
  };
}

const escapeLike = (s: string) => s.replace(/[\\%_]/gu, (c) => '\\' + c);

/**
 * Diacritic-insensitive search, each word of the query must occur. Walks the covering
 * (name_key, search_text) index in Vietnamese name order, so a page needs no sort and no
 * table reads until its rows are known.
 */
export function searchPeople(db: Db, q: { query: string; teamId?: string; limit: number; offset: number }) {
  const words = foldDiacritics(q.query).split(' ').filter(Boolean).slice(0, 8);
  const where = words.map(() => "p.search_text LIKE ? ESCAPE '\\'");
  const params: unknown[] = words.map((w) => `%${escapeLike(w)}%`);
  if (q.teamId) {
    where.push('p.id IN (SELECT person_id FROM membership WHERE team_id = ? AND end_date IS NULL)');
    params.push(q.teamId);
  }
  const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const records = db
    .prepare(`${SELECT} ${filter} ORDER BY p.name_key, p.rowid LIMIT ? OFFSET ?`)
    .all(...params, q.limit, q.offset) as PersonRecord[];
  const { total } = db.prepare(`SELECT count(*) AS total FROM person p ${filter}`).get(...params) as { total: number };
  const teams = teamsOf(db, records.map((r) => r.id));
  return { rows: records.map((r) => toRow(r, teams.get(r.id) ?? [])), total };
}

export function getPerson(db: Db, id: string): Person {
  const r = db.prepare(`${SELECT} WHERE p.id = ?`).get(id) as PersonRecord | undefined;
  if (!r) throw notFound('người này');
  const { cccdMasked: _masked, ...row } = toRow(r, teamsOf(db, [id]).get(id) ?? []);
  return { ...row, birthDate: r.birth_date, cccd: r.cccd, note: r.note, updatedAt: r.updated_at };
}

/** Same CCCD, or same folded name + birth year + phone (DOMAIN.md §5). */
export function findDuplicates(db: Db, p: PersonFields, exceptId: string | null): DuplicateCandidate[] {
  const found: DuplicateCandidate[] = [];
  if (p.cccd) {
    const rows = db.prepare('SELECT id, full_name, birth_year, phone FROM person WHERE cccd = ? AND id IS NOT ?').all(p.cccd, exceptId) as {
      id: string; full_name: string; birth_year: number | null; phone: string | null;
    }[];
    found.push(...rows.map((r) => ({ id: r.id, fullName: r.full_name, birthYear: r.birth_year, phone: r.phone, reason: 'cccd' as const })));
  }
  if (p.birthYear && p.phone) {
    const rows = db
      .prepare('SELECT id, full_name, birth_year, phone FROM person WHERE phone = ? AND birth_year = ? AND id IS NOT ?')
      .all(p.phone, p.birthYear, exceptId) as { id: string; full_name: string; birth_year: number | null; phone: string | null }[];
    for (const r of rows) {
      if (foldDiacritics(r.full_name) === foldDiacritics(p.fullName) && !found.some((f) => f.id === r.id)) {
        found.push({ id: r.id, fullName: r.full_name, birthYear: r.birth_year, phone: r.phone, reason: 'name_birth_phone' });
      }
    }
  }
  return found;
}

export function insertPerson(db: Db, id: string, p: PersonFields, now: string): void {
  db.prepare(
    `INSERT INTO person (id, full_name, name_key, search_text, gender, birth_year, birth_date, phone, cccd,
       organisation, job_title, background_role, village_id, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id, p.fullName, nameSortKey(p.fullName), searchTextOf(p), p.gender, p.birthYear, p.birthDate, p.phone, p.cccd,
    p.organisation, p.jobTitle, p.backgroundRole, p.villageId, p.note, now, now,
  );
}

export function updatePerson(db: Db, id: string, version: number, p: PersonFields, now: string): number {
  return db
    .prepare(
      `UPDATE person SET full_name = ?, name_key = ?, search_text = ?, gender = ?, birth_year = ?, birth_date = ?,
         phone = ?, cccd = ?, organisation = ?, job_title = ?, background_role = ?, village_id = ?, note = ?,
         updated_at = ?, version = version + 1
       WHERE id = ? AND version = ?`,
    )
    .run(
      p.fullName, nameSortKey(p.fullName), searchTextOf(p), p.gender, p.birthYear, p.birthDate, p.phone, p.cccd,
      p.organisation, p.jobTitle, p.backgroundRole, p.villageId, p.note, now, id, version,
    ).changes;
}
