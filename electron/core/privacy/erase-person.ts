import { AppError } from '../../../shared/errors';
import { ERASED_PERSON_NAME, type DeletionImpact } from '../../../shared/privacy/deletion';
import { decisionNumberText } from '../../../shared/decisions/format';
import { displayDate } from '../../../shared/text/dates';
import { maskCccd } from '../../../shared/text/identity';
import { nameSortKey } from '../../../shared/text/vietnamese';
import type { Context } from '../context';
import { getPerson } from '../people/repository';
import { assertUpdated } from '../versioning';

/**
 * Deleting a person on request (NĐ 13/2023/NĐ-CP; Luật Bảo vệ dữ liệu cá nhân 2025):
 * their row stays, anonymised, so memberships, attendance and report totals stay right; what
 * identifies them (name, birth date and year, gender, phone, CCCD, workplace, note) is gone from
 * every table, the audit trail included. Issued decisions keep the snapshot they were issued
 * with: a decision is a legal act, never edited (README "Personal data").
 */
export const ERASED_NAME = ERASED_PERSON_NAME;

/** Fields of a person (or of a member in a team's list) that identify them. */
const PERSONAL_KEYS = new Set(['fullName', 'birthDate', 'birthYear', 'phone', 'cccd', 'cccdMasked', 'organisation', 'jobTitle', 'workplace', 'note', 'gender']);

interface Traces { id: string; names: Set<string>; numbers: Set<string> }

export interface ErasedPerson { id: string; erasedAt: string }

/** What a deletion would touch, for the confirmation (shared/privacy/deletion.ts). */
export function deletionImpact(ctx: Context, id: string): DeletionImpact {
  const p = getPerson(ctx.db, id);
  const row = ctx.db.prepare('SELECT erased_at FROM person WHERE id = ?').get(id) as { erased_at: string | null };
  const seats = ctx.db.prepare('SELECT count(*) AS n, count(*) FILTER (WHERE end_date IS NULL) AS current FROM membership WHERE person_id = ?').get(id) as { n: number; current: number };
  const attendances = (ctx.db.prepare(
    'SELECT (SELECT count(*) FROM training_invitee WHERE person_id = ?) + (SELECT count(*) FROM training_trainer WHERE person_id = ?) AS n',
  ).get(id, id) as { n: number }).n;
  const decisions = ctx.db
    .prepare(
      `SELECT DISTINCT d.number, d.symbol, d.date FROM decision d JOIN decision_team dt ON dt.decision_id = d.id, json_each(dt.members) j
       WHERE d.status <> 'draft' AND dt.members IS NOT NULL AND json_extract(j.value, '$.personId') = ? ORDER BY d.date, d.number`,
    )
    .all(id) as { number: number | null; symbol: string; date: string | null }[];
  return {
    id, fullName: p.fullName, version: p.version, memberships: seats.n, currentSeats: seats.current, attendances,
    issuedDecisions: decisions.map((d) => `Số: ${decisionNumberText(d.number, d.symbol)}${d.date ? ` ngày ${displayDate(d.date)}` : ''}`),
    erased: row.erased_at !== null,
  };
}

export function erasePerson(ctx: Context, id: string, version: number): ErasedPerson {
  const person = getPerson(ctx.db, id);
  const erased = ctx.db.prepare('SELECT erased_at FROM person WHERE id = ?').get(id) as { erased_at: string | null };
  if (erased.erased_at) throw new AppError('CONFLICT', 'Thông tin của người này đã được xóa trước đây.');
  const traces = tracesOf(ctx, id, person);
  const now = ctx.now();
  const changes = ctx.db
    .prepare(
      `UPDATE person SET full_name = ?, name_key = ?, search_text = '', gender = NULL, birth_year = NULL, birth_date = NULL,
         phone = NULL, cccd = NULL, organisation = NULL, job_title = NULL, note = NULL, erased_at = ?, updated_at = ?,
         version = version + 1
       WHERE id = ? AND version = ?`,
    )
    .run(ERASED_NAME, nameSortKey(ERASED_NAME), now, now, id, version).changes;
  assertUpdated(ctx.db, 'person', id, changes, 'người này');
  // Free text about them on attendance lists and trainer rows.
  ctx.db.prepare('UPDATE training_invitee SET attendance_note = NULL WHERE person_id = ?').run(id);
  ctx.db.prepare('UPDATE training_trainer SET organisation = NULL WHERE person_id = ?').run(id);
  scrubTeamEvents(ctx, traces);
  scrubAuditLog(ctx, traces);
  ctx.audit({ action: 'people.delete', entity: 'person', entityId: id, after: { erasedAt: now } });
  return { id, erasedAt: now };
}

/** Every name, phone and CCCD the person has had: the current ones and those in their audit rows. */
function tracesOf(ctx: Context, id: string, person: ReturnType<typeof getPerson>): Traces {
  const traces: Traces = { id, names: new Set([person.fullName]), numbers: new Set() };
  const addNumber = (v: unknown) => {
    if (typeof v === 'string' && v.length >= 6) traces.numbers.add(v);
  };
  addNumber(person.phone);
  addNumber(person.cccd);
  if (person.cccd) addNumber(maskCccd(person.cccd));
  const rows = ctx.db.prepare("SELECT before, after FROM audit_log WHERE entity = 'person' AND entity_id = ?").all(id) as { before: string | null; after: string | null }[];
  for (const row of rows) {
    for (const json of [row.before, row.after]) {
      const v = parse(json) as Record<string, unknown> | null;
      if (!v || typeof v !== 'object') continue;
      if (typeof v.fullName === 'string' && v.fullName) traces.names.add(v.fullName);
      addNumber(v.phone);
      addNumber(v.cccd);
    }
  }
  return traces;
}

function parse(json: string | null): unknown {
  if (json === null) return null;
  try {
    return JSON.parse(json);
  } catch {
    return json;
  }
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * Replaces the person's names and numbers inside a text, only where they stand as whole words:
 * erasing "Nguyễn Văn An" must not touch "Nguyễn Văn Anh".
 */
function scrubText(text: string, traces: Traces): string {
  let out = text;
  for (const name of traces.names) {
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{M}\\p{N}])`, 'gu'), ERASED_NAME);
  }
  for (const n of traces.numbers) out = out.replace(new RegExp(`(?<!\\d)${escapeRegExp(n)}(?!\\d)`, 'gu'), '');
  return out;
}

function mentions(text: string, traces: Traces): boolean {
  return text.includes(traces.id) || [...traces.names, ...traces.numbers].some((s) => text.includes(s));
}

/** Team history lines name members ("Nguyễn Văn An vào tổ, chức danh …"). */
function scrubTeamEvents(ctx: Context, traces: Traces): void {
  const update = ctx.db.prepare('UPDATE team_event SET summary = ? WHERE id = ?');
  const rows = ctx.db
    .prepare('SELECT id, summary FROM team_event WHERE team_id IN (SELECT team_id FROM membership WHERE person_id = ?)')
    .all(traces.id) as { id: string; summary: string }[];
  for (const r of rows) {
    const scrubbed = scrubText(r.summary, traces);
    if (scrubbed !== r.summary) update.run(scrubbed, r.id);
  }
}

type Owner = 'them' | 'other' | 'unknown';

/**
 * A JSON value from the audit trail with the person's fields and mentions removed. An object
 * that belongs to another person (its personId, or another person's own row) keeps its text:
 * two citizens may share a name or a household phone.
 */
function scrubValue(value: unknown, traces: Traces, owner: Owner): unknown {
  if (typeof value === 'string') return owner === 'other' ? value : scrubText(value, traces);
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, traces, 'unknown'));
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const ref = o.personId ?? o.person_id;
    const own: Owner = ref === undefined || ref === null ? owner : ref === traces.id ? 'them' : 'other';
    return Object.fromEntries(
      Object.entries(o).map(([k, v]) => {
        if (own === 'them' && PERSONAL_KEYS.has(k)) return [k, k === 'fullName' ? ERASED_NAME : null];
        if (own === 'other' && (typeof v === 'string' || v === null)) return [k, v];
        return [k, scrubValue(v, traces, own === 'other' ? 'other' : 'unknown')];
      }),
    );
  }
  return value;
}

/**
 * The audit trail keeps who did what and when, but no personal field of an erased person: their
 * own rows lose the fields, and any other row that mentions them (a membership, an issued
 * decision's content, an import) loses the mention. One pass over the log: erasing is rare.
 */
function scrubAuditLog(ctx: Context, traces: Traces): void {
  const update = ctx.db.prepare('UPDATE audit_log SET before = ?, after = ? WHERE id = ?');
  const rows = ctx.db.prepare('SELECT id, entity, entity_id, before, after FROM audit_log').iterate() as Iterable<{
    id: number; entity: string; entity_id: string | null; before: string | null; after: string | null;
  }>;
  const changed: [string | null, string | null, number][] = [];
  for (const r of rows) {
    const owner: Owner = r.entity !== 'person' ? 'unknown' : r.entity_id === traces.id ? 'them' : 'other';
    if (owner === 'other' || (owner === 'unknown' && !mentions(`${r.before ?? ''}${r.after ?? ''}`, traces))) continue;
    const scrub = (json: string | null) => {
      if (json === null) return null;
      const v = parse(json);
      return typeof v === 'string' && v === json ? scrubText(json, traces) : JSON.stringify(scrubValue(v, traces, owner));
    };
    const before = scrub(r.before);
    const after = scrub(r.after);
    if (before !== r.before || after !== r.after) changed.push([before, after, r.id]);
  }
  for (const c of changed) update.run(...c);
}
