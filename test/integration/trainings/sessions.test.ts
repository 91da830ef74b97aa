import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareVietnameseNames } from '../../../shared/text/vietnamese';
import { tempCore } from '../../helpers/core';
import { snapshot, twoTeams } from './scenario';

let t: ReturnType<typeof tempCore>;
beforeEach(() => {
  t = tempCore();
});
afterEach(() => t.dispose());

const VIETNAMESE_ORDER = ['Trần Văn An', 'Phạm Thị Ánh', 'Hoàng Văn Bình', 'Nguyễn Văn Dũng', 'Bùi Văn Đông', 'Nguyễn Thị Hồng', 'Lê Văn Hùng', 'Võ Thị Ơn', 'Đặng Quốc Ước'];

describe('training sessions and attendance', () => {
  it('invites two teams and walk-ins, marks attendance one by one and computes the rate', async () => {
    const s = await twoTeams(t);
    expect(s.session.status).toBe('planned');
    expect(s.session.topics).toHaveLength(5);
    expect(s.session.trainers.map((x) => x.name)).toEqual(['Võ Thị Ơn', 'Nguyễn Thanh Tùng']);

    const invited = await t.op('trainings.invite', { sessionId: s.session.id, teamIds: [s.teams.dong.id, s.teams.tay.id] });
    expect(invited.added).toBe(7); // Lê Văn Hùng sits in both teams and is listed once
    const again = await t.op('trainings.invite', { sessionId: s.session.id, personIds: [s.people.get('Lê Văn Hùng')!] });
    expect(again).toMatchObject({ added: 0, alreadyInvited: 1 });
    expect(t.count('SELECT count(*) n FROM training_invitee WHERE person_id = ?', s.people.get('Lê Văn Hùng'))).toBe(1);

    const peopleBefore = t.count('SELECT count(*) n FROM person');
    const membershipsBefore = t.count('SELECT count(*) n FROM membership');
    const walkIn = await t.op('trainings.addWalkIn', { sessionId: s.session.id, fullName: 'Hoàng Văn Bình', villageId: s.villages.dong.id });
    await t.op('trainings.addWalkIn', { sessionId: s.session.id, fullName: 'Nguyễn Văn Dũng'.normalize('NFD'), place: 'Xã Hòa Lạc', status: 'late' });
    expect(walkIn.invitee).toMatchObject({ personId: null, source: 'walk_in', villageName: 'Thôn Đông', mark: { status: 'present', markedBy: 'test' } });
    expect(t.count('SELECT count(*) n FROM person')).toBe(peopleBefore); // no person row for a walk-in
    expect(t.count('SELECT count(*) n FROM membership')).toBe(membershipsBefore); // nor a team member
    expect(walkIn.sessionStatus).toBe('held'); // the first mark shows the session took place

    let session = await t.op('trainings.get', { id: s.session.id });
    const names = session.invitees.map((i) => i.fullName);
    expect(names).toContain('Nguyễn Văn Dũng'.normalize('NFC')); // typed decomposed, stored NFC
    expect(names).toHaveLength(9);
    expect([...names].sort(compareVietnameseNames)).toEqual(names);
    const byName = (n: string) => session.invitees.find((i) => i.fullName === n)!;
    const hung = byName('Lê Văn Hùng');
    expect(hung.teams.map((x) => x.teamName).sort()).toEqual(['Tổ công nghệ số cộng đồng thôn Tây', 'Tổ công nghệ số cộng đồng thôn Đông'].sort());
    expect(hung).toMatchObject({ villageName: 'Thôn Đông', source: 'team', sourceName: 'Tổ công nghệ số cộng đồng thôn Đông', mark: null });
    expect(byName('Võ Thị Ơn').teams[0]).toMatchObject({ position: 'to_truong' });

    const mark = (name: string, status: 'present' | 'late' | 'excused' | 'absent', note?: string) => {
      const i = session.invitees.find((x) => x.fullName === name)!;
      return t.op('trainings.mark', { inviteeId: i.id, version: i.version, status, note });
    };
    await mark('Trần Văn An', 'present');
    await mark('Phạm Thị Ánh', 'late', 'Đến lúc 8 giờ 30');
    await mark('Nguyễn Thị Hồng', 'excused', 'Ốm');
    const last = await mark('Bùi Văn Đông', 'absent');
    expect(last.invitee.mark).toMatchObject({ status: 'absent', markedBy: 'test' });
    expect(last.summary).toMatchObject({ invited: 7, present: 1, late: 1, excused: 1, absent: 1, unmarked: 3, walkIns: 2, attended: 4 });

    // A mark read before someone else changed it is refused, and nothing is written.
    const stale = session.invitees.find((x) => x.fullName === 'Trần Văn An')!;
    const before = snapshot(t);
    const refused = await t.core.call('trainings.mark', { inviteeId: stale.id, version: stale.version, status: 'absent' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(snapshot(t)).toEqual(before);

    // Undo sets the mark back to unmarked.
    session = await t.op('trainings.get', { id: s.session.id });
    const an = byName('Trần Văn An');
    const undone = await t.op('trainings.unmark', { inviteeId: an.id, version: an.version });
    expect(undone.invitee.mark).toBeNull();
    expect(undone.summary.present).toBe(0);

    // Bulk: everyone still unmarked (An, Hùng, Ơn, Ước) becomes present; existing marks stay.
    const bulk = await t.op('trainings.markAllPresent', { sessionId: s.session.id });
    expect(bulk.marked).toBe(4);
    const c = bulk.session.summary;
    expect(c).toMatchObject({ invited: 7, present: 4, late: 1, excused: 1, absent: 1, unmarked: 0, walkIns: 2, attended: 7 });
    // rate = (present + late) / (invited − excused) = 5 / 6; walk-ins are not part of it.
    expect(c.rate).toBeCloseTo(5 / 6, 10);
    expect(bulk.session.invitees.find((i) => i.fullName === 'Phạm Thị Ánh')!.mark).toMatchObject({ status: 'late', note: 'Đến lúc 8 giờ 30' });

    const list = await t.op('trainings.list', {});
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: s.session.id, status: 'held', summary: { attended: 7 } });

    const history = await t.op('trainings.personHistory', { personId: s.people.get('Phạm Thị Ánh')! });
    expect(history).toMatchObject({ fullName: 'Phạm Thị Ánh', attendedSessions: 1, attendedDays: 1 });
    expect(history.entries[0]).toMatchObject({ title: s.session.title, mark: { status: 'late' } });
    expect((await t.op('trainings.personHistory', { personId: s.people.get('Nguyễn Thị Hồng')! })).attendedDays).toBe(0);
  });

  it('lists invitees, walk-ins included, in Vietnamese name order', async () => {
    const s = await twoTeams(t);
    await t.op('trainings.invite', { sessionId: s.session.id, teamIds: [s.teams.tay.id, s.teams.dong.id] });
    await t.op('trainings.addWalkIn', { sessionId: s.session.id, fullName: 'Nguyễn Văn Dũng', place: 'Xã Hòa Lạc' });
    await t.op('trainings.addWalkIn', { sessionId: s.session.id, fullName: 'Hoàng Văn Bình', villageId: s.villages.tay.id });
    const session = await t.op('trainings.get', { id: s.session.id });
    expect(session.invitees.map((i) => i.fullName)).toEqual(VIETNAMESE_ORDER);
  });

  it('invites the residents of a village, each person once, and refuses a second walk-in of the same name unless confirmed', async () => {
    const s = await twoTeams(t);
    const r = await t.op('trainings.invite', { sessionId: s.session.id, villageIds: [s.villages.tay.id], teamIds: [s.teams.tay.id] });
    expect(r.added).toBe(5); // 4 members of the Tây team + Đỗ Thị Hạnh, a resident who is no member
    expect(r.session.invitees.find((i) => i.fullName === 'Đỗ Thị Hạnh')).toMatchObject({ source: 'village', sourceName: 'Thôn Tây', teams: [] });

    await t.op('trainings.addWalkIn', { sessionId: s.session.id, fullName: 'Hoàng Văn Bình', place: 'Thôn Tây' });
    const dup = await t.core.call('trainings.addWalkIn', { sessionId: s.session.id, fullName: 'Hoang Van Binh', place: 'Thôn Tây' });
    expect(dup).toMatchObject({ ok: false, error: { code: 'DUPLICATE' } });
    await t.op('trainings.addWalkIn', { sessionId: s.session.id, fullName: 'Hoàng Văn Bình', place: 'Thôn Tây', confirmDuplicate: true });
    expect(t.count("SELECT count(*) n FROM training_invitee WHERE source = 'walk_in'")).toBe(2);
  });

  it('refuses to delete a session once attendance is recorded; cancelling keeps the record', async () => {
    const s = await twoTeams(t);
    const other = await t.op('trainings.create', { title: 'Buổi nhập nhầm', date: '2026-04-01', format: 'online', organiserKind: 'other' });
    await t.op('trainings.invite', { sessionId: other.id, teamIds: [s.teams.dong.id] });
    expect(await t.op('trainings.delete', { id: other.id, version: other.version })).toEqual({ id: other.id });
    expect(t.count('SELECT count(*) n FROM training_invitee WHERE session_id = ?', other.id)).toBe(0);

    const { session } = await t.op('trainings.invite', { sessionId: s.session.id, teamIds: [s.teams.dong.id] });
    const first = session.invitees[0];
    const marked = await t.op('trainings.mark', { inviteeId: first.id, version: first.version, status: 'present' });
    const before = snapshot(t);
    const refused = await t.core.call('trainings.delete', { id: s.session.id, version: marked.sessionVersion });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(!refused.ok && refused.error.message).toMatch(/đã có điểm danh nên không thể xóa.*Đã hủy/u);
    expect(snapshot(t)).toEqual(before);

    const cancelled = await t.op('trainings.setStatus', { id: s.session.id, version: marked.sessionVersion, status: 'cancelled' });
    expect(cancelled).toMatchObject({ status: 'cancelled', hasAttendance: true });
    const second = cancelled.invitees[1];
    const onCancelled = await t.core.call('trainings.mark', { inviteeId: second.id, version: second.version, status: 'present' });
    expect(onCancelled).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    // A cancelled session never counts as a day attended.
    const days = await t.op('trainings.attendanceDays', { from: '2026-01-01', to: '2026-12-31' });
    expect(days.rows).toEqual([]);
  });

  it('refuses a stale session update with CONFLICT and changes nothing', async () => {
    const s = await twoTeams(t);
    const fields = { title: s.session.title, date: '2026-03-16', format: 'in_person' as const, organiserKind: 'commune' as const };
    const updated = await t.op('trainings.update', { ...fields, id: s.session.id, version: s.session.version });
    expect(updated).toMatchObject({ date: '2026-03-16', version: s.session.version + 1, topics: [], trainers: [] });
    const before = snapshot(t);
    const stale = await t.core.call('trainings.update', { ...fields, date: '2026-03-17', id: s.session.id, version: s.session.version });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const staleDelete = await t.core.call('trainings.delete', { id: s.session.id, version: s.session.version });
    expect(staleDelete).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(snapshot(t)).toEqual(before);
  });

  it('audits a correction of a held session with before and after', async () => {
    const s = await twoTeams(t);
    const { session } = await t.op('trainings.invite', { sessionId: s.session.id, teamIds: [s.teams.dong.id] });
    await t.op('trainings.markAllPresent', { sessionId: s.session.id });
    const held = await t.op('trainings.get', { id: session.id });
    expect(held.status).toBe('held');
    await t.op('trainings.update', {
      id: held.id, version: held.version, title: held.title, date: held.date, startTime: '13:30', endTime: '16:30',
      place: 'Nhà văn hóa thôn Đông', format: 'in_person', organiserKind: 'commune', topicIds: held.topics.map((x) => x.id),
    });
    const row = t.core.ctx.db.prepare("SELECT action, before, after FROM audit_log WHERE action = 'trainings.update'").get() as { before: string; after: string };
    const [b, a] = [JSON.parse(row.before), JSON.parse(row.after)];
    expect(b).toMatchObject({ status: 'held', startTime: '08:00', place: 'Hội trường UBND xã Hòa Bình' });
    expect(a).toMatchObject({ status: 'held', startTime: '13:30', place: 'Nhà văn hóa thôn Đông' });
  });

  it('adds a topic to the catalogue once', async () => {
    const topics = await t.op('trainings.topics', {});
    expect(topics.map((x) => x.name)).toEqual(expect.arrayContaining(['Định danh điện tử VNeID', 'Bình dân học vụ số', 'Thương mại điện tử, gian hàng số']));
    expect(topics.filter((x) => x.basicSkill)).toHaveLength(5);
    const added = await t.op('trainings.addTopic', { name: 'Sử dụng ứng dụng Hue-S' });
    expect(added).toMatchObject({ builtin: false, basicSkill: false });
    expect(await t.core.call('trainings.addTopic', { name: 'su dung ung dung HUE-S' })).toMatchObject({ ok: false, error: { code: 'DUPLICATE' } });
  });
});

describe('validation at the boundary', () => {
  const valid = { title: 'Tập huấn VNeID', date: '2026-05-10', format: 'in_person', organiserKind: 'commune' };
  it.each([
    ['trainings.create', { ...valid, title: '  ' }, /Tên buổi tập huấn không được để trống/u],
    ['trainings.create', { ...valid, date: '2026-02-30' }, /Ngày không tồn tại/u],
    ['trainings.create', { ...valid, startTime: '14:00', endTime: '08:00' }, /Giờ kết thúc phải sau giờ bắt đầu/u],
    ['trainings.create', { ...valid, startTime: '25:00' }, /Giờ không hợp lệ/u],
    ['trainings.create', { ...valid, format: 'hybrid' }, /hình thức/u],
    ['trainings.create', { ...valid, trainers: [{}] }, /người hướng dẫn/u],
    ['trainings.invite', { sessionId: 'x' }, /Chọn ít nhất một tổ, thôn hoặc người/u],
    ['trainings.addWalkIn', { sessionId: 'x', fullName: 'Lê Văn Tám' }, /Nhập thôn/u],
    ['trainings.mark', { inviteeId: 'x', version: 1, status: 'maybe' }, /có mặt, đến muộn/u],
    ['trainings.attendanceDays', { from: '2026-12-31', to: '2026-01-01' }, /Ngày kết thúc kỳ/u],
  ] as const)('%s %j → VALIDATION in Vietnamese, nothing written', async (name, input, message) => {
    const s = await twoTeams(t);
    void s;
    const before = snapshot(t);
    const envelope = await t.core.call(name, input);
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) {
      expect(envelope.error.code).toBe('VALIDATION');
      expect(envelope.error.message).toMatch(message);
    }
    expect(snapshot(t)).toEqual(before);
  });

  it('refuses a topic that is not in the catalogue and writes nothing', async () => {
    await twoTeams(t);
    const before = snapshot(t);
    const envelope = await t.core.call('trainings.create', { ...valid, topicIds: ['khong-co'] });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(snapshot(t)).toEqual(before);
  });
});
