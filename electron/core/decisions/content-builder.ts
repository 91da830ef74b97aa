import type { Commune } from '../../../shared/api';
import {
  communeIssuingBody, defaultArticles, defaultCanCu, defaultDeNghi, defaultRecipients, defaultTitle,
  type DecisionContent, type DecisionKind, type DecisionTeam, type LegalBasis, type PreviousPart, type TeamDecisionKind,
} from '../../../shared/decisions/content';
import { BACKGROUND_ROLES, COMMUNE_KINDS, TEAM_POSITIONS } from '../../../shared/domain/vocabulary';
import type { Context } from '../context';
import { getTeam } from '../teams/repository';

/** "xã Hòa Bình" — the commune as it reads inside a sentence. */
export function communePhrase(c: Pick<Commune, 'kind' | 'name'>): string {
  return `${COMMUNE_KINDS[c.kind].toLowerCase()} ${c.name}`;
}

/** "tỉnh Quảng Trị"; a name already starting with its kind ("Thành phố Huế") keeps it. */
export function provincePhrase(province: string): string {
  const lower = province.toLocaleLowerCase('vi');
  if (lower.startsWith('tỉnh ') || lower.startsWith('thành phố ')) return lower.slice(0, lower.indexOf(' ')) + province.slice(province.indexOf(' '));
  return `tỉnh ${province}`;
}

/** Villages read in a sentence with their kind in lower case: "Thôn Đông" → "thôn Đông". */
const inSentence = (villageName: string) => villageName.replace(/^(Thôn|Bản|Tổ dân phố|Ấp|Khu phố)\b/u, (k) => k.toLowerCase());

/** The teams as a decision prints them, from the live register (current members). */
export function decisionTeams(ctx: Context, teamIds: string[], kind: DecisionKind): DecisionTeam[] {
  return teamIds.map((teamId) => {
    const team = getTeam(ctx, teamId);
    return {
      name: team.name,
      level: team.level,
      villages: team.villages.map((v) => inSentence(v.name)),
      members:
        kind === 'giai_the'
          ? []
          : team.members.map((m) => ({
              fullName: m.fullName,
              position: m.position,
              positionLabel: TEAM_POSITIONS[m.position],
              workplace: [m.jobTitle, m.organisation].filter(Boolean).join(', ') || BACKGROUND_ROLES[m.backgroundRole],
              phone: m.phone,
              note: null,
            })),
    };
  });
}

/** Editable parts of a new draft, with the current default wording for its kind. */
export function defaultDraftTexts(
  commune: Commune, kind: TeamDecisionKind, teams: DecisionTeam[], previousParts: (PreviousPart | null)[], bases: LegalBasis[],
) {
  const basis = {
    kind, teams, previousParts,
    communeName: communePhrase(commune),
    provinceName: provincePhrase(commune.province),
  };
  return {
    title: defaultTitle(basis),
    canCu: defaultCanCu({ bases }),
    deNghi: defaultDeNghi(),
    articles: defaultArticles(basis),
    recipients: defaultRecipients({ provinceName: basis.provinceName }),
  };
}

export interface DraftFields {
  kind: DecisionKind; number: number | null; year: number; symbol: string; date: string | null;
  authority: 'chair' | 'collective'; signerName: string; signerCapacity: 'chair' | 'vice_chair';
  title: string; canCu: string[]; deNghi: string; articles: DecisionContent['articles']; recipients: string[];
}

/** Everything needed to print: the draft's texts plus commune and teams as they are now. */
export function composeContent(commune: Commune, d: DraftFields, teams: DecisionTeam[]): DecisionContent {
  return {
    kind: d.kind,
    number: d.number,
    year: d.year,
    symbol: d.symbol,
    date: d.date,
    placeName: commune.placeName,
    issuingBody: communeIssuingBody(communePhrase(commune)),
    communeName: communePhrase(commune),
    provinceName: provincePhrase(commune.province),
    authority: d.authority,
    signer: { fullName: d.signerName, capacity: d.signerCapacity },
    title: d.title,
    canCu: d.canCu,
    deNghi: d.deNghi,
    articles: d.articles,
    recipients: d.recipients,
    teams,
  };
}
