import type { PersonRow } from '../../../shared/api';
import { SEARCH_OFFSET_MAX, SEARCH_TOO_DEEP } from '../../../shared/api/people';
import { AppError } from '../../../shared/errors';
import { queryWords } from '../../../shared/text/search';
import type { Db } from '../db/open';
import { teamsOf, toRow, type PersonRecord } from './repository';

/**
 * The total is exact up to this many matches; past it the search answers "hơn 1.000" instead of
 * counting a province's register on every keystroke (issue 12).
 */
export const TOTAL_CAP = 1000;

export interface PeopleSearch { query: string; teamId?: string; limit: number; offset: number }
/** `more`: the true total is larger than `total` (which is then a lower bound). */
export interface PeopleFound { rows: PersonRow[]; total: number; more: boolean }

// The page's rows, read by rowid after the page is chosen (CROSS JOIN keeps that order).
const PAGE_ROWS = `SELECT p.*, v.name AS village_name FROM page CROSS JOIN person p ON p.rowid = page.rid
  LEFT JOIN village v ON v.id = p.village_id ORDER BY p.name_key, p.rowid`;

/** `"nguyen"* AND "ho"*`: each folded word as a prefix. Words hold only letters and digits. */
const ftsMatch = (words: string[]) => words.map((w) => `"${w}"*`).join(' AND ');
/** The same word prefix on the stored words, for the name-order index walk. */
const likeWord = (w: string) => `% ${w}%`;

/**
 * People whose every query word begins a word of their name, phone or organisation
 * (shared/text/search.ts), in Vietnamese name order; erased people (search_text '') never match.
 *
 * Three plans answer at the limit, chosen by one FTS5 pass capped at TOTAL_CAP + 1 matches:
 * - selective (at most TOTAL_CAP matches): that pass gave every match; they are sorted by name
 *   and their count is the exact total.
 * - broad, up to SORT_MAX matches (a capped FTS5 count): the matches sorted by name in SQL, the
 *   page taken from them; the total stays "hơn N" as the walk gives it.
 * - broader: walk the covering (name_key, search_text) index in name order, testing the
 *   words on the index entries, and stop once the page is full; the total stays "hơn N".
 * Pages stop at SEARCH_OFFSET_MAX, so no plan walks far.
 */
export function searchPeople(db: Db, q: PeopleSearch): PeopleFound {
  // The contract refuses it too; this keeps direct callers (CLI, bench) to the same bound.
  if (q.offset > SEARCH_OFFSET_MAX) throw new AppError('VALIDATION', SEARCH_TOO_DEEP);
  const words = queryWords(q.query);
  if (q.teamId) return searchTeam(db, q.teamId, words, q.limit, q.offset);
  if (words.length === 0) return walkNameOrder(db, words, q.limit, q.offset, countAll(db));
  // One FTS5 pass, capped: its keys are the plan's estimate and, when few, the matches themselves.
  const keys = db.prepare(`SELECT rowid FROM person_fts WHERE person_fts MATCH ? LIMIT ${TOTAL_CAP + 1}`).pluck().all(ftsMatch(words)) as number[];
  if (keys.length <= TOTAL_CAP) return fromKeys(db, keys, q.limit, q.offset);
  const sorted = sortedBroadPage(db, words, q.limit, q.offset);
  if (sorted) return sorted;
  return walkNameOrder(db, words, q.limit, q.offset, keys.length);
}

/**
 * Matches up to which a broad query's page comes from its matches sorted by name rather than
 * from the walk in name order (issue 12). The walk's cost depends on where the matches sit in
 * name order: a given name ("tuan": 1,468 people at 100,000) sits in one stretch of it, so the
 * walk tested most of the register for the first page (12 ms), and a deep page of a word just
 * past the cap likewise. Sorting costs about 0.9 µs a match whatever the query (bench/search.ts),
 * so up to this many it is bounded under 4 ms; a broader word fills a page within a few
 * thousand entries of the walk.
 */
const SORT_MAX = 4000;

/** The page from the sorted matches, with the walk's rows and totals; null when broader than SORT_MAX. */
function sortedBroadPage(db: Db, words: string[], limit: number, offset: number): PeopleFound | null {
  const match = ftsMatch(words);
  const matches = db.prepare(`SELECT count(*) FROM (SELECT 1 FROM person_fts WHERE person_fts MATCH ? LIMIT ${SORT_MAX + 1})`).pluck().get(match) as number;
  if (matches > SORT_MAX) return null;
  const records = db
    .prepare(
      `WITH page AS (SELECT k.person_id AS pid, k.key FROM person_search_key k
                     WHERE k.key IN (SELECT rowid FROM person_fts WHERE person_fts MATCH ?)
                     ORDER BY k.name_key, k.key LIMIT ? OFFSET ?)
       SELECT p.*, v.name AS village_name FROM page CROSS JOIN person p ON p.id = page.pid
       LEFT JOIN village v ON v.id = p.village_id ORDER BY p.name_key, page.key`,
    )
    .all(match, limit, offset) as PersonRecord[];
  // The walk's totals ("hơn 1.000" while the list goes on), so either plan answers alike.
  if (records.length > 0 && records.length < limit) return finish(db, records, offset + records.length, false);
  return finish(db, records, Math.max(TOTAL_CAP, offset + records.length), true);
}

/**
 * At most TOTAL_CAP matches found by FTS5: sort their keys by name on person_search_key alone
 * (it copies name_key; keys follow insertion order, as rowids do, for people of the same name),
 * then read only the page's rows.
 */
function fromKeys(db: Db, keys: number[], limit: number, offset: number): PeopleFound {
  const records = keys.length === 0 || offset >= keys.length ? [] : (db
    .prepare(
      `WITH page AS (SELECT k.person_id AS pid, k.key FROM json_each(?) m JOIN person_search_key k ON k.key = m.value
                     ORDER BY k.name_key, k.key LIMIT ? OFFSET ?)
       SELECT p.*, v.name AS village_name FROM page CROSS JOIN person p ON p.id = page.pid
       LEFT JOIN village v ON v.id = p.village_id ORDER BY p.name_key, page.key`,
    )
    .all(JSON.stringify(keys), limit, offset) as PersonRecord[]);
  return finish(db, records, keys.length, false);
}

/** `known`: matches counted so far, capped at TOTAL_CAP + 1 (more than the cap means "hơn"). */
function walkNameOrder(db: Db, words: string[], limit: number, offset: number, known: number): PeopleFound {
  // Page first on the covering index alone (name_key, search_text, rowid), then read its rows.
  const where = ["p.search_text <> ''", ...words.map(() => "(' ' || p.search_text) LIKE ?")];
  const records = db
    .prepare(
      `WITH page AS (SELECT p.rowid AS rid FROM person p WHERE ${where.join(' AND ')} ORDER BY p.name_key, p.rowid LIMIT ? OFFSET ?)
       ${PAGE_ROWS}`,
    )
    .all(...words.map(likeWord), limit, offset) as PersonRecord[];
  if (known <= TOTAL_CAP) return finish(db, records, known, false);
  // A page that is not full ends the list, so the total is then exact.
  if (records.length > 0 && records.length < limit) return finish(db, records, offset + records.length, false);
  return finish(db, records, Math.max(TOTAL_CAP, offset + records.length), true);
}

/** Everyone not erased, counted up to the cap. */
function countAll(db: Db): number {
  return (db.prepare(`SELECT count(*) AS n FROM (SELECT 1 FROM person WHERE search_text <> '' LIMIT ${TOTAL_CAP + 1})`).get() as { n: number }).n;
}

/** A team's current members: at most a few hundred, so a sort and an exact count are cheap. */
function searchTeam(db: Db, teamId: string, words: string[], limit: number, offset: number): PeopleFound {
  const where = ['m.team_id = ?', 'm.end_date IS NULL', "p.search_text <> ''", ...words.map(() => "(' ' || p.search_text) LIKE ?")];
  const params = [teamId, ...words.map(likeWord)];
  const from = `FROM membership m JOIN person p ON p.id = m.person_id LEFT JOIN village v ON v.id = p.village_id WHERE ${where.join(' AND ')}`;
  const records = db
    .prepare(`SELECT p.*, v.name AS village_name ${from} ORDER BY p.name_key, p.rowid LIMIT ? OFFSET ?`)
    .all(...params, limit, offset) as PersonRecord[];
  const { n } = db.prepare(`SELECT count(*) AS n ${from}`).get(...params) as { n: number };
  return finish(db, records, n, false);
}

function finish(db: Db, records: PersonRecord[], total: number, more: boolean): PeopleFound {
  const teams = teamsOf(db, records.map((r) => r.id));
  return { rows: records.map((r) => toRow(r, teams.get(r.id) ?? [])), total, more };
}
