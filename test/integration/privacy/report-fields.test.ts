import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../electron/cli/seed/demo';
import { requireCommune } from '../../../electron/core/commune/handlers';
import { buildReportModel } from '../../../electron/core/reports/data/model';
import { writeReport } from '../../../electron/core/reports/workbook/write-report';
import { memorySink } from '../../../electron/core/xlsx';
import type { ReportLayout } from '../../../shared/reports/layout';
import { defaultLayout } from '../../../shared/reports/layouts';
import { personalFieldsOf } from '../../../shared/reports/personal-fields';
import { parsePeriod } from '../../../shared/reports/periods';
import { tempCore } from '../../helpers/core';

/** Reports to the province carry phone and birth date only when the chosen layout prints them. */
let t: ReturnType<typeof tempCore>;
beforeAll(async () => {
  t = tempCore({ clock: () => new Date('2026-11-23T08:00:00Z') });
  await seedDemo(t.core);
  t.core.ctx.db.prepare("UPDATE person SET birth_date = '1988-04-12', birth_year = 1988 WHERE full_name = 'Nguyễn Thị Lan'").run();
});
afterAll(() => t.dispose());

/** The default layout with its member tables stripped of phone and birth columns. */
const lean: ReportLayout = {
  ...defaultLayout,
  id: 'lean',
  sheets: defaultLayout.sheets.map((s) => ({
    ...s,
    tables: s.tables.map((table) =>
      table.source === 'members' ? { ...table, columns: table.columns.filter((c) => !['phone', 'birthYear', 'birthDate'].includes(String(c.key))) } : table,
    ),
  })) as ReportLayout['sheets'],
};

async function workbookText(layout: ReportLayout, name: string) {
  const model = buildReportModel(t.core.ctx, {
    commune: requireCommune(t.core.ctx), period: parsePeriod('2026-Q4'), layout, number: 3, date: '2026-11-23', preparedBy: null,
  });
  const sink = memorySink();
  await writeReport(model, sink.stream);
  const file = join(t.dir, name);
  writeFileSync(file, sink.bytes());
  const rows = [...model.sources.members.chunks()].flat();
  return { rows, xml: execFileSync('unzip', ['-p', file], { encoding: 'utf8', maxBuffer: 64 << 20 }) };
}

describe('personal fields in the report to the province', () => {
  it('reads which personal fields a layout prints', () => {
    expect([...personalFieldsOf(defaultLayout)].sort()).toEqual(['birthYear', 'phone']);
    expect(personalFieldsOf(lean).size).toBe(0);
  });

  it('leaves phones and birth years out of the model and the file when the layout has no such column', async () => {
    const phones = (t.core.ctx.db.prepare('SELECT phone FROM person WHERE phone IS NOT NULL').all() as { phone: string }[]).map((p) => p.phone);
    expect(phones.length).toBeGreaterThan(5);

    const full = await workbookText(defaultLayout, 'default.xlsx');
    expect(full.rows.some((r) => r.phone !== '')).toBe(true);
    expect(phones.some((p) => full.xml.includes(p))).toBe(true);
    const lan = full.rows.find((r) => r.fullName === 'Nguyễn Thị Lan')!;
    expect(lan).toMatchObject({ birthYear: 1988, birthDate: null }); // the year is printed, the date is not read

    const leanBook = await workbookText(lean, 'lean.xlsx');
    expect(leanBook.rows.length).toBe(full.rows.length);
    expect(leanBook.rows.every((r) => r.phone === '' && r.birthYear === null && r.birthDate === null)).toBe(true);
    for (const p of phones) expect(leanBook.xml).not.toContain(p);
    expect(leanBook.xml).not.toContain('1988');
  });
});
