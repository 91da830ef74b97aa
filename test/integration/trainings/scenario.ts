import type { TeamDetail } from '../../../shared/api';
import { demoCommuneInput, tempCore } from '../../helpers/core';

export type TestCore = ReturnType<typeof tempCore>;

/** A snapshot of every table, to prove a refused change left nothing behind. */
export function snapshot(t: TestCore) {
  const db = t.core.ctx.db;
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((r) => r.name);
  return Object.fromEntries(tables.map((name) => [name, db.prepare(`SELECT * FROM "${name}"`).all()]));
}

async function teamOf(t: TestCore, name: string, villageId: string, members: ({ fullName: string; position?: 'to_truong' | 'to_pho' } | string)[], existing: Map<string, string>) {
  let team: TeamDetail = await t.op('teams.create', { name, level: 'village', villageIds: [villageId] });
  for (const m of members) {
    const spec = typeof m === 'string' ? { fullName: m } : m;
    const personId = existing.get(spec.fullName);
    team = await t.op('teams.addMember', {
      teamId: team.id, teamVersion: team.version, position: spec.position ?? 'thanh_vien', startDate: '2026-01-05',
      ...(personId ? { personId } : { newPerson: { fullName: spec.fullName, villageId } }),
    });
    existing.set(spec.fullName, team.members.find((x) => x.fullName === spec.fullName)!.personId);
  }
  return team;
}

/**
 * A commune with two villages and two teams; Lê Văn Hùng sits in both teams (so inviting both
 * teams must list him once) and Đỗ Thị Hạnh lives in Thôn Tây without being a member.
 */
export async function twoTeams(t: TestCore) {
  await t.op('commune.save', demoCommuneInput);
  const dong = await t.op('villages.create', { name: 'Thôn Đông', kind: 'thon' });
  const tay = await t.op('villages.create', { name: 'Thôn Tây', kind: 'thon' });
  const people = new Map<string, string>();
  const teamDong = await teamOf(t, 'Tổ công nghệ số cộng đồng thôn Đông', dong.id,
    [{ fullName: 'Lê Văn Hùng', position: 'to_truong' }, 'Nguyễn Thị Hồng', 'Trần Văn An', 'Phạm Thị Ánh'], people);
  const teamTay = await teamOf(t, 'Tổ công nghệ số cộng đồng thôn Tây', tay.id,
    [{ fullName: 'Võ Thị Ơn', position: 'to_truong' }, 'Lê Văn Hùng', 'Đặng Quốc Ước', 'Bùi Văn Đông'], people);
  const resident = await t.op('people.create', { person: { fullName: 'Đỗ Thị Hạnh', villageId: tay.id } });
  people.set(resident.fullName, resident.id);
  const topics = await t.op('trainings.topics', {});
  const session = await t.op('trainings.create', {
    title: 'Tập huấn kỹ năng số cơ bản cho Tổ công nghệ số cộng đồng',
    topicIds: topics.filter((x) => x.basicSkill).map((x) => x.id),
    date: '2026-03-15', startTime: '08:00', endTime: '11:00', place: 'Hội trường UBND xã Hòa Bình',
    format: 'in_person', organiserKind: 'commune', organiserName: 'UBND xã Hòa Bình',
    trainers: [{ personId: people.get('Võ Thị Ơn') }, { name: 'Nguyễn Thanh Tùng', organisation: 'Sở Khoa học và Công nghệ' }],
    audience: 'Thành viên Tổ công nghệ số cộng đồng thôn Đông, thôn Tây',
  });
  return { villages: { dong, tay }, teams: { dong: teamDong, tay: teamTay }, people, session };
}
