import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../electron/cli/seed/demo';
import { seedProvince } from '../../../electron/cli/seed/province';
import type { PersonRow } from '../../../shared/api';
import { compareVietnamese, nameSortKey } from '../../../shared/text/vietnamese';
import { tempCore } from '../../helpers/core';

const PEOPLE = 3000;
let t: ReturnType<typeof tempCore>;
beforeAll(async () => {
  t = tempCore({ clock: () => new Date('2026-11-30T03:00:00Z') });
  await seedDemo(t.core);
  seedProvince(t.core.ctx, PEOPLE);
});
afterAll(() => t.dispose());

async function all(input: Omit<Parameters<typeof t.op<'people.list'>>[1], 'offset' | 'limit'>): Promise<{ rows: PersonRow[]; totals: number[] }> {
  const rows: PersonRow[] = [];
  const totals: number[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await t.op('people.list', { ...input, offset, limit: 500 });
    totals.push(page.total);
    rows.push(...page.rows);
    if (page.rows.length < 500) return { rows, totals };
  }
}

describe('people.list over the whole register (issue 11: the old list stopped at 5,000)', () => {
  it('pages through everyone in Vietnamese name order, with the true total, to the last person', async () => {
    const everyone = t.count('SELECT count(*) AS n FROM person');
    const { rows, totals } = await all({ sort: { column: 'fullName', dir: 'asc' } });
    expect(new Set(totals)).toEqual(new Set([everyone]));
    expect(rows).toHaveLength(everyone);
    expect(new Set(rows.map((r) => r.id)).size).toBe(everyone); // no overlap, no gap
    const keys = rows.map((r) => nameSortKey(r.fullName));
    expect(keys).toEqual([...keys].sort());
    const last = await t.op('people.list', { sort: { column: 'fullName', dir: 'asc' }, offset: everyone - 1, limit: 1 });
    const firstDesc = await t.op('people.list', { sort: { column: 'fullName', dir: 'desc' }, limit: 1 });
    expect(last.rows[0].id).toBe(rows.at(-1)!.id);
    expect(firstDesc.rows[0].id).toBe(rows.at(-1)!.id);
  });

  it('sorts by village and organisation in Vietnamese alphabet order, empty values last', async () => {
    const byVillage = (await all({ sort: { column: 'villageName', dir: 'asc' } })).rows;
    const named = byVillage.filter((r) => r.villageName);
    for (let i = 1; i < named.length; i++) expect(compareVietnamese(named[i - 1].villageName!, named[i].villageName!)).toBeLessThanOrEqual(0);
    expect(byVillage.slice(named.length).every((r) => !r.villageName)).toBe(true);
    // "Thôn Đông" comes after every "Thôn D…" and before "Thôn E…": đ is its own letter.
    const order = [...new Set(named.map((r) => r.villageName))];
    expect(order.indexOf('Thôn Đông')).toBeGreaterThan(order.indexOf('Thôn Bắc'));

    const byOrg = (await all({ sort: { column: 'organisation', dir: 'desc' } })).rows.filter((r) => r.organisation);
    for (let i = 1; i < byOrg.length; i++) expect(compareVietnamese(byOrg[i - 1].organisation!, byOrg[i].organisation!)).toBeGreaterThanOrEqual(0);
  });

  it('filters by village, team, role, gender and age, each total matching the register', async () => {
    const village = t.core.ctx.db.prepare("SELECT id FROM village WHERE name = 'Thôn 10'").get() as { id: string };
    const inVillage = await all({ filter: { villageId: village.id } });
    expect(inVillage.rows.length).toBe(t.count('SELECT count(*) AS n FROM person WHERE village_id = ?', village.id));
    expect(inVillage.rows.every((r) => r.villageId === village.id)).toBe(true);

    const team = t.core.ctx.db.prepare("SELECT id FROM team WHERE name LIKE '%thôn Đông'").get() as { id: string };
    const members = await all({ filter: { teamId: team.id } });
    expect(members.rows.length).toBe(t.count('SELECT count(*) AS n FROM membership WHERE team_id = ? AND end_date IS NULL', team.id));
    expect(members.rows.every((r) => r.teams.some((m) => m.teamId === team.id))).toBe(true);

    const women3044 = await all({ filter: { gender: 'nu', age: '30_44', role: 'nguoi_dan' } });
    expect(women3044.rows.length).toBe(
      t.count("SELECT count(*) AS n FROM person WHERE gender = 'nu' AND background_role = 'nguoi_dan' AND 2026 - birth_year BETWEEN 30 AND 44"),
    );
    expect(women3044.rows.every((r) => r.gender === 'nu' && 2026 - r.birthYear! >= 30 && 2026 - r.birthYear! <= 44)).toBe(true);
  });

  it('caps a page at 500 rows and refuses an unknown sort column', async () => {
    await expect(t.op('people.list', { limit: 501 })).rejects.toThrow();
    await expect(t.op('people.list', { sort: { column: 'cccd' as 'phone', dir: 'asc' } })).rejects.toThrow();
  });
});
