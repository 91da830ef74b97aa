import { AppError } from '../../../shared/errors';
import { displayDate as formatDate } from '../../../shared/text/dates';
import { TEAM_POSITIONS, TEAM_STATUSES } from '../../../shared/domain/vocabulary';
import type { Context } from '../context';
import type { Handlers } from '../dispatch';
import { createPerson } from '../people/handlers';
import { getPerson } from '../people/repository';
import { getVillage } from '../villages/repository';
import { assertUpdated } from '../versioning';
import { getTeam, listTeams, recordTeamEvent, touchTeam } from './repository';


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

interface MembershipRow { id: string; team_id: string; person_id: string; position: keyof typeof TEAM_POSITIONS; start_date: string; end_date: string | null; version: number }

function currentMembership(ctx: Context, id: string, version: number): MembershipRow {
  const m = ctx.db.prepare('SELECT * FROM membership WHERE id = ?').get(id) as MembershipRow | undefined;
  if (!m) throw new AppError('NOT_FOUND', 'Không tìm thấy thành viên này trong tổ.');
  if (m.version !== version) throw new AppError('CONFLICT', 'Thành viên này vừa được người khác thay đổi. Hãy tải lại.');
  if (m.end_date) throw new AppError('CONFLICT', 'Người này đã rời tổ.');
  return m;
}

function endMembership(ctx: Context, m: MembershipRow, on: string, reason: string | null): void {
  if (on < m.start_date) {
    throw new AppError('VALIDATION', `Ngày kết thúc (${formatDate(on)}) không được trước ngày vào tổ (${formatDate(m.start_date)}).`);
  }
  const { changes } = ctx.db
    .prepare('UPDATE membership SET end_date = ?, end_reason = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?')
    .run(on, reason, ctx.now(), m.id, m.version);
  assertUpdated(ctx.db, 'membership', m.id, changes, 'thành viên');
}

function insertMembership(ctx: Context, teamId: string, personId: string, position: string, startDate: string): string {
  const id = ctx.newId();
  ctx.db
    .prepare('INSERT INTO membership (id, team_id, person_id, position, start_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(id, teamId, personId, position, startDate, ctx.now(), ctx.now());
  return id;
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
      const allowed: Record<string, string[]> = { draft: ['established', 'dissolved'], established: ['dissolved'], dissolved: [] };
      if (!allowed[before.status].includes(input.status)) {
        throw new AppError('CONFLICT', `Không thể chuyển tổ từ "${TEAM_STATUSES[before.status]}" sang "${TEAM_STATUSES[input.status]}".`);
      }
      const column = input.status === 'established' ? 'established_on' : 'dissolved_on';
      const { changes } = ctx.db
        .prepare(`UPDATE team SET status = ?, ${column} = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?`)
        .run(input.status, input.on, ctx.now(), input.id, input.version);
      assertUpdated(ctx.db, 'team', input.id, changes, 'tổ công nghệ số');
      if (input.status === 'dissolved') {
        ctx.db
          .prepare("UPDATE membership SET end_date = max(?, start_date), end_reason = 'Giải thể tổ', updated_at = ?, version = version + 1 WHERE team_id = ? AND end_date IS NULL")
          .run(input.on, ctx.now(), input.id);
      }
      recordTeamEvent(ctx, input.id, input.status, `${TEAM_STATUSES[input.status]} ngày ${formatDate(input.on)}.`);
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
      const person = getPerson(ctx.db, personId);
      if (team.members.some((m) => m.personId === personId)) {
        throw new AppError('DUPLICATE', `${person.fullName} đã là thành viên của tổ này.`);
      }
      const membershipId = insertMembership(ctx, team.id, personId, input.position, input.startDate);
      touchTeam(ctx, team.id);
      recordTeamEvent(ctx, team.id, 'member_added', `${person.fullName} vào tổ, chức danh ${TEAM_POSITIONS[input.position]}, từ ${formatDate(input.startDate)}.`);
      const after = getTeam(ctx, team.id);
      ctx.audit({ action: 'teams.addMember', entity: 'membership', entityId: membershipId, after: after.members.find((m) => m.id === membershipId) });
      return after;
    }),

  'teams.changePosition': (input, ctx) =>
    ctx.mutate(() => {
      const m = currentMembership(ctx, input.membershipId, input.version);
      if (m.position === input.position) throw new AppError('VALIDATION', 'Chức danh mới trùng chức danh hiện tại.');
      // History is never overwritten: the old seat ends and a new one starts the same day.
      endMembership(ctx, m, input.on, `Chuyển sang ${TEAM_POSITIONS[input.position]}`);
      const newId = insertMembership(ctx, m.team_id, m.person_id, input.position, input.on);
      touchTeam(ctx, m.team_id);
      const person = getPerson(ctx.db, m.person_id);
      recordTeamEvent(ctx, m.team_id, 'position_changed', `${person.fullName}: ${TEAM_POSITIONS[m.position]} → ${TEAM_POSITIONS[input.position]} từ ${formatDate(input.on)}.`);
      const after = getTeam(ctx, m.team_id);
      ctx.audit({ action: 'teams.changePosition', entity: 'membership', entityId: newId, before: m, after: after.members.find((x) => x.id === newId) });
      return after;
    }),

  'teams.endMembership': (input, ctx) =>
    ctx.mutate(() => {
      const m = currentMembership(ctx, input.membershipId, input.version);
      endMembership(ctx, m, input.on, input.reason);
      touchTeam(ctx, m.team_id);
      const person = getPerson(ctx.db, m.person_id);
      recordTeamEvent(ctx, m.team_id, 'member_left', `${person.fullName} rời tổ từ ${formatDate(input.on)}${input.reason ? ` (${input.reason})` : ''}.`);
      ctx.audit({ action: 'teams.endMembership', entity: 'membership', entityId: m.id, before: m });
      return getTeam(ctx, m.team_id);
    }),
};
