/**
 * Members out, members in: the report's member list, read by the app's own importer into an
 * empty commune, gives back the same people with the same Vietnamese text, byte for byte.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../electron/cli/seed/demo';
import { demoCommuneInput, tempCore } from '../../helpers/core';
import { writeOut } from './tools';

const SHEET = 'Danh sách tổ và thành viên';
let source: ReturnType<typeof tempCore>;
let target: ReturnType<typeof tempCore>;
let bytes: Uint8Array;

beforeAll(async () => {
  source = tempCore();
  await seedDemo(source.core);
  const built = await source.op('reports.build', { period: '2026-Q3', number: 12, date: '2026-09-20' });
  bytes = new Uint8Array(readFileSync(writeOut('round-trip.xlsx', built.bytes)));
  target = tempCore();
  await target.op('commune.save', demoCommuneInput);
});
afterAll(() => {
  source.dispose();
  target.dispose();
});

/** People on the exported list: one per person (a person in two teams is listed twice). */
interface PersonKey { full_name: string; phone: string; birth_year: number; background_role: string }
function exportedPeople(): PersonKey[] {
  return source.core.ctx.db
    .prepare(
      `SELECT DISTINCT p.full_name, p.phone, p.birth_year, p.background_role FROM membership m JOIN person p ON p.id = m.person_id JOIN team t ON t.id = m.team_id
       WHERE t.established_on <= '2026-09-14' AND (t.dissolved_on IS NULL OR t.dissolved_on > '2026-09-14')
         AND m.start_date <= '2026-09-14' AND (m.end_date IS NULL OR m.end_date > '2026-09-14')`,
    )
    .all() as PersonKey[];
}

describe('report member list → importer', () => {
  it('previews every listed member with the same text and nothing to convert', async () => {
    const preview = await target.op('imports.previewMembers', { fileName: 'bao-cao.xlsx', bytes, sheetName: SHEET });
    expect(preview.sheets).toContain(SHEET);
    expect(preview.header).toEqual(expect.arrayContaining(['Họ và tên', 'Năm sinh', 'Số điện thoại', 'Thành phần', 'Chức danh trong Tổ']));
    const listed = preview.rows.filter((r) => r.values.fullName);
    const people = exportedPeople();
    expect(new Set(listed.map((r) => r.values.fullName))).toEqual(new Set(people.map((p) => p.full_name)));
    for (const row of listed) {
      const name = row.values.fullName!;
      const original = people.find((p) => p.full_name === name)!;
      expect(Buffer.from(name, 'utf8').equals(Buffer.from(original.full_name, 'utf8')), name).toBe(true);
      expect(row.converted, name).toEqual({});
      expect(row.values.phone).toBe(original.phone);
    }
  });

  it('imports them into an empty commune: same names, phones, birth years and backgrounds', async () => {
    const preview = await target.op('imports.previewMembers', { fileName: 'bao-cao.xlsx', bytes, sheetName: SHEET });
    expect(preview.summary.withErrors).toBe(0);
    const result = await target.op('imports.commitMembers', { fileName: 'bao-cao.xlsx', bytes, sheetName: SHEET });
    expect(result.created).toBeGreaterThan(20);
    const imported = target.core.ctx.db.prepare('SELECT full_name, phone, birth_year, background_role FROM person').all() as PersonKey[];
    // Compared as sets: a person listed under two teams appears on two rows of the list.
    const key = (p: PersonKey) => `${p.full_name}|${p.phone}|${p.birth_year}|${p.background_role}`;
    expect(new Set(imported.map(key))).toEqual(new Set(exportedPeople().map(key)));
  });
});
