import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { operations, type OperationName } from '../../../shared/api';
import { dispatch } from '../../../electron/core/dispatch';
import { openP12Signer, signPdf } from '../../../electron/core/signing';
import { makeTestCertificates } from '../../helpers/certificates';
import { makeSigningToken, SOFTHSM_MODULE, TOKEN_PIN } from '../../helpers/softhsm';
import { demoCommuneInput, tempCore } from '../../helpers/core';
import { tcvn3Workbook } from '../../helpers/workbooks';

let t: ReturnType<typeof tempCore>;
beforeEach(() => {
  t = tempCore();
});
afterEach(() => t.dispose());

/** A snapshot of every table, to prove a refused change left nothing behind. */
function snapshot() {
  const tables = (t.core.ctx.db.prepare("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((r) => r.name);
  return Object.fromEntries(tables.map((name) => [name, t.core.ctx.db.prepare(`SELECT * FROM "${name}"`).all()]));
}

describe('optimistic concurrency', () => {
  it('refuses a stale village update with CONFLICT and changes nothing', async () => {
    await t.op('commune.save', demoCommuneInput);
    const v = await t.op('villages.create', { name: 'Thôn Đông', kind: 'thon', households: 300 });
    await t.op('villages.update', { id: v.id, version: v.version, name: 'Thôn Đông A', kind: 'thon', households: 310 });
    const before = snapshot();
    const envelope = await t.core.call('villages.update', { id: v.id, version: v.version, name: 'Thôn Đông B', kind: 'thon' });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(!envelope.ok && envelope.error.message).toMatch(/người khác thay đổi/u);
    expect(snapshot()).toEqual(before);
  });

  it('refuses adding a member to a team version someone else changed', async () => {
    await t.op('commune.save', demoCommuneInput);
    const team = await t.op('teams.create', { name: 'Tổ CNSCĐ xã', level: 'commune' });
    await t.op('teams.addMember', { teamId: team.id, teamVersion: team.version, newPerson: { fullName: 'Trần Văn An' }, position: 'to_truong', startDate: '2026-01-05' });
    const before = snapshot();
    const envelope = await t.core.call('teams.addMember', {
      teamId: team.id, teamVersion: team.version, newPerson: { fullName: 'Lê Thị Bình' }, position: 'thanh_vien', startDate: '2026-01-05',
    });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(snapshot()).toEqual(before); // the new person was not created either
  });
});

describe('validation at the boundary', () => {
  it.each([
    ['villages.create', { name: '   ', kind: 'thon' }, /không được để trống/u],
    ['villages.create', { name: 'Thôn 1', kind: 'lang' }, /Chọn loại/u],
    ['villages.create', { name: 'Thôn 1', kind: 'thon', households: -5 }, /không được âm/u],
    ['people.create', { person: { fullName: 'Lê Văn A', phone: '12345' } }, /10 chữ số/u],
    ['people.create', { person: { fullName: 'Lê Văn A', cccd: '0461900001' } }, /12 chữ số/u],
    ['people.create', { person: { fullName: 'Lê Văn A', birthYear: 1990, cccd: '046085000123' } }, /năm sinh 1985/u],
    ['teams.create', { name: 'Tổ', level: 'village', zaloUrl: 'http://example.com' }, /zalo\.me/u],
    ['teams.setStatus', { id: 'x', version: 1, status: 'established', on: '2026-02-30' }, /Ngày không tồn tại/u],
  ] as const)('%s %j → VALIDATION in Vietnamese, nothing written', async (name, input, message) => {
    await t.op('commune.save', demoCommuneInput);
    const before = snapshot();
    const envelope = await t.core.call(name, input);
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) {
      expect(envelope.error.code).toBe('VALIDATION');
      expect(envelope.error.message).toMatch(message);
    }
    expect(snapshot()).toEqual(before);
  });

  it('answers an unknown operation with NOT_FOUND and never throws', async () => {
    const envelope = await dispatch(t.core.handlers, t.core.ctx, '__proto__', {});
    expect(envelope).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('normalises NFD input to NFC before storing', async () => {
    await t.op('commune.save', demoCommuneInput);
    const v = await t.op('villages.create', { name: 'Thôn Đông Hưng'.normalize('NFD'), kind: 'thon' });
    expect(v.name).toBe('Thôn Đông Hưng'.normalize('NFC'));
  });
});

/** Every operation that changes data, with a call that succeeds; reads are listed separately. */
const READS = new Set<OperationName>([
  'commune.get', 'commune.legalBases', 'villages.list', 'teams.list', 'teams.get', 'people.search', 'people.get', 'rules.profiles', 'rules.check',
  'decisions.list', 'decisions.get', 'decisions.nextNumber', 'decisions.exportDocx', 'decisions.exportPdf',
  'decisions.downloadSigned', 'decisions.verify', 'decisions.consolidationNeeds', 'imports.previewMembers',
  'trainings.topics', 'trainings.list', 'trainings.get', 'trainings.personHistory', 'trainings.attendanceDays', 'trainings.sheet', 'trainings.allowanceWorkbook',
  'reports.indicators', 'reports.activityGrid', 'reports.due', 'reports.layouts', 'reports.list', 'reports.nextNumber',
  'people.deletionImpact', 'people.exportData',
  'trust.list',
  // Backups write files beside the database, not records; a restore is audited in the
  // restored database (test/integration/backups/backups.test.ts).
  'backups.list', 'backups.create', 'backups.inspect', 'backups.restore',
  // Province consolidation writes its own workspace file (each import all or nothing,
  // test/integration/consolidation), never the commune's register.
  'consolidation.status', 'consolidation.addCommunes', 'consolidation.addReports', 'consolidation.build',
  'consolidation.overview',
  // daily
  'overview.get', 'overview.exportPdf', 'people.list', 'lists.exportXlsx',
  'support.info', // issue 10: the support screen reads only
  // USB token (issue 15): token.setModule writes this PC's settings file, not the commune's data.
  'token.getModule', 'token.setModule', 'token.list',
]);

describe('audit trail', () => {
  it('writes an audit_log row in the same transaction as every mutation', async () => {
    const audits = () => t.count('SELECT count(*) n FROM audit_log');
    const done = new Set<OperationName>();
    const mutate = async <K extends OperationName>(name: K, input: Parameters<typeof t.op<K>>[1]) => {
      const before = audits();
      const result = await t.op(name, input);
      expect(audits(), `${name} must write to audit_log`).toBeGreaterThan(before);
      const last = t.core.ctx.db.prepare('SELECT action, actor FROM audit_log ORDER BY id DESC LIMIT 1').get();
      expect(last).toMatchObject({ action: name, actor: 'test' });
      done.add(name);
      return result;
    };
    const commune = await mutate('commune.save', demoCommuneInput);
    await mutate('commune.save', { ...demoCommuneInput, chairName: 'Lê Văn Cường', version: commune.version });
    const basis = { key: 'ke_hoach_tinh', number: '115/KH-UBND', date: '2022-06-08', issuer: 'Ủy ban nhân dân tỉnh Quảng Trị', title: 'về việc triển khai Tổ công nghệ số cộng đồng' } as const;
    const [plan] = await mutate('commune.saveLegalBasis', basis);
    await mutate('commune.clearLegalBasis', { key: plan.key, version: plan.version });
    await t.op('commune.saveLegalBasis', basis);
    const a = await mutate('villages.create', { name: 'Thôn A', kind: 'thon' });
    const b = await mutate('villages.create', { name: 'Thôn B', kind: 'thon' });
    const a2 = await mutate('villages.update', { id: a.id, version: a.version, name: 'Thôn A1', kind: 'thon' });
    await mutate('villages.setStatus', { id: b.id, version: b.version, status: 'merged', mergedIntoId: a2.id });
    const person = await mutate('people.create', { person: { fullName: 'Phạm Thị Mai' } });
    await mutate('people.update', { id: person.id, version: person.version, person: { fullName: 'Phạm Thị Mai', phone: '0912345678' } });
    let team = await mutate('teams.create', { name: 'Tổ thôn A', level: 'village', villageIds: [a2.id] });
    team = await mutate('teams.update', { id: team.id, version: team.version, name: 'Tổ thôn A1', level: 'village', villageIds: [a2.id] });
    team = await mutate('teams.addMember', { teamId: team.id, teamVersion: team.version, personId: person.id, position: 'thanh_vien', startDate: '2026-01-05' });
    team = await mutate('teams.changePosition', { membershipId: team.members[0].id, version: team.members[0].version, position: 'to_truong', on: '2026-02-01' });
    team = await mutate('teams.endMembership', { membershipId: team.members[0].id, version: team.members[0].version, on: '2026-03-01' });
    const second = await t.op('people.create', { person: { fullName: 'Đỗ Văn Nam' } });
    team = await mutate('teams.addMembers', { teamId: team.id, teamVersion: team.version, personIds: [second.id], position: 'thanh_vien', startDate: '2026-03-01' });
    await mutate('teams.setStatus', { id: team.id, version: team.version, status: 'established', on: '2026-03-02' });

    const bytes = await tcvn3Workbook();
    await mutate('imports.commitMembers', { fileName: 'ds.xlsx', bytes, target: { teamId: team.id, startDate: '2026-03-03' } });
    const draft = await mutate('decisions.createDraft', { kind: 'kien_toan', teamIds: [team.id] });
    const edited = await mutate('decisions.updateDraft', { ...draft, title: 'Về việc kiện toàn Tổ thôn A1' });
    const issued = await mutate('decisions.issue', { id: edited.id, version: edited.version, number: 1, date: '2026-03-04' });
    const correction = await mutate('decisions.createAmendment', { kind: 'dinh_chinh', amendsId: issued.id });
    await t.op('decisions.deleteDraft', { id: correction.id, version: correction.version });
    const certs = makeTestCertificates();
    try {
      const [ca] = await mutate('trust.add', { fileName: 'ca.cer', file: certs.caCertDer });
      await mutate('decisions.sign', { id: issued.id, p12: certs.p12, password: certs.password });
      // Signing on a USB token is the same signing act, audited as 'decisions.sign' (issue 15).
      const hsm = makeSigningToken(certs, 'Token kiểm tra');
      try {
        const before = audits();
        await t.op('decisions.signWithToken', { id: issued.id, modulePath: SOFTHSM_MODULE, tokenLabel: 'Token kiểm tra', pin: TOKEN_PIN });
        expect(audits()).toBe(before + 1);
        expect(t.core.ctx.db.prepare('SELECT action FROM audit_log ORDER BY id DESC LIMIT 1').get()).toEqual({ action: 'decisions.sign' });
        done.add('decisions.signWithToken');
      } finally {
        hsm.remove();
      }
      const pdf = (await t.op('decisions.exportPdf', { id: issued.id })).bytes;
      const signedElsewhere = await signPdf(pdf, await openP12Signer(certs.p12, certs.password), { signingTime: new Date() });
      await mutate('decisions.importSigned', { id: issued.id, pdf: signedElsewhere });
      await mutate('trust.remove', { id: ca.id });
    } finally {
      certs.remove();
    }
    const current = await t.op('teams.get', { id: team.id });
    const leaving = current.members[0];
    await t.op('teams.endMembership', { membershipId: leaving.id, version: leaving.version, on: '2026-03-05' });
    const consolidation = await mutate('decisions.draftConsolidation', { teamId: team.id });
    await mutate('decisions.deleteDraft', { id: consolidation.id, version: consolidation.version });

    const topic = await mutate('trainings.addTopic', { name: 'Sử dụng ứng dụng Hue-S' });
    const training = await mutate('trainings.create', { title: 'Tập huấn VNeID', topicIds: [topic.id], date: '2026-03-10', format: 'in_person', organiserKind: 'commune' });
    await mutate('trainings.update', { id: training.id, version: training.version, title: 'Tập huấn VNeID mức độ 2', date: '2026-03-10', format: 'in_person', organiserKind: 'commune' });
    const { session: listed } = await mutate('trainings.invite', { sessionId: training.id, personIds: [person.id] });
    const marked = await mutate('trainings.mark', { inviteeId: listed.invitees[0].id, version: listed.invitees[0].version, status: 'late' });
    await mutate('trainings.unmark', { inviteeId: marked.invitee.id, version: marked.invitee.version });
    const walkIn = await mutate('trainings.addWalkIn', { sessionId: training.id, fullName: 'Lê Văn Tám', place: 'Xã Hòa Lạc' });
    const unmarkedWalkIn = await t.op('trainings.unmark', { inviteeId: walkIn.invitee.id, version: walkIn.invitee.version });
    await mutate('trainings.removeInvitee', { inviteeId: unmarkedWalkIn.invitee.id, version: unmarkedWalkIn.invitee.version });
    const { session: held } = await mutate('trainings.markAllPresent', { sessionId: training.id });
    await mutate('trainings.setStatus', { id: held.id, version: held.version, status: 'cancelled' });
    const mistaken = await t.op('trainings.create', { title: 'Nhập nhầm', date: '2026-03-11', format: 'online', organiserKind: 'other' });
    await mutate('trainings.delete', { id: mistaken.id, version: mistaken.version });

    const indicator = await mutate('reports.createIndicator', { name: 'Người dùng ứng dụng Hue-S', unit: 'người' });
    await mutate('reports.updateIndicator', { ...indicator, unit: 'lượt người' });
    await mutate('reports.saveActivity', { period: '2026-03', teamId: team.id, version: 0, values: { [indicator.id]: 5 } });
    await mutate('reports.saveTargets', { period: '2026', version: 0, values: { [indicator.id]: 100 } });
    await mutate('reports.build', { period: '2026-03', number: 1 });
    const erasing = await t.op('people.create', { person: { fullName: 'Đinh Văn Xóa' } });
    await mutate('people.delete', { id: erasing.id, version: erasing.version });

    const mutations = (Object.keys(operations) as OperationName[]).filter((n) => !READS.has(n));
    expect(mutations.filter((n) => !done.has(n)), 'every mutation operation is covered by this test').toEqual([]);
  });

  it('leaves no audit row when the change is refused', async () => {
    await t.op('commune.save', demoCommuneInput);
    const before = t.count('SELECT count(*) n FROM audit_log');
    await t.core.call('villages.create', { name: '', kind: 'thon' });
    await t.op('villages.create', { name: 'Thôn A', kind: 'thon' });
    await t.core.call('villages.create', { name: 'Thôn A', kind: 'thon' }); // duplicate
    expect(t.count('SELECT count(*) n FROM audit_log')).toBe(before + 1);
  });
});
