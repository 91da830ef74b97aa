import type { OperationInput, OperationName, OperationResult } from '../../../shared/api';
import type { AttendanceMarkCode, TrainingSessionDetail } from '../../../shared/api/trainings';
import type { Core } from '../app';
import { call } from '../dispatch';

/**
 * The demo commune's training record: two past sessions with every kind of mark (present, late,
 * excused, absent) and walk-ins, and one upcoming session with its invitations. Everything goes
 * through the operations, as the UI would. Runs once: a commune with sessions is left alone.
 */
export async function seedDemoTrainings(core: Core): Promise<void> {
  const op = <K extends OperationName>(name: K, input: OperationInput<K>): Promise<OperationResult<K>> =>
    call(core.handlers, core.ctx, name, input);
  if ((await op('trainings.list', {})).length > 0) return;
  const teams = await op('teams.list', { includeDissolved: false });
  const villages = await op('villages.list', {});
  const team = (village: string) => teams.find((t) => t.villages.some((v) => v.name === village))!.id;
  const village = (name: string) => villages.find((v) => v.name === name)!.id;
  const person = async (fullName: string) => (await op('people.search', { query: fullName, limit: 1 })).rows[0].id;

  /** Marks by position in the list (Vietnamese name order); everyone else is present. */
  const markAll = async (session: TrainingSessionDetail, marks: Record<number, [AttendanceMarkCode, string?]>) => {
    for (const [n, invitee] of session.invitees.entries()) {
      const [status, note] = marks[n] ?? ['present'];
      await op('trainings.mark', { inviteeId: invitee.id, version: invitee.version, status, note });
    }
  };

  const basics = await op('trainings.create', {
    title: 'Tập huấn kỹ năng số cơ bản cho thành viên Tổ công nghệ số cộng đồng',
    topicIds: ['ky-nang-dich-vu-cong', 'ky-nang-mua-sam', 'ky-nang-thanh-toan', 'ky-nang-tu-bao-ve', 'ky-nang-nen-tang-so'],
    date: '2026-03-17', startTime: '08:00', endTime: '11:30', place: 'Hội trường UBND xã Hòa Bình', format: 'in_person',
    organiserKind: 'commune', organiserName: 'UBND xã Hòa Bình',
    trainers: [
      { personId: await person('Đặng Minh Khoa') },
      { name: 'Nguyễn Thanh Tùng', organisation: 'Sở Khoa học và Công nghệ tỉnh Quảng Trị' },
    ],
    audience: 'Thành viên các Tổ công nghệ số cộng đồng trên địa bàn xã',
  });
  const established = teams.filter((t) => t.status === 'established').map((t) => t.id);
  const invited = await op('trainings.invite', { sessionId: basics.id, teamIds: established });
  await markAll(invited.session, {
    2: ['late', 'Đến lúc 8 giờ 20'], 11: ['late'], 19: ['late'],
    6: ['excused', 'Ốm, có giấy xin phép'], 23: ['excused', 'Đi công tác'],
    9: ['absent'], 27: ['absent', 'Không liên lạc được'],
  });
  await op('trainings.addWalkIn', { sessionId: basics.id, fullName: 'Hồ Thị Mỹ Lệ', villageId: village('Thôn Nam'), note: 'Chi hội phụ nữ thôn Nam' });
  await op('trainings.addWalkIn', { sessionId: basics.id, fullName: 'Trương Văn Sáu', place: 'Xã Hòa Lạc', status: 'late' });

  const vneid = await op('trainings.create', {
    title: 'Hướng dẫn kích hoạt định danh điện tử VNeID mức độ 2 và nộp hồ sơ dịch vụ công trực tuyến',
    topicIds: ['vneid', 'ky-nang-dich-vu-cong'],
    date: '2026-08-20', startTime: '14:00', endTime: '16:30', place: 'Nhà văn hóa thôn Đông', format: 'in_person',
    organiserKind: 'commune', organiserName: 'UBND xã Hòa Bình phối hợp Công an xã',
    trainers: [{ personId: await person('Phạm Văn Đức') }],
    audience: 'Tổ công nghệ số cộng đồng và người dân thôn Đông, thôn Tây',
  });
  const listed = await op('trainings.invite', {
    sessionId: vneid.id, teamIds: [team('Thôn Đông'), team('Thôn Tây')], villageIds: [village('Thôn Đông'), village('Thôn Tây')],
  });
  await markAll(listed.session, { 1: ['late'], 4: ['excused', 'Đưa con đi khám bệnh'], 7: ['absent'] });
  await op('trainings.addWalkIn', { sessionId: vneid.id, fullName: 'Nguyễn Văn Tư', villageId: village('Thôn Tây'), note: 'Cần hỗ trợ kích hoạt VNeID' });

  const upcoming = await op('trainings.create', {
    title: 'Bình dân học vụ số: an toàn thông tin và phòng, chống lừa đảo trên không gian mạng',
    topicIds: ['binh-dan-hoc-vu-so', 'an-toan-thong-tin', 'ky-nang-tu-bao-ve'],
    date: '2026-12-10', startTime: '08:00', endTime: '11:00', place: 'Nhà văn hóa thôn Bắc', format: 'in_person',
    organiserKind: 'telecom', organiserName: 'Viettel Quảng Trị',
    trainers: [{ name: 'Hoàng Đức Long', organisation: 'Viettel Quảng Trị' }, { personId: await person('Lê Quang Huy') }],
    audience: 'Tổ công nghệ số cộng đồng thôn Bắc, thôn Trung và đoàn viên thanh niên',
  });
  await op('trainings.invite', { sessionId: upcoming.id, teamIds: [team('Thôn Bắc'), team('Thôn Trung')] });
}
