import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempCore } from '../../helpers/core';
import { snapshot, twoTeams } from '../trainings/scenario';

let t: ReturnType<typeof tempCore>;
let s: Awaited<ReturnType<typeof twoTeams>>;
beforeAll(async () => {
  t = tempCore();
  s = await twoTeams(t);
});
afterAll(() => t.dispose());

describe('teams.addMembers: several registered people in one transaction', () => {
  it('adds all of them with their history, or refuses the whole batch and changes nothing', async () => {
    const a = await t.op('people.create', { person: { fullName: 'Lương Văn Thành' } });
    const b = await t.op('people.create', { person: { fullName: 'Mai Thị Hậu' } });
    const team = await t.op('teams.get', { id: s.teams.tay.id });
    const alreadyIn = team.members[0].personId;
    const before = snapshot(t);
    await expect(
      t.op('teams.addMembers', { teamId: team.id, teamVersion: team.version, personIds: [a.id, alreadyIn, b.id], position: 'thanh_vien', startDate: '2026-04-01' }),
    ).rejects.toThrow('đã là thành viên của tổ này');
    expect(snapshot(t)).toEqual(before);

    const after = await t.op('teams.addMembers', { teamId: team.id, teamVersion: team.version, personIds: [a.id, b.id], position: 'thanh_vien', startDate: '2026-04-01' });
    expect(after.members.map((m) => m.fullName)).toEqual(expect.arrayContaining(['Lương Văn Thành', 'Mai Thị Hậu']));
    expect(after.history.filter((h) => h.summary.includes('vào tổ') && /Lương Văn Thành|Mai Thị Hậu/u.test(h.summary))).toHaveLength(2);
    // A stale team version refuses like addMember does.
    await expect(t.op('teams.addMembers', { teamId: team.id, teamVersion: team.version, personIds: [s.people.get('Đỗ Thị Hạnh')!], position: 'thanh_vien', startDate: '2026-04-01' })).rejects.toThrow();
  });
});
