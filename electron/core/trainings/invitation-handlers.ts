import type { TrainingInvitee } from '../../../shared/api/trainings';
import { AppError, notFound } from '../../../shared/errors';
import { foldDiacritics } from '../../../shared/text/vietnamese';
import type { Context } from '../context';
import type { Handlers } from '../dispatch';
import { getVillage } from '../villages/repository';
import { markResult, recordHeld } from './attendance';
import { getInvitee, inviteeState } from './invitees';
import { assertNotCancelled, getSession, sessionRecord } from './sessions';

interface Candidate { personId: string; source: Exclude<TrainingInvitee['source'], 'walk_in'>; sourceId: string | null }

function requireRow(ctx: Context, table: 'team' | 'village' | 'person', id: string, what: string): void {
  if (!ctx.db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id)) throw notFound(what, { id });
}

/** Who each choice brings in: a team's current members, a village's residents in the register, individuals. */
function candidates(ctx: Context, input: { teamIds: string[]; villageIds: string[]; personIds: string[] }): Candidate[] {
  const list: Candidate[] = [];
  const members = ctx.db.prepare('SELECT person_id FROM membership WHERE team_id = ? AND end_date IS NULL');
  const residents = ctx.db.prepare('SELECT id FROM person WHERE village_id = ?');
  for (const teamId of input.teamIds) {
    requireRow(ctx, 'team', teamId, 'tổ công nghệ số');
    for (const r of members.all(teamId) as { person_id: string }[]) list.push({ personId: r.person_id, source: 'team', sourceId: teamId });
  }
  for (const villageId of input.villageIds) {
    requireRow(ctx, 'village', villageId, 'thôn/tổ dân phố');
    for (const r of residents.all(villageId) as { id: string }[]) list.push({ personId: r.id, source: 'village', sourceId: villageId });
  }
  for (const personId of input.personIds) {
    requireRow(ctx, 'person', personId, 'người được mời');
    list.push({ personId, source: 'individual', sourceId: null });
  }
  return list;
}

export const invitationHandlers: Pick<Handlers, 'trainings.invite' | 'trainings.addWalkIn' | 'trainings.removeInvitee'> = {
  'trainings.invite': (input, ctx) =>
    ctx.mutate(() => {
      const session = sessionRecord(ctx, input.sessionId);
      assertNotCancelled(session);
      const listed = new Set(
        (ctx.db.prepare('SELECT person_id FROM training_invitee WHERE session_id = ? AND person_id IS NOT NULL').all(session.id) as { person_id: string }[])
          .map((r) => r.person_id),
      );
      const insert = ctx.db.prepare(
        'INSERT INTO training_invitee (id, session_id, person_id, source, source_id, invited_at) VALUES (?, ?, ?, ?, ?, ?)',
      );
      const added: Candidate[] = [];
      const seen = new Set<string>();
      let alreadyInvited = 0;
      for (const c of candidates(ctx, input)) {
        if (seen.has(c.personId)) continue; // the first reason a person was invited is kept
        seen.add(c.personId);
        if (listed.has(c.personId)) {
          alreadyInvited++;
          continue;
        }
        insert.run(ctx.newId(), session.id, c.personId, c.source, c.sourceId, ctx.now());
        added.push(c);
      }
      if (added.length) {
        ctx.audit({
          action: 'trainings.invite', entity: 'training_session', entityId: session.id,
          after: { teamIds: input.teamIds, villageIds: input.villageIds, personIds: input.personIds, added },
        });
      }
      return { added: added.length, alreadyInvited, session: getSession(ctx, session.id) };
    }),

  'trainings.addWalkIn': (input, ctx) =>
    ctx.mutate(() => {
      const session = sessionRecord(ctx, input.sessionId);
      assertNotCancelled(session);
      if (input.villageId) getVillage(ctx.db, input.villageId);
      const same = (ctx.db.prepare('SELECT walk_in_name AS name FROM training_invitee WHERE session_id = ? AND person_id IS NULL').all(session.id) as { name: string }[])
        .some((r) => foldDiacritics(r.name) === foldDiacritics(input.fullName));
      if (same && !input.confirmDuplicate) {
        throw new AppError('DUPLICATE', `${input.fullName} đã có trong danh sách người đến dự. Nếu đúng là người khác, hãy xác nhận để thêm.`, { confirmable: true });
      }
      const id = ctx.newId();
      ctx.db
        .prepare(
          `INSERT INTO training_invitee (id, session_id, walk_in_name, walk_in_village_id, walk_in_place, source, invited_at,
             attendance, attendance_note, marked_at, marked_by) VALUES (?, ?, ?, ?, ?, 'walk_in', ?, ?, ?, ?, ?)`,
        )
        .run(id, session.id, input.fullName, input.villageId, input.place, ctx.now(), input.status, input.note, ctx.now(), ctx.actor);
      const held = recordHeld(ctx, session);
      const result = markResult(ctx, id);
      ctx.audit({ action: 'trainings.addWalkIn', entity: 'training_invitee', entityId: id, after: { ...result.invitee, sessionId: session.id, sessionHeld: held } });
      return result;
    }),

  'trainings.removeInvitee': (input, ctx) =>
    ctx.mutate(() => {
      const state = inviteeState(ctx, input.inviteeId);
      if (state.version !== input.version) throw new AppError('CONFLICT', 'Người này vừa được người khác cập nhật. Hãy tải lại.');
      if (state.attendance) throw new AppError('CONFLICT', 'Người này đã được điểm danh; hãy hoàn tác điểm danh trước khi bỏ khỏi danh sách.');
      const session = sessionRecord(ctx, state.session_id);
      const before = getInvitee(ctx, state.id, session.date);
      ctx.db.prepare('DELETE FROM training_invitee WHERE id = ?').run(state.id);
      ctx.audit({ action: 'trainings.removeInvitee', entity: 'training_invitee', entityId: state.id, before: { ...before, sessionId: session.id } });
      return getSession(ctx, session.id);
    }),
};
