import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TrainingSessionDetail } from '../../../shared/api/trainings';
import { tempCore } from '../../helpers/core';
import { snapshot, twoTeams } from '../trainings/scenario';

// "Today" is 30/11/2026; the session is on 01/12/2026.
let t: ReturnType<typeof tempCore>;
let session: TrainingSessionDetail;
beforeAll(async () => {
  t = tempCore({ clock: () => new Date('2026-11-30T08:00:00+07:00') });
  const s = await twoTeams(t);
  const moved = await t.op('trainings.update', { ...toFields(s.session), id: s.session.id, version: s.session.version, date: '2026-12-01' });
  session = (await t.op('trainings.invite', { sessionId: moved.id, teamIds: [s.teams.dong.id] })).session;
});
afterAll(() => t.dispose());

function toFields(s: TrainingSessionDetail) {
  return {
    title: s.title, date: s.date, startTime: s.startTime, endTime: s.endTime, place: s.place, format: s.format,
    organiserKind: s.organiserKind, organiserName: s.organiserName, audience: s.audience, note: s.note,
    topicIds: s.topics.map((x) => x.id),
    trainers: s.trainers.map((x) => (x.personId ? { personId: x.personId } : { name: x.name!, organisation: x.organisation })),
  };
}

describe('a session dated in the future (issue 11)', () => {
  it('refuses every mark, the walk-in, "mark all present" and "held", in Vietnamese, changing nothing', async () => {
    const before = snapshot(t);
    const first = session.invitees[0];
    const refusal = /ngày 01\/12\/2026 chưa diễn ra: chưa thể điểm danh/u;
    await expect(t.op('trainings.mark', { inviteeId: first.id, version: first.version, status: 'present' })).rejects.toThrow(refusal);
    await expect(t.op('trainings.markAllPresent', { sessionId: session.id })).rejects.toThrow(refusal);
    await expect(t.op('trainings.addWalkIn', { sessionId: session.id, fullName: 'Người Đến Sớm', place: 'Thôn Tây' })).rejects.toThrow(refusal);
    await expect(t.op('trainings.setStatus', { id: session.id, version: session.version, status: 'held' })).rejects.toThrow(refusal);
    expect(snapshot(t)).toEqual(before);
  });

  it('takes attendance once its day has come', async () => {
    const later = tempCore({ clock: () => new Date('2026-12-01T08:00:00+07:00') });
    try {
      const s = await twoTeams(later);
      const moved = await later.op('trainings.update', { ...toFields(s.session), id: s.session.id, version: s.session.version, date: '2026-12-01' });
      const invited = (await later.op('trainings.invite', { sessionId: moved.id, teamIds: [s.teams.dong.id] })).session;
      const marked = await later.op('trainings.mark', { inviteeId: invited.invitees[0].id, version: invited.invitees[0].version, status: 'present' });
      expect(marked.sessionStatus).toBe('held');
    } finally {
      later.dispose();
    }
  });
});
