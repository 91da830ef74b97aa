import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoCommuneInput, tempCore } from '../../helpers/core';

let t: ReturnType<typeof tempCore>;
beforeEach(async () => {
  t = tempCore();
  await t.op('commune.save', demoCommuneInput);
});
afterEach(() => t.dispose());

async function teamWithVillage() {
  const village = await t.op('villages.create', { name: 'Thôn Đông', kind: 'thon', households: 320, population: 1200 });
  const team = await t.op('teams.create', { name: 'Tổ CNSCĐ thôn Đông', level: 'village', villageIds: [village.id] });
  return { village, team };
}

describe('register of villages, teams and people', () => {
  it('creates a team, adds members and reports the province rules it breaks', async () => {
    const { team } = await teamWithVillage();
    expect(team.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['too_few_members', 'no_leader', 'missing_role']));
    expect(team.warnings.every((w) => w.source.includes('115/KH-UBND'))).toBe(true);

    let detail = team;
    const names = ['Lê Văn Hùng', 'Nguyễn Thị Hồng', 'Trần Văn An', 'Phạm Thị Mai', 'Hoàng Văn Đức'];
    for (const [i, fullName] of names.entries()) {
      detail = await t.op('teams.addMember', {
        teamId: team.id,
        teamVersion: detail.version,
        newPerson: { fullName, backgroundRole: i === 1 ? 'doan_thanh_nien' : 'nguoi_dan', phone: `091234567${i}` },
        position: i === 0 ? 'to_truong' : 'thanh_vien',
        startDate: '2026-01-05',
      });
    }
    expect(detail.members).toHaveLength(5);
    expect(detail.members[0].fullName).toBe('Lê Văn Hùng'); // Tổ trưởng first
    expect(detail.members.slice(1).map((m) => m.fullName)).toEqual(['Trần Văn An', 'Hoàng Văn Đức', 'Nguyễn Thị Hồng', 'Phạm Thị Mai']);
    expect(detail.warnings).toEqual([]);
    expect(detail.history.length).toBe(6);

    const check = await t.op('rules.check', {});
    expect(check.warnings).toEqual([]);
  });

  it('finds people typed without diacritics, in Vietnamese name order', async () => {
    for (const fullName of ['Nguyễn Thị Hồng', 'Nguyễn Văn Hùng', 'Đỗ Thị Hồng', 'Lê Dũng']) {
      await t.op('people.create', { person: { fullName } });
    }
    const found = await t.op('people.search', { query: 'nguyen thi hong' });
    expect(found.rows.map((r) => r.fullName)).toEqual(['Nguyễn Thị Hồng']);
    const hong = await t.op('people.search', { query: 'hong' });
    expect(hong.rows.map((r) => r.fullName)).toEqual(['Đỗ Thị Hồng', 'Nguyễn Thị Hồng']);
    const d = await t.op('people.search', { query: 'd' });
    expect(d.rows.map((r) => r.fullName)).toEqual(['Lê Dũng', 'Đỗ Thị Hồng']);
    const nfd = await t.op('people.search', { query: 'Nguyễn Thị Hồng'.normalize('NFD') });
    expect(nfd.total).toBe(1);
  });

  it('keeps membership history when a member changes position or leaves', async () => {
    const { team } = await teamWithVillage();
    let detail = await t.op('teams.addMember', {
      teamId: team.id, teamVersion: team.version, newPerson: { fullName: 'Trần Văn An' }, position: 'thanh_vien', startDate: '2026-01-05',
    });
    const m = detail.members[0];
    detail = await t.op('teams.changePosition', { membershipId: m.id, version: m.version, position: 'to_pho', on: '2026-03-01' });
    expect(detail.members[0].position).toBe('to_pho');
    expect(detail.pastMembers[0]).toMatchObject({ position: 'thanh_vien', endDate: '2026-03-01' });
    const current = detail.members[0];
    detail = await t.op('teams.endMembership', { membershipId: current.id, version: current.version, on: '2026-06-30', reason: 'Chuyển công tác' });
    expect(detail.members).toHaveLength(0);
    expect(detail.pastMembers).toHaveLength(2);
    await expect(
      t.op('teams.endMembership', { membershipId: current.id, version: current.version, on: '2026-07-01' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('warns about a likely duplicate person and refuses the same CCCD', async () => {
    const person = { fullName: 'Nguyễn Thị Hồng', birthYear: 1990, phone: '0912 345 678', cccd: '046190000123' };
    await t.op('people.create', { person });
    await expect(t.op('people.create', { person: { ...person, cccd: null, fullName: 'Nguyen Thi Hong' } })).rejects.toMatchObject({
      code: 'DUPLICATE',
      details: { confirmable: true },
    });
    await t.op('people.create', { person: { ...person, cccd: null }, confirmDuplicate: true });
    await expect(t.op('people.create', { person, confirmDuplicate: true })).rejects.toMatchObject({
      code: 'DUPLICATE',
      details: { confirmable: false },
    });
    expect(t.count('SELECT count(*) n FROM person')).toBe(2);
  });

  it('refuses a second active village with the same name, typed differently', async () => {
    await t.op('villages.create', { name: 'Thôn Đông', kind: 'thon' });
    await expect(t.op('villages.create', { name: '  thôn  đông ', kind: 'thon' })).rejects.toMatchObject({ code: 'DUPLICATE' });
    await expect(t.op('villages.create', { name: 'Thon Dong', kind: 'thon' })).rejects.toMatchObject({ code: 'DUPLICATE' });
    expect(t.count('SELECT count(*) n FROM village')).toBe(1);
  });

  it('reports villages without a team and the HCM household pairing rule', async () => {
    const c = (await t.op('commune.get', {}))!;
    await t.op('commune.save', { ...demoCommuneInput, ruleProfileId: 'ho-chi-minh', version: c.version });
    const small = await t.op('villages.create', { name: 'Tổ dân phố 1', kind: 'to_dan_pho', households: 300 });
    const large = await t.op('villages.create', { name: 'Tổ dân phố 2', kind: 'to_dan_pho', households: 520 });
    await t.op('villages.create', { name: 'Tổ dân phố 3', kind: 'to_dan_pho', households: 200 });
    const shared = await t.op('teams.create', { name: 'Tổ CNSCĐ TDP 1-2', level: 'village', villageIds: [small.id, large.id] });
    expect(shared.warnings.map((w) => w.code)).toContain('pairing_large_shared');
    const check = await t.op('rules.check', {});
    const uncovered = check.warnings.filter((w) => w.code === 'village_without_team');
    expect(uncovered.map((w) => w.message)).toEqual(['Tổ dân phố 3 chưa có Tổ công nghệ số cộng đồng.']);
  });
});
