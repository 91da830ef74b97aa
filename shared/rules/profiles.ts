import { z } from 'zod';
import { BACKGROUND_ROLES, keysOf } from '../domain/vocabulary';

/**
 * A province's rules for team composition (DOMAIN.md §2). Each rule names the document it
 * comes from, so a warning can say which rule of which document a team breaks.
 */
const roleKey = z.enum(keysOf(BACKGROUND_ROLES));
const sizeRange = z.object({
  min: z.number().int().min(1).max(50).nullable(),
  max: z.number().int().min(1).max(50).nullable(),
});

export const ruleProfileSchema = z.object({
  id: z.string().max(50),
  name: z.string().max(100),
  /** The document the profile comes from, e.g. "Kế hoạch số 115/KH-UBND của UBND tỉnh Quảng Trị". */
  source: z.string().max(300),
  villageTeamSize: sizeRange.nullable(),
  communeTeamSize: sizeRange.nullable(),
  /** Tổ trưởng must be the head of the village / tổ dân phố (background role truong_thon). */
  leaderIsVillageHead: z.boolean(),
  /** Tổ phó must have this background (Đà Nẵng: youth union secretary). */
  deputyRole: roleKey.nullable(),
  /** Each village-level team needs at least one member of any of these roles. */
  requiredRoles: z.array(z.object({ anyOf: z.array(roleKey).min(1).max(20), label: z.string().max(100) })).max(20),
  /** HCM rule: a tổ dân phố with ≥ threshold households gets its own team, smaller ones pair up. */
  householdPairingThreshold: z.number().int().positive().nullable(),
  /** Every active village should be covered by a team. */
  fullCoverage: z.boolean(),
});
export type RuleProfile = z.infer<typeof ruleProfileSchema>;

export const customRuleProfileSchema = ruleProfileSchema.extend({
  id: z.literal('custom'),
  name: z.string().min(1, 'Đặt tên cho bộ quy định.').max(100),
  source: z.string().min(1, 'Ghi văn bản làm căn cứ của quy định.').max(300),
});

const CV793 = 'Công văn số 793/BTTTT-THH ngày 05/3/2022 của Bộ Thông tin và Truyền thông';

export const RULE_PROFILES: RuleProfile[] = [
  {
    id: 'national-793',
    name: 'Hướng dẫn chung của Bộ TT&TT (Công văn 793)',
    source: CV793,
    villageTeamSize: { min: 3, max: null }, // trưởng thôn + 2 người
    communeTeamSize: null,
    leaderIsVillageHead: true,
    deputyRole: null,
    requiredRoles: [],
    householdPairingThreshold: null,
    fullCoverage: true,
  },
  {
    id: 'thua-thien-hue',
    name: 'Thừa Thiên Huế (Huế)',
    source: 'Công văn số 3293/UBND-CN của UBND tỉnh Thừa Thiên Huế',
    villageTeamSize: { min: 3, max: null },
    communeTeamSize: null,
    leaderIsVillageHead: false,
    deputyRole: null,
    requiredRoles: [],
    householdPairingThreshold: null,
    fullCoverage: true, // mỗi thôn, tổ dân phố một tổ
  },
  {
    id: 'quang-tri',
    name: 'Quảng Trị (Kế hoạch 115/KH-UBND)',
    source: 'Kế hoạch số 115/KH-UBND của UBND tỉnh Quảng Trị',
    villageTeamSize: { min: 5, max: 8 },
    communeTeamSize: { min: 5, max: 5 },
    leaderIsVillageHead: false,
    deputyRole: null,
    requiredRoles: [{ anyOf: ['doan_thanh_nien'], label: 'Đoàn thanh niên (lực lượng nòng cốt)' }],
    householdPairingThreshold: null,
    fullCoverage: true,
  },
  {
    id: 'hung-yen',
    name: 'Hưng Yên',
    source: 'Hướng dẫn triển khai Tổ công nghệ số cộng đồng của UBND tỉnh Hưng Yên',
    villageTeamSize: { min: 4, max: 6 },
    communeTeamSize: null,
    leaderIsVillageHead: false,
    deputyRole: null,
    requiredRoles: [{ anyOf: ['doan_thanh_nien'], label: 'Đoàn viên thanh niên' }],
    householdPairingThreshold: null,
    fullCoverage: true, // 100% thôn, tổ dân phố
  },
  {
    id: 'ho-chi-minh',
    name: 'TP. Hồ Chí Minh (Thủ Đức, Công văn 4787/UBND-KHCN)',
    source: 'Công văn số 4787/UBND-KHCN ngày 03/8/2022 của UBND thành phố Thủ Đức (theo Công văn số 2350/UBND-KT ngày 12/7/2022 của UBND TP.HCM)',
    villageTeamSize: { min: 2, max: null },
    communeTeamSize: null,
    leaderIsVillageHead: true,
    deputyRole: null,
    requiredRoles: [
      {
        anyOf: ['doan_thanh_nien', 'phu_nu', 'nong_dan', 'cuu_chien_binh', 'mat_tran'],
        label: 'thành viên chi hội đoàn thể (ưu tiên Đoàn thanh niên)',
      },
    ],
    householdPairingThreshold: 450,
    fullCoverage: true,
  },
  {
    id: 'tuyen-quang',
    name: 'Tuyên Quang',
    source: 'Kế hoạch triển khai Tổ công nghệ số cộng đồng của UBND tỉnh Tuyên Quang',
    villageTeamSize: { min: null, max: 5 },
    communeTeamSize: { min: null, max: 10 },
    leaderIsVillageHead: false,
    deputyRole: null,
    requiredRoles: [],
    householdPairingThreshold: null,
    fullCoverage: true,
  },
  {
    id: 'da-nang',
    name: 'Đà Nẵng (2025)',
    source: 'Hướng dẫn của UBND thành phố Đà Nẵng về Tổ công nghệ số cộng đồng (2025)',
    villageTeamSize: { min: 7, max: null },
    communeTeamSize: null,
    leaderIsVillageHead: true,
    deputyRole: 'doan_thanh_nien',
    requiredRoles: [],
    householdPairingThreshold: null,
    fullCoverage: true,
  },
];

export const DEFAULT_PROFILE_ID = 'national-793';

/** The profile in force: a preset by id, or the commune's own custom profile. */
export function resolveProfile(profileId: string, custom: RuleProfile | null): RuleProfile {
  if (profileId === 'custom' && custom) return custom;
  return RULE_PROFILES.find((p) => p.id === profileId) ?? RULE_PROFILES[0];
}
