import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { seedDemo } from '../../../electron/cli/seed/demo';
import { ERASED_NAME } from '../../../electron/core/privacy/erase-person';
import { tempCore } from '../../helpers/core';

/**
 * Issue 9 acceptance 4 and 5 on a real SQLite file: after deleting a person no table holds their
 * name, phone or CCCD (every text column of every table is read back from the file), while the
 * issued decision that named them exports byte-identical and the report totals are unchanged;
 * and no audit row ever holds a CCCD in clear.
 */
let t: ReturnType<typeof tempCore>;
beforeEach(async () => {
  t = tempCore({ clock: () => new Date('2026-11-23T08:00:00Z') });
  await seedDemo(t.core);
});
afterEach(() => {
  vi.useRealTimers();
  t.dispose();
});

/**
 * The DOCX package records when it was written (docProps/core.xml, zip entry times): both
 * exports run at the same frozen wall-clock time so that the bytes compare the content alone.
 */
async function exportsAtFixedTime(id: string) {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-23T09:00:00Z') });
  try {
    return { pdf: await t.op('decisions.exportPdf', { id }), docx: await t.op('decisions.exportDocx', { id }) };
  } finally {
    vi.useRealTimers();
  }
}

const PHONE = '0987 654 321';
const PHONE_STORED = '0987654321';
const CCCD = '001090123456'; // Hà Nội, male, born 1990 (DOMAIN.md §5)
const NEW_NAME = 'Phạm Quỳnh Thư Trang'; // a name no one else in the demo has

/**
 * The issued decision's frozen text is a legal act and keeps the name it was issued with
 * (ND30; README "Personal data"): these two columns are the only allowed exception.
 */
const LEGAL_RECORD = new Set(['decision.content', 'decision_team.members']);

/** Every text value of every table (virtual FTS tables through their shadow tables), from the file. */
function textCells(file: string): { where: string; text: string }[] {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'").all() as { name: string }[];
    const cells: { where: string; text: string }[] = [];
    for (const { name } of tables) {
      const columns = db.prepare(`SELECT name FROM pragma_table_info(?)`).all(name) as { name: string }[];
      for (const { name: column } of columns) {
        const rows = db.prepare(`SELECT CAST("${column}" AS TEXT) AS v FROM "${name}" WHERE typeof("${column}") IN ('text', 'blob')`).all() as { v: string }[];
        for (const r of rows) cells.push({ where: `${name}.${column}`, text: r.v });
      }
    }
    return cells;
  } finally {
    db.close();
  }
}

const pdfText = (bytes: Uint8Array, name: string) => {
  const file = join(t.dir, name);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
};

const docxEntries = (bytes: Uint8Array, name: string) => {
  const file = join(t.dir, name);
  writeFileSync(file, bytes);
  const list = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).trim().split('\n');
  return Object.fromEntries(list.map((entry) => [entry, execFileSync('unzip', ['-p', file, entry.replace(/[[\]*?]/gu, '\\$&')]).toString('base64')]));
};

async function issuedMember() {
  const issued = (await t.op('decisions.list', {})).find((d) => d.status === 'issued')!;
  const frozen = t.core.ctx.db.prepare("SELECT members FROM decision_team WHERE decision_id = ? AND members IS NOT NULL").all(issued.id) as { members: string }[];
  // Not the vice chair, whose name the commune's profile also holds as an official's.
  const commune = JSON.stringify(await t.op('commune.get', {}));
  const member = frozen.flatMap((f) => JSON.parse(f.members) as { personId: string; fullName: string }[]).find((m) => !commune.includes(m.fullName))!;
  return { issued, member };
}

describe('deleting a person on request', () => {
  it('leaves no name, phone or CCCD in any table, while the decision and report totals stay the same', async () => {
    const { issued, member } = await issuedMember();
    const frozenName = member.fullName;
    let person = await t.op('people.get', { id: member.personId });
    // Their record as it grows: a new name, phone, CCCD and note, an attendance with a note.
    person = await t.op('people.update', {
      id: person.id, version: person.version,
      person: { ...person, fullName: NEW_NAME, phone: PHONE, cccd: CCCD, birthYear: 1990, birthDate: null, note: `Gọi ${PHONE_STORED} trước khi đến` },
    });
    // A session already held: marking a future one is refused (issue 11).
    const session = (await t.op('trainings.list', {})).find((s) => s.date <= '2026-11-23')!;
    const invited = await t.op('trainings.invite', { sessionId: session.id, personIds: [person.id] });
    const invitee = invited.session.invitees.find((i) => i.personId === person.id)!;
    await t.op('trainings.mark', { inviteeId: invitee.id, version: invitee.version, status: 'late', note: `${NEW_NAME} báo đến muộn` });

    const before = await exportsAtFixedTime(issued.id);
    const reportBefore = await t.op('reports.build', { period: '2026-Q4', number: 1, date: '2026-11-23' });
    const membershipsBefore = t.count('SELECT count(*) n FROM membership WHERE person_id = ?', person.id);
    const inviteesBefore = t.count('SELECT count(*) n FROM training_invitee WHERE person_id = ?', person.id);
    expect(textCells(t.dbFile).some((c) => c.text.includes(NEW_NAME))).toBe(true); // the scan sees them before
    // The search index stores words prefix-compressed, so it is read back through fts5vocab.
    const db = t.core.ctx.db;
    db.exec('CREATE VIRTUAL TABLE temp.person_words USING fts5vocab(main, person_fts, row)');
    const indexed = (term: string) => db.prepare('SELECT count(*) AS n FROM temp.person_words WHERE term = ?').pluck().get(term);
    expect([indexed(PHONE_STORED), indexed('quynh')]).toEqual([1, 1]);

    const done = await t.op('people.delete', { id: person.id, version: person.version });
    expect(done.id).toBe(person.id);

    // No trace left, in any text column of any table of the file (FTS shadow tables included).
    const leaks = textCells(t.dbFile).filter(
      (c) => !LEGAL_RECORD.has(c.where) && [NEW_NAME, frozenName, PHONE_STORED, CCCD].some((s) => c.text.includes(s)),
    );
    expect(leaks).toEqual([]);
    // The raw bytes of the database file hold no CCCD either (secure_delete, FTS merge, WAL truncated).
    expect(readFileSync(t.dbFile).includes(Buffer.from(CCCD))).toBe(false);
    expect(readFileSync(t.dbFile).includes(Buffer.from(NEW_NAME.normalize('NFC')))).toBe(false);

    expect([indexed(PHONE_STORED), indexed('quynh')]).toEqual([0, 0]);

    // The row stays, anonymised: seats and attendance still count.
    const erased = await t.op('people.get', { id: person.id });
    expect(erased).toMatchObject({ fullName: ERASED_NAME, phone: null, cccd: null, birthDate: null, birthYear: null, note: null });
    expect(t.count('SELECT count(*) n FROM membership WHERE person_id = ?', person.id)).toBe(membershipsBefore);
    expect(t.count('SELECT count(*) n FROM training_invitee WHERE person_id = ?', person.id)).toBe(inviteesBefore);
    expect((await t.op('people.search', { query: NEW_NAME, limit: 10 })).total).toBe(0);
    expect((await t.op('people.search', { query: 'nguoi da xoa', limit: 10 })).total).toBe(0);

    // The issued decision is a legal record: byte-identical PDF and DOCX, still naming them.
    const after = await exportsAtFixedTime(issued.id);
    expect(Buffer.from(after.pdf.bytes).equals(Buffer.from(before.pdf.bytes))).toBe(true);
    expect(docxEntries(after.docx.bytes, 'after.docx')).toEqual(docxEntries(before.docx.bytes, 'before.docx'));
    expect(Buffer.from(after.docx.bytes).equals(Buffer.from(before.docx.bytes))).toBe(true);
    expect(pdfText(after.pdf.bytes, 'after.pdf')).toContain(frozenName);

    // Report totals are unchanged.
    const reportAfter = await t.op('reports.build', { period: '2026-Q4', number: 2, date: '2026-11-23' });
    expect(reportAfter.report.totals).toEqual(reportBefore.report.totals);

    // The audit trail still says who did what and when.
    const actions = t.core.ctx.db.prepare("SELECT action, actor FROM audit_log WHERE entity = 'person' AND entity_id = ? ORDER BY id").all(person.id);
    expect(actions).toEqual(expect.arrayContaining([{ action: 'people.update', actor: 'test' }, { action: 'people.delete', actor: 'test' }]));

    // Deleting twice says so and changes nothing.
    const again = await t.op('people.get', { id: person.id });
    await expect(t.op('people.delete', { id: person.id, version: again.version })).rejects.toMatchObject({ code: 'CONFLICT' });
    // Nor is the anonymised record filled in again.
    await expect(t.op('people.update', { id: person.id, version: again.version, person: { ...again, fullName: NEW_NAME } }))
      .rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('đã được xóa theo yêu cầu') });
  });

  it('keeps other people who share the name untouched', async () => {
    const { member } = await issuedMember();
    const namesake = await t.op('people.create', { person: { fullName: member.fullName, birthYear: 1970 }, confirmDuplicate: true });
    const person = await t.op('people.get', { id: member.personId });
    await t.op('people.delete', { id: person.id, version: person.version });
    expect((await t.op('people.get', { id: namesake.id })).fullName).toBe(member.fullName);
    const audit = t.core.ctx.db.prepare("SELECT after FROM audit_log WHERE entity = 'person' AND entity_id = ?").get(namesake.id) as { after: string };
    expect(JSON.parse(audit.after).fullName).toBe(member.fullName);
  });
});

describe('the audit trail', () => {
  it('never holds a 12-digit CCCD in clear after creating, editing and importing people', async () => {
    const cccds = ['001090123456', '079185000321', '048300765432'];
    const a = await t.op('people.create', { person: { fullName: 'Lê Văn Căn', birthYear: 1990, cccd: cccds[0], note: `CCCD cũ ${cccds[0]}` } });
    await t.op('people.update', { id: a.id, version: a.version, person: { ...a, cccd: cccds[1], birthYear: 1985, note: null } });
    const csv = `Họ và tên,Năm sinh,Số CCCD\nTrần Thị Nhập,2000,${cccds[2]}\n`;
    await t.op('imports.commitMembers', { fileName: 'ds.csv', bytes: new TextEncoder().encode(csv) });
    const team = (await t.op('teams.list', {}))[0];
    const detail = await t.op('teams.get', { id: team.id });
    await t.op('teams.addMember', { teamId: team.id, teamVersion: detail.version, personId: a.id, position: 'thanh_vien', startDate: '2026-11-01' });

    const rows = t.core.ctx.db.prepare('SELECT before, after FROM audit_log').all() as { before: string | null; after: string | null }[];
    const text = rows.map((r) => `${r.before ?? ''}\n${r.after ?? ''}`).join('\n');
    for (const c of cccds) expect(text).not.toContain(c);
    expect(text).not.toMatch(/(?<![\w-])\d{12}(?![\w-])/u);
    expect(text).toContain('001•••••••56'); // masked, still telling numbers apart
    // The person's own form still shows the full number.
    expect((await t.op('people.get', { id: a.id })).cccd).toBe(cccds[1]);
  });
});
