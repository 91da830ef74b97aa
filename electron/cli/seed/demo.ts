import type { Core } from '../../core/app';
import { call } from '../../core/dispatch';
import { seedDemoActivity } from '../../core/reports/demo-activity';
import { seedDemoTrainings } from '../../core/trainings/demo-seed';
import type { OperationInput, OperationName, OperationResult, TeamDetail } from '../../../shared/api';
import type { BackgroundRole, TeamPosition } from '../../../shared/domain/vocabulary';
import { prng, randomPerson, randomPhone } from './names';

/**
 * The demo commune a new user explores: villages of every status, established village teams
 * and a commune team, one team breaking the province's rules, a draft team, a village with no
 * team, one person in two teams and a member who left. Everything goes through the same
 * operations (validation, audit) as the UI.
 */
interface SeedMember { fullName?: string; role: BackgroundRole; position?: TeamPosition; organisation?: string; jobTitle?: string }
interface SeedTeam { village: string | null; name: string; status: 'established' | 'draft'; members: SeedMember[] }

const VILLAGES = [
  { name: 'Thôn Đông', kind: 'thon', households: 320, population: 1180 },
  { name: 'Thôn Tây', kind: 'thon', households: 285, population: 1034 },
  { name: 'Thôn Nam', kind: 'thon', households: 198, population: 742 },
  { name: 'Thôn Bắc', kind: 'thon', households: 356, population: 1310 },
  { name: 'Thôn Trung', kind: 'thon', households: 412, population: 1525 },
  { name: 'Thôn Hạ', kind: 'thon', households: 140, population: 498 },
  { name: 'Tổ dân phố 1', kind: 'to_dan_pho', households: 465, population: 1620 },
  { name: 'Tổ dân phố 2', kind: 'to_dan_pho', households: 380, population: 1302 },
] as const;

const head = (fullName?: string): SeedMember => ({ fullName, role: 'truong_thon', position: 'to_truong', jobTitle: 'Trưởng thôn' });
const youth = (fullName?: string): SeedMember => ({ fullName, role: 'doan_thanh_nien', position: 'to_pho', jobTitle: 'Bí thư chi đoàn' });
const m = (role: BackgroundRole, fullName?: string, organisation?: string): SeedMember => ({ fullName, role, organisation });

const TEAMS: SeedTeam[] = [
  {
    village: null, name: 'Tổ công nghệ số cộng đồng xã Hòa Bình', status: 'established',
    members: [
      { fullName: 'Trần Thị Bích', role: 'can_bo_xa', position: 'to_truong', organisation: 'UBND xã Hòa Bình', jobTitle: 'Phó Chủ tịch UBND xã' },
      { fullName: 'Lê Quang Huy', role: 'doan_thanh_nien', position: 'to_pho', organisation: 'Đoàn xã Hòa Bình', jobTitle: 'Bí thư Đoàn xã' },
      { fullName: 'Phạm Văn Đức', role: 'cong_an', organisation: 'Công an xã Hòa Bình', jobTitle: 'Phó Trưởng Công an xã' },
      { fullName: 'Võ Thị Thu Hà', role: 'y_te', organisation: 'Trạm Y tế xã Hòa Bình', jobTitle: 'Y sĩ' },
      { fullName: 'Đặng Minh Khoa', role: 'vien_thong', organisation: 'Viettel Quảng Trị', jobTitle: 'Nhân viên kỹ thuật' },
    ],
  },
  { village: 'Thôn Đông', name: 'Tổ công nghệ số cộng đồng thôn Đông', status: 'established', members: [head('Lê Văn Hùng'), youth(), m('giao_vien', 'Nguyễn Thị Lan', 'Trường Tiểu học Hòa Bình'), m('phu_nu'), m('nguoi_dan'), m('cuu_chien_binh')] },
  { village: 'Thôn Tây', name: 'Tổ công nghệ số cộng đồng thôn Tây', status: 'established', members: [head(), youth('Nguyễn Thị Hồng'), m('y_te'), m('nong_dan'), m('nguoi_dan')] },
  { village: 'Thôn Nam', name: 'Tổ công nghệ số cộng đồng thôn Nam', status: 'established', members: [head(), m('phu_nu'), m('nguoi_dan'), m('cong_an')] },
  { village: 'Thôn Bắc', name: 'Tổ công nghệ số cộng đồng thôn Bắc', status: 'established', members: [head(), youth(), m('giao_vien'), m('mat_tran'), m('nguoi_dan'), m('nguoi_dan'), m('vien_thong', 'Đặng Minh Khoa', 'Viettel Quảng Trị')] },
  { village: 'Thôn Trung', name: 'Tổ công nghệ số cộng đồng thôn Trung', status: 'established', members: [head(), youth(), m('bi_thu_chi_bo'), m('phu_nu'), m('nguoi_dan')] },
  { village: 'Tổ dân phố 1', name: 'Tổ công nghệ số cộng đồng tổ dân phố 1', status: 'draft', members: [head(), youth(), m('nguoi_dan')] },
];

export const DEMO_ESTABLISHED_ON = '2026-01-05';

/**
 * The province's plan is the real one the Quảng Trị rule profile cites (shared/rules/profiles.ts):
 * Kế hoạch số 115/KH-UBND ngày 08/6/2022 of UBND tỉnh Quảng Trị. The Standing Committee
 * resolution and the province's rules are invented for this fictional commune, in the form such
 * documents take; a real commune enters its own on the commune page.
 */
export const DEMO_LEGAL_BASES = [
  {
    key: 'sap_xep_don_vi', number: '1680/NQ-UBTVQH15', date: '2025-06-16', issuer: 'Ủy ban Thường vụ Quốc hội',
    title: 'về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Quảng Trị năm 2025',
  },
  {
    key: 'ke_hoach_tinh', number: '115/KH-UBND', date: '2022-06-08', issuer: 'Ủy ban nhân dân tỉnh Quảng Trị',
    title: 'về việc triển khai Tổ công nghệ số cộng đồng trên địa bàn tỉnh Quảng Trị',
  },
  {
    key: 'quy_dinh_tinh', number: '25/2025/QĐ-UBND', date: '2025-09-22', issuer: 'Ủy ban nhân dân tỉnh Quảng Trị',
    title: 'ban hành Quy định về tổ chức và hoạt động của Tổ công nghệ số cộng đồng trên địa bàn tỉnh Quảng Trị',
  },
] as const;

export async function seedDemo(core: Core): Promise<void> {
  const op = <K extends OperationName>(name: K, input: OperationInput<K>): Promise<OperationResult<K>> =>
    call(core.handlers, core.ctx, name, input);
  if (await op('commune.get', {})) return; // never touch a commune that already has data
  const rand = prng(2026);

  await op('commune.save', {
    province: 'Quảng Trị', name: 'Hòa Bình', kind: 'xa', placeName: 'Hòa Bình',
    chairName: 'Nguyễn Văn Ánh', viceChairs: ['Trần Thị Bích'], ruleProfileId: 'quang-tri',
  });
  // The căn cứ every decision cites, kept once (issue 8 §1). See DEMO_LEGAL_BASES.
  for (const basis of DEMO_LEGAL_BASES) await op('commune.saveLegalBasis', basis);
  const villageIds = new Map<string, string>();
  for (const v of VILLAGES) villageIds.set(v.name, (await op('villages.create', { ...v })).id);
  const ha = (await op('villages.list', {})).find((v) => v.name === 'Thôn Hạ')!;
  await op('villages.setStatus', { id: ha.id, version: ha.version, status: 'merged', mergedIntoId: villageIds.get('Thôn Trung') });

  const people = new Map<string, string>(); // one person may sit in several teams
  const teamIds = new Map<string, { id: string; established: boolean }>();
  for (const spec of TEAMS) {
    const villageId = spec.village ? villageIds.get(spec.village)! : null;
    let team: TeamDetail = await op('teams.create', {
      name: spec.name, level: villageId ? 'village' : 'commune', villageIds: villageId ? [villageId] : [],
    });
    for (const member of spec.members) {
      const generated = member.fullName ? null : randomPerson(rand);
      const fullName = member.fullName ?? generated!.fullName;
      // "Thị" is the usual female middle name; \b would not work: it is ASCII-only.
      const gender = generated?.gender ?? (fullName.split(' ').includes('Thị') ? 'nu' : 'nam');
      const existing = people.get(fullName);
      team = await op('teams.addMember', {
        teamId: team.id, teamVersion: team.version, position: member.position ?? 'thanh_vien', startDate: DEMO_ESTABLISHED_ON,
        ...(existing
          ? { personId: existing }
          : {
              newPerson: {
                fullName, backgroundRole: member.role, phone: randomPhone(rand), birthYear: 1965 + Math.floor(rand() * 40),
                gender, villageId, organisation: member.organisation ?? null,
                jobTitle: member.jobTitle ?? null,
              },
            }),
      });
      people.set(fullName, team.members.find((x) => x.fullName === fullName)!.personId);
    }
    teamIds.set(spec.name, { id: team.id, established: spec.status === 'established' });
  }
  await seedDemoDecisions(op, teamIds);
  await seedDemoTrainings(core);
  await seedDemoActivity(core);
}

type Op = <K extends OperationName>(name: K, input: OperationInput<K>) => Promise<OperationResult<K>>;

/**
 * Decisions as a commune would have them: one issued decision establishing the teams in
 * January, a member who left in June (so that team "cần kiện toàn"), and a draft decision
 * for the tổ dân phố team still being formed.
 */
async function seedDemoDecisions(op: Op, teams: Map<string, { id: string; established: boolean }>): Promise<void> {
  const established = [...teams.values()].filter((t) => t.established).map((t) => t.id);
  const draft = await op('decisions.createDraft', { kind: 'thanh_lap', teamIds: established });
  await op('decisions.issue', { id: draft.id, version: draft.version, number: 5, date: DEMO_ESTABLISHED_ON });

  const dong = await op('teams.get', { id: teams.get('Tổ công nghệ số cộng đồng thôn Đông')!.id });
  const leaving = dong.members.find((x) => x.backgroundRole === 'cuu_chien_binh')!;
  await op('teams.endMembership', { membershipId: leaving.id, version: leaving.version, on: '2026-06-30', reason: 'Chuyển nơi cư trú' });

  const pending = [...teams.values()].filter((t) => !t.established).map((t) => t.id);
  await op('decisions.createDraft', { kind: 'thanh_lap', teamIds: pending });
}
