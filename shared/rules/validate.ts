import { BACKGROUND_ROLES, type BackgroundRole, type TeamLevel, type TeamPosition, type TeamStatus, type VillageKind } from '../domain/vocabulary';
import type { RuleProfile } from './profiles';

/**
 * Checks teams against the province's rule profile. Violations are warnings, never blocks:
 * the chair decides (DOMAIN.md §2). Every warning names the rule and the document it comes from.
 */
export interface RuleWarning {
  code:
    | 'too_few_members' | 'too_many_members' | 'no_leader' | 'several_leaders'
    | 'leader_not_village_head' | 'deputy_role' | 'missing_role' | 'no_village'
    | 'pairing_small_alone' | 'pairing_large_shared' | 'village_without_team' | 'village_several_teams';
  teamId: string | null;
  villageId: string | null;
  message: string;
  source: string;
}

export interface TeamForCheck {
  id: string;
  name: string;
  level: TeamLevel;
  status: TeamStatus;
  villageIds: string[];
  members: { fullName: string; position: TeamPosition; backgroundRole: BackgroundRole }[];
}

export interface VillageForCheck {
  id: string;
  name: string;
  kind: VillageKind;
  households: number | null;
  active: boolean;
}

const roleLabel = (role: BackgroundRole) => BACKGROUND_ROLES[role];

export function checkTeam(
  team: TeamForCheck,
  villages: Map<string, VillageForCheck>,
  profile: RuleProfile,
): RuleWarning[] {
  if (team.status === 'dissolved') return [];
  const warnings: RuleWarning[] = [];
  const warn = (code: RuleWarning['code'], message: string, villageId: string | null = null) =>
    warnings.push({ code, teamId: team.id, villageId, message, source: profile.source });

  const size = team.level === 'village' ? profile.villageTeamSize : profile.communeTeamSize;
  const levelName = team.level === 'village' ? 'tổ cấp thôn' : 'tổ cấp xã';
  const n = team.members.length;
  if (size?.min && n < size.min) {
    warn('too_few_members', `Tổ có ${n} thành viên, ít hơn mức tối thiểu ${size.min} thành viên của ${levelName}.`);
  }
  if (size?.max && n > size.max) {
    warn('too_many_members', `Tổ có ${n} thành viên, vượt mức tối đa ${size.max} thành viên của ${levelName}.`);
  }

  const leaders = team.members.filter((m) => m.position === 'to_truong');
  if (leaders.length === 0) warn('no_leader', 'Tổ chưa có Tổ trưởng.');
  if (leaders.length > 1) {
    warn('several_leaders', `Tổ có ${leaders.length} Tổ trưởng (${leaders.map((l) => l.fullName).join(', ')}); mỗi tổ chỉ một Tổ trưởng.`);
  }
  if (team.level === 'village' && profile.leaderIsVillageHead) {
    for (const leader of leaders.filter((l) => l.backgroundRole !== 'truong_thon')) {
      warn('leader_not_village_head', `Tổ trưởng ${leader.fullName} không phải Trưởng thôn / Tổ trưởng tổ dân phố.`);
    }
  }
  if (team.level === 'village' && profile.deputyRole) {
    const deputies = team.members.filter((m) => m.position === 'to_pho');
    if (!deputies.some((d) => d.backgroundRole === profile.deputyRole)) {
      warn('deputy_role', `Tổ phó phải là người thuộc thành phần: ${roleLabel(profile.deputyRole)}.`);
    }
  }
  if (team.level === 'village') {
    for (const rule of profile.requiredRoles) {
      if (!team.members.some((m) => rule.anyOf.includes(m.backgroundRole))) {
        warn('missing_role', `Tổ chưa có thành viên là ${rule.label}.`);
      }
    }
    if (team.villageIds.length === 0) warn('no_village', 'Tổ cấp thôn chưa gắn với thôn/tổ dân phố nào.');
    warnings.push(...checkHouseholdPairing(team, villages, profile));
  }
  return warnings;
}

function checkHouseholdPairing(
  team: TeamForCheck,
  villages: Map<string, VillageForCheck>,
  profile: RuleProfile,
): RuleWarning[] {
  const threshold = profile.householdPairingThreshold;
  if (!threshold) return [];
  const covered = team.villageIds.map((id) => villages.get(id)).filter((v) => v?.kind === 'to_dan_pho') as VillageForCheck[];
  const warnings: RuleWarning[] = [];
  if (covered.length === 1) {
    const [v] = covered;
    if (v.households !== null && v.households < threshold) {
      warnings.push({
        code: 'pairing_small_alone', teamId: team.id, villageId: v.id, source: profile.source,
        message: `${v.name} có ${v.households} hộ (dưới ${threshold} hộ): nên ghép với một tổ dân phố khác thành một tổ.`,
      });
    }
  }
  if (covered.length > 1) {
    for (const v of covered.filter((c) => (c.households ?? 0) >= threshold)) {
      warnings.push({
        code: 'pairing_large_shared', teamId: team.id, villageId: v.id, source: profile.source,
        message: `${v.name} có ${v.households} hộ (từ ${threshold} hộ trở lên): phải có tổ riêng, không ghép.`,
      });
    }
  }
  return warnings;
}

/** Commune-wide checks: villages with no team, villages covered by more than one team. */
export function checkCoverage(
  teams: TeamForCheck[],
  villages: VillageForCheck[],
  profile: RuleProfile,
): RuleWarning[] {
  const activeTeams = teams.filter((t) => t.status !== 'dissolved' && t.level === 'village');
  const warnings: RuleWarning[] = [];
  for (const village of villages.filter((v) => v.active)) {
    const covering = activeTeams.filter((t) => t.villageIds.includes(village.id));
    if (covering.length === 0 && profile.fullCoverage) {
      warnings.push({
        code: 'village_without_team', teamId: null, villageId: village.id, source: profile.source,
        message: `${village.name} chưa có Tổ công nghệ số cộng đồng.`,
      });
    }
    if (covering.length > 1) {
      warnings.push({
        code: 'village_several_teams', teamId: null, villageId: village.id, source: CV793_SOURCE,
        message: `${village.name} thuộc ${covering.length} tổ (${covering.map((t) => t.name).join(', ')}); mỗi thôn, tổ dân phố chỉ một tổ.`,
      });
    }
  }
  return warnings;
}

const CV793_SOURCE = 'Công văn số 793/BTTTT-THH ngày 05/3/2022 của Bộ Thông tin và Truyền thông';

export function checkAll(
  teams: TeamForCheck[],
  villages: VillageForCheck[],
  profile: RuleProfile,
): RuleWarning[] {
  const byId = new Map(villages.map((v) => [v.id, v]));
  return [...teams.flatMap((t) => checkTeam(t, byId, profile)), ...checkCoverage(teams, villages, profile)];
}
