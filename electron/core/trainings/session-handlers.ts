import { TRAINING_STATUSES } from '../../../shared/api/trainings';
import { AppError } from '../../../shared/errors';
import type { Context } from '../context';
import type { Handlers } from '../dispatch';
import { assertTookPlace } from './not-yet-held';
import { assertUpdated } from '../versioning';
import { auditView, getSession, listSessions, sessionRecord, writeTopicsAndTrainers, type SessionFields } from './sessions';

function sessionValues(s: SessionFields) {
  return [s.title, s.date, s.startTime, s.endTime, s.place, s.format, s.organiserKind, s.organiserName, s.coOrganised ? 1 : 0, s.audience, s.note];
}

const hasAttendance = (ctx: Context, sessionId: string) =>
  ctx.db.prepare('SELECT 1 FROM training_invitee WHERE session_id = ? AND attendance IS NOT NULL LIMIT 1').get(sessionId) !== undefined;

export const sessionHandlers: Pick<
  Handlers,
  'trainings.list' | 'trainings.get' | 'trainings.create' | 'trainings.update' | 'trainings.setStatus' | 'trainings.delete'
> = {
  'trainings.list': (input, ctx) => listSessions(ctx, input),
  'trainings.get': (input, ctx) => getSession(ctx, input.id),

  'trainings.create': (input, ctx) =>
    ctx.mutate(() => {
      const id = ctx.newId();
      ctx.db
        .prepare(
          `INSERT INTO training_session (id, title, date, start_time, end_time, place, format, organiser_kind, organiser_name,
             co_organised, audience, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(id, ...sessionValues(input), ctx.now(), ctx.now());
      writeTopicsAndTrainers(ctx, id, input);
      const after = getSession(ctx, id);
      ctx.audit({ action: 'trainings.create', entity: 'training_session', entityId: id, after: auditView(after) });
      return after;
    }),

  /** Any session may be corrected, a held one included; the audit row keeps before and after. */
  'trainings.update': (input, ctx) =>
    ctx.mutate(() => {
      const before = getSession(ctx, input.id);
      const { changes } = ctx.db
        .prepare(
          `UPDATE training_session SET title = ?, date = ?, start_time = ?, end_time = ?, place = ?, format = ?,
             organiser_kind = ?, organiser_name = ?, co_organised = ?, audience = ?, note = ?, updated_at = ?, version = version + 1
           WHERE id = ? AND version = ?`,
        )
        .run(...sessionValues(input), ctx.now(), input.id, input.version);
      assertUpdated(ctx.db, 'training_session', input.id, changes, 'buổi tập huấn');
      writeTopicsAndTrainers(ctx, input.id, input);
      const after = getSession(ctx, input.id);
      ctx.audit({ action: 'trainings.update', entity: 'training_session', entityId: input.id, before: auditView(before), after: auditView(after) });
      return after;
    }),

  'trainings.setStatus': (input, ctx) =>
    ctx.mutate(() => {
      const before = getSession(ctx, input.id);
      if (before.status === input.status) {
        throw new AppError('VALIDATION', `Buổi tập huấn đã ở trạng thái "${TRAINING_STATUSES[input.status]}".`);
      }
      if (input.status === 'held') assertTookPlace(ctx, before);
      if (input.status === 'planned' && before.hasAttendance) {
        throw new AppError('CONFLICT', 'Buổi tập huấn đã có điểm danh nên không thể trở lại "Dự kiến".');
      }
      const { changes } = ctx.db
        .prepare('UPDATE training_session SET status = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?')
        .run(input.status, ctx.now(), input.id, input.version);
      assertUpdated(ctx.db, 'training_session', input.id, changes, 'buổi tập huấn');
      const after = getSession(ctx, input.id);
      ctx.audit({ action: 'trainings.setStatus', entity: 'training_session', entityId: input.id, before: auditView(before), after: auditView(after) });
      return after;
    }),

  /** Attendance is allowance evidence: once recorded the session stays (it can be cancelled). */
  'trainings.delete': (input, ctx) =>
    ctx.mutate(() => {
      const record = sessionRecord(ctx, input.id);
      if (record.version !== input.version) {
        throw new AppError('CONFLICT', 'Buổi tập huấn vừa được người khác thay đổi. Hãy tải lại rồi thử lại.');
      }
      if (hasAttendance(ctx, input.id)) {
        throw new AppError(
          'CONFLICT',
          'Buổi tập huấn đã có điểm danh nên không thể xóa (điểm danh là căn cứ chi trả). Hãy chuyển buổi tập huấn sang "Đã hủy".',
        );
      }
      const before = getSession(ctx, input.id);
      ctx.db.prepare('DELETE FROM training_session WHERE id = ? AND version = ?').run(input.id, input.version);
      ctx.audit({ action: 'trainings.delete', entity: 'training_session', entityId: input.id, before });
      return { id: input.id };
    }),
};
