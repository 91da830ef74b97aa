/**
 * Migration 0006 rebuilds the decision tables (a CHECK cannot be widened in place): a register
 * written at version 5 must come through whole, with each team's replaced part recorded.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { registerFunctions } from '../../../electron/core/db/functions';
import { migrate } from '../../../electron/core/db/migrate';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('carries a version-5 register into 0006 whole and records which later decision replaced each part', () => {
  dir = mkdtempSync(join(tmpdir(), 'tcns-0006-'));
  const file = join(dir, 'tcns.db');
  const db = new Database(file);
  registerFunctions(db);
  db.pragma('foreign_keys = ON');
  migrate(db, file, 5);
  const now = '2026-01-01T00:00:00Z';
  for (const t of ['t1', 't2']) db.prepare("INSERT INTO team (id, name, level, status, created_at, updated_at) VALUES (?, ?, 'village', 'established', ?, ?)").run(t, `Tổ ${t}`, now, now);
  const decision = db.prepare(
    `INSERT INTO decision (id, kind, status, year, number, date, signer_name, signer_capacity, title, can_cu, de_nghi, articles, recipients, content, issued_at, created_at, updated_at)
     VALUES (?, ?, 'issued', 2026, ?, ?, 'A', 'chair', ?, '[]', 'x', '[]', '[]', '{}', ?, ?, ?)`,
  );
  decision.run('d5', 'thanh_lap', 5, '2026-01-05', 'Thành lập hai tổ', '2026-01-05T08:00:00Z', now, now);
  decision.run('d6', 'kien_toan', 6, '2026-03-01', 'Kiện toàn tổ t1', '2026-03-01T08:00:00Z', now, now);
  const part = db.prepare("INSERT INTO decision_team (decision_id, team_id, ordinal, members) VALUES (?, ?, ?, '[]')");
  part.run('d5', 't1', 0);
  part.run('d5', 't2', 1);
  part.run('d6', 't1', 0);
  db.prepare("INSERT INTO decision_file (id, decision_id, kind, file_name, sha256, bytes, signatures, source, created_at) VALUES ('f', 'd5', 'signed_pdf', 'a.pdf', 'ab', x'255044462d', '[]', 'imported', ?)").run(now);

  migrate(db, file);
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.pragma('foreign_key_check')).toEqual([]);
  expect(db.prepare('SELECT id, kind, number, amends_id FROM decision ORDER BY number').all()).toEqual([
    { id: 'd5', kind: 'thanh_lap', number: 5, amends_id: null },
    { id: 'd6', kind: 'kien_toan', number: 6, amends_id: null },
  ]);
  expect(db.prepare('SELECT decision_id, team_id, replaced_by FROM decision_team ORDER BY decision_id, ordinal').all()).toEqual([
    { decision_id: 'd5', team_id: 't1', replaced_by: 'd6' },
    { decision_id: 'd5', team_id: 't2', replaced_by: null },
    { decision_id: 'd6', team_id: 't1', replaced_by: null },
  ]);
  expect(db.prepare('SELECT hex(bytes) AS h FROM decision_file').get()).toEqual({ h: '255044462D' });
  // The rebuilt tables keep their cascade and the new freeze triggers hold.
  expect(() => db.prepare("UPDATE decision SET title = 'x' WHERE id = 'd5'").run()).toThrow(/không được sửa/u);
  db.close();
});
