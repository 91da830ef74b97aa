import type { z } from 'zod';
import type { sessionFields, Trainer, TrainingSessionDetail, TrainingSessionRow } from '../../../shared/api/trainings';
import { AppError, notFound } from '../../../shared/errors';
import type { Context } from '../context';
import { getPerson } from '../people/repository';
import { emptySummary, listInvitees, summariesBySession, summaryOf } from './invitees';
import { assertTopicsExist } from './topics';

export type SessionFields = z.output<typeof sessionFields>;

export interface SessionRecord {
  id: string; title: string; date: string; start_time: string | null; end_time: string | null; place: string | null;
  format: TrainingSessionRow['format']; organiser_kind: TrainingSessionRow['organiserKind']; organiser_name: string | null; co_organised: number;
  audience: string | null; note: string | null; status: TrainingSessionRow['status']; version: number; updated_at: string;
}

export function sessionRecord(ctx: Context, id: string): SessionRecord {
  const r = ctx.db.prepare('SELECT * FROM training_session WHERE id = ?').get(id) as SessionRecord | undefined;
  if (!r) throw notFound('buổi tập huấn');
  return r;
}

function topicsBySession(ctx: Context, sessionId?: string): Map<string, { id: string; name: string }[]> {
  const rows = ctx.db
    .prepare(
      `SELECT st.session_id, t.id, t.name FROM training_session_topic st JOIN training_topic t ON t.id = st.topic_id
       ${sessionId ? 'WHERE st.session_id = ?' : ''} ORDER BY t.sort_order, t.name`,
    )
    .all(...(sessionId ? [sessionId] : [])) as { session_id: string; id: string; name: string }[];
  const map = new Map<string, { id: string; name: string }[]>();
  for (const r of rows) map.set(r.session_id, [...(map.get(r.session_id) ?? []), { id: r.id, name: r.name }]);
  return map;
}

function toRow(r: SessionRecord, topics: TrainingSessionRow['topics'], summary: TrainingSessionRow['summary']): TrainingSessionRow {
  return {
    id: r.id, title: r.title, date: r.date, startTime: r.start_time, endTime: r.end_time, place: r.place, format: r.format,
    status: r.status, organiserKind: r.organiser_kind, organiserName: r.organiser_name, coOrganised: r.co_organised === 1, topics, summary, version: r.version,
  };
}

/** Newest first: the upcoming session on top, then the history. */
export function listSessions(ctx: Context, q: { from?: string; to?: string; status?: TrainingSessionRow['status'] }): TrainingSessionRow[] {
  const filters: [string, string | undefined][] = [['date >= ?', q.from], ['date <= ?', q.to], ['status = ?', q.status]];
  const used = filters.filter(([, value]) => value !== undefined);
  const where = used.map(([sql]) => sql);
  const params = used.map(([, value]) => value);
  const rows = ctx.db
    .prepare(`SELECT * FROM training_session ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY date DESC, start_time DESC, id DESC`)
    .all(...params) as SessionRecord[];
  const topics = topicsBySession(ctx);
  const summaries = summariesBySession(ctx);
  return rows.map((r) => toRow(r, topics.get(r.id) ?? [], summaries.get(r.id) ?? emptySummary()));
}

function trainersOf(ctx: Context, sessionId: string): Trainer[] {
  return (
    ctx.db
      .prepare(
        `SELECT tr.person_id, COALESCE(p.full_name, tr.name) AS name, COALESCE(tr.organisation, p.organisation) AS organisation
         FROM training_trainer tr LEFT JOIN person p ON p.id = tr.person_id WHERE tr.session_id = ? ORDER BY tr.ordinal`,
      )
      .all(sessionId) as { person_id: string | null; name: string; organisation: string | null }[]
  ).map((t) => ({ personId: t.person_id, name: t.name, organisation: t.organisation }));
}

export function getSession(ctx: Context, id: string): TrainingSessionDetail {
  const r = sessionRecord(ctx, id);
  const invitees = listInvitees(ctx, id, r.date);
  return {
    ...toRow(r, topicsBySession(ctx, id).get(id) ?? [], summaryOf(ctx, id)),
    trainers: trainersOf(ctx, id),
    audience: r.audience,
    note: r.note,
    invitees,
    hasAttendance: invitees.some((i) => i.mark !== null),
    updatedAt: r.updated_at,
  };
}

/** The session without its list: what the audit log keeps for a change of the session itself. */
export function auditView(detail: TrainingSessionDetail) {
  const { invitees: _invitees, ...rest } = detail;
  return rest;
}

export function writeTopicsAndTrainers(ctx: Context, sessionId: string, s: SessionFields): void {
  assertTopicsExist(ctx, s.topicIds);
  ctx.db.prepare('DELETE FROM training_session_topic WHERE session_id = ?').run(sessionId);
  const link = ctx.db.prepare('INSERT INTO training_session_topic (session_id, topic_id) VALUES (?, ?)');
  for (const topicId of new Set(s.topicIds)) link.run(sessionId, topicId);

  ctx.db.prepare('DELETE FROM training_trainer WHERE session_id = ?').run(sessionId);
  const insert = ctx.db.prepare('INSERT INTO training_trainer (session_id, ordinal, person_id, name, organisation) VALUES (?, ?, ?, ?, ?)');
  s.trainers.forEach((t, i) => {
    if (t.personId) getPerson(ctx.db, t.personId); // NOT_FOUND for a person deleted meanwhile
    insert.run(sessionId, i + 1, t.personId, t.personId ? null : t.name, t.organisation);
  });
}

export function assertNotCancelled(r: SessionRecord): void {
  if (r.status === 'cancelled') throw new AppError('CONFLICT', 'Buổi tập huấn đã hủy; hãy khôi phục buổi tập huấn trước khi sửa danh sách hoặc điểm danh.');
}
