import { AppError } from '../../../shared/errors';
import type { Context } from '../context';
import type { Handlers } from '../dispatch';
import { createPerson } from '../people/handlers';
import { getPerson } from '../people/repository';
import { getVillage } from '../villages/repository';
import { assertUpdated } from '../versioning';
import { changeSeat, currentSeat, joinTeam, leaveTeam, recordStatus } from './lifecycle';
import { getTeam, listTeams, recordTeamEvent } from './repository';


function setVillages(ctx: Context, teamId: string, villageIds: string[], level: string): void {
  if (level === 'commune' && villageIds.length > 0) {
    throw new AppError('VALIDATION', 'Tổ cấp xã không gắn với thôn/tổ dân phố riêng.');
  }
  for (const id of villageIds) {
    const village = getVillage(ctx.db, id);
    if (village.status !== 'active') throw new AppError('VALIDATION', `${village.name} không còn hoạt động.`);
  }
  ctx.db.prepare('DELETE FROM team_village WHERE team_id = ?').run(teamId);
  const link = ctx.db.prepare('INSERT INTO team_village (team_id, village_id) VALUES (?, ?)');
  for (const id of new Set(villageIds)) link.run(teamId, id);
}

export const teamHandlers: Pick<
  Handlers,
  'teams.list' | 'teams.get' | 'teams.create' | 'teams.update' | 'teams.setStatus' | 'teams.addMember' | 'teams.changePosition' | 'teams.endMembership'
> = {
  'teams.list': (input, ctx) => listTeams(ctx, input.includeDissolved),
  'teams.get': (input, ctx) => getTeam(ctx, input.id),

  'teams.create': (input, ctx) =>
    ctx.mutate(() => {
      const id = ctx.newId();
      ctx.db
        .prepare('INSERT INTO team (id, name, level, zalo_url, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(id, input.name, input.level, input.zaloUrl, input.note, ctx.now(), ctx.now());
      setVillages(ctx, id, input.villageIds, input.level);
      recordTeamEvent(ctx, id, 'created', `Tạo tổ "${input.name}" (dự kiến).`);
      const after = getTeam(ctx, id);
      ctx.audit({ action: 'teams.create', entity: 'team', entityId: id, after });
      return after;
    }),

  'teams.update': (input, ctx) =>
    ctx.mutate(() => {
      const before = getTeam(ctx, input.id);
      const { changes } = ctx.db
        .prepare('UPDATE team SET name = ?, level = ?, zalo_url = ?, note = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?')
        .run(input.name, input.level, input.zaloUrl, input.note, ctx.now(), input.id, input.version);
      assertUpdated(ctx.db, 'team', input.id, changes, 'tổ công nghệ số');
      setVillages(ctx, input.id, input.villageIds, input.level);
      const changed: string[] = [];
      if (before.name !== input.name) changed.push(`đổi tên từ "${before.name}"`);
      if (before.villages.map((v) => v.id).sort().join() !== [...new Set(input.villageIds)].sort().join()) changed.push('đổi địa bàn phụ trách');
      if (changed.length) recordTeamEvent(ctx, input.id, 'updated', `Cập nhật tổ: ${changed.join(', ')}.`);
      const after = getTeam(ctx, input.id);
      ctx.audit({ action: 'teams.update', entity: 'team', entityId: input.id, before, after });
      return after;
    }),

  'teams.setStatus': (input, ctx) =>
    ctx.mutate(() => {
      const before = getTeam(ctx, input.id);
      recordStatus(ctx, input.id, input.version, input.status, input.on);
      const after = getTeam(ctx, input.id);
      ctx.audit({ action: 'teams.setStatus', entity: 'team', entityId: input.id, before, after });
      return after;
    }),

  'teams.addMember': (input, ctx) =>
    ctx.mutate(() => {
      const team = getTeam(ctx, input.teamId);
      if (team.version !== input.teamVersion) throw new AppError('CONFLICT', 'Tổ vừa được người khác thay đổi. Hãy tải lại rồi thêm lại.');
      if (team.status === 'dissolved') throw new AppError('CONFLICT', 'Tổ đã giải thể, không thể thêm thành viên.');
      const personId = input.personId ?? createPerson(ctx, input.newPerson!, input.confirmDuplicate);
      const membershipId = joinTeam(ctx, team.id, getPerson(ctx.db, personId), input.position, input.startDate);
      const after = getTeam(ctx, team.id);
      ctx.audit({ action: 'teams.addMember', entity: 'membership', entityId: membershipId, after: after.members.find((m) => m.id === membershipId) });
      return after;
    }),

  'teams.changePosition': (input, ctx) =>
    ctx.mutate(() => {
      const m = currentSeat(ctx, input.membershipId, input.version);
      const newId = changeSeat(ctx, m, getPerson(ctx.db, m.person_id).fullName, input.position, input.on);
      const after = getTeam(ctx, m.team_id);
      ctx.audit({ action: 'teams.changePosition', entity: 'membership', entityId: newId, before: m, after: after.members.find((x) => x.id === newId) });
      return after;
    }),

  'teams.endMembership': (input, ctx) =>
    ctx.mutate(() => {
      const m = currentSeat(ctx, input.membershipId, input.version);
      leaveTeam(ctx, m, getPerson(ctx.db, m.person_id).fullName, input.on, input.reason);
      ctx.audit({ action: 'teams.endMembership', entity: 'membership', entityId: m.id, before: m });
      return getTeam(ctx, m.team_id);
    }),
};
