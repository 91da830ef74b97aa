import type { MarkResult } from '../../../shared/api/trainings';
import { AppError } from '../../../shared/errors';
import type { Context } from '../context';
import type { Handlers } from '../dispatch';
import { getInvitee, inviteeState, summaryOf, type InviteeState } from './invitees';
import { assertNotCancelled, getSession, sessionRecord, type SessionRecord } from './sessions';
import { assertTookPlace } from './not-yet-held';

/**
 * The first mark proves the session took place: a planned session becomes held (its version
 * moves on, so an edit form opened before sees the change). Returns whether it changed.
 */
export function recordHeld(ctx: Context, session: SessionRecord): boolean {
  // Every marking path passes here inside its transaction: a future session refuses them all.
  assertTookPlace(ctx, session);
  if (session.status !== 'planned') return false;
  ctx.db.prepare("UPDATE training_session SET status = 'held', updated_at = ?, version = version + 1 WHERE id = ?").run(ctx.now(), session.id);
  return true;
}

export function markResult(ctx: Context, inviteeId: string): MarkResult {
  const state = inviteeState(ctx, inviteeId);
  const session = sessionRecord(ctx, state.session_id);
  return {
    invitee: getInvitee(ctx, inviteeId, session.date),
    summary: summaryOf(ctx, session.id),
    sessionStatus: session.status,
    sessionVersion: session.version,
  };
}

/** The invitee as read by the caller, on a session that is not cancelled. */
function checkedInvitee(ctx: Context, inviteeId: string, version: number): { state: InviteeState; session: SessionRecord } {
  const state = inviteeState(ctx, inviteeId);
  if (state.version !== version) throw new AppError('CONFLICT', 'Điểm danh của người này vừa được người khác thay đổi. Hãy tải lại.');
  const session = sessionRecord(ctx, state.session_id);
  assertNotCancelled(session);
  return { state, session };
}

export const attendanceHandlers: Pick<Handlers, 'trainings.mark' | 'trainings.unmark' | 'trainings.markAllPresent'> = {
  /** Hot path of the keyboard screen: a handful of indexed statements in one transaction. */
  'trainings.mark': (input, ctx) =>
    ctx.mutate(() => {
      const { state, session } = checkedInvitee(ctx, input.inviteeId, input.version);
      ctx.db
        .prepare('UPDATE training_invitee SET attendance = ?, attendance_note = ?, marked_at = ?, marked_by = ?, version = version + 1 WHERE id = ?')
        .run(input.status, input.note, ctx.now(), ctx.actor, state.id);
      const held = recordHeld(ctx, session);
      ctx.audit({
        action: 'trainings.mark', entity: 'training_invitee', entityId: state.id,
        before: { sessionId: session.id, attendance: state.attendance, note: state.attendance_note },
        after: { sessionId: session.id, attendance: input.status, note: input.note, sessionHeld: held },
      });
      return markResult(ctx, state.id);
    }),

  'trainings.unmark': (input, ctx) =>
    ctx.mutate(() => {
      const { state, session } = checkedInvitee(ctx, input.inviteeId, input.version);
      if (!state.attendance) throw new AppError('CONFLICT', 'Người này chưa được điểm danh.');
      ctx.db
        .prepare('UPDATE training_invitee SET attendance = NULL, attendance_note = NULL, marked_at = NULL, marked_by = NULL, version = version + 1 WHERE id = ?')
        .run(state.id);
      ctx.audit({
        action: 'trainings.unmark', entity: 'training_invitee', entityId: state.id,
        before: { sessionId: session.id, attendance: state.attendance, note: state.attendance_note },
        after: { sessionId: session.id, attendance: null },
      });
      return markResult(ctx, state.id);
    }),

  'trainings.markAllPresent': (input, ctx) =>
    ctx.mutate(() => {
      const session = sessionRecord(ctx, input.sessionId);
      assertNotCancelled(session);
      const ids = (ctx.db.prepare('SELECT id FROM training_invitee WHERE session_id = ? AND attendance IS NULL').all(session.id) as { id: string }[]).map((r) => r.id);
      if (ids.length === 0) throw new AppError('VALIDATION', 'Mọi người trong danh sách đã được điểm danh.');
      ctx.db
        .prepare(
          `UPDATE training_invitee SET attendance = 'present', marked_at = ?, marked_by = ?, version = version + 1
           WHERE session_id = ? AND attendance IS NULL`,
        )
        .run(ctx.now(), ctx.actor, session.id);
      const held = recordHeld(ctx, session);
      ctx.audit({ action: 'trainings.markAllPresent', entity: 'training_session', entityId: session.id, after: { marked: ids, attendance: 'present', sessionHeld: held } });
      return { marked: ids.length, session: getSession(ctx, session.id) };
    }),
};
