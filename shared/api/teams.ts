import { z } from 'zod';
import { keysOf, TEAM_LEVELS, TEAM_POSITIONS, TEAM_STATUSES } from '../domain/vocabulary';
import type { RuleWarning } from '../rules/validate';
import { eventDate, id, op, optionalText, requiredText, version } from './define';
import { personFields, type Person } from './people';

export interface TeamRow {
  id: string;
  name: string;
  level: keyof typeof TEAM_LEVELS;
  status: keyof typeof TEAM_STATUSES;
  villages: { id: string; name: string }[];
  memberCount: number;
  leaderName: string | null;
  warningCount: number;
  establishedOn: string | null;
  version: number;
}

export interface Membership {
  id: string;
  personId: string;
  fullName: string;
  position: keyof typeof TEAM_POSITIONS;
  backgroundRole: Person['backgroundRole'];
  organisation: string | null;
  jobTitle: string | null;
  phone: string | null;
  startDate: string;
  endDate: string | null;
  endReason: string | null;
  version: number;
}

export interface TeamHistoryEntry {
  at: string;
  kind: string;
  summary: string; // Vietnamese, ready to show
}

export interface TeamDetail extends TeamRow {
  zaloUrl: string | null;
  note: string | null;
  dissolvedOn: string | null;
  members: Membership[]; // current, in Vietnamese name order within position
  pastMembers: Membership[];
  history: TeamHistoryEntry[];
  warnings: RuleWarning[];
  updatedAt: string;
}

/** A Zalo group link is short; a 100,000-character one was accepted once (issue 12). */
export const ZALO_URL_MAX = 200;

const zaloUrl = z
  .string()
  .max(ZALO_URL_MAX, `Liên kết nhóm Zalo dài quá ${ZALO_URL_MAX} ký tự.`)
  .nullish()
  .transform((s) => (s && s.trim() ? s.trim() : null))
  .refine((s) => s === null || /^https:\/\/zalo\.me\/g\/[\w-]+$/u.test(s), 'Liên kết nhóm Zalo phải có dạng https://zalo.me/g/…');

export const teamFields = z.object({
  name: requiredText('Tên tổ', 150),
  level: z.enum(keysOf(TEAM_LEVELS), { error: 'Chọn cấp của tổ.' }),
  villageIds: z.array(id).max(10).default([]),
  zaloUrl,
  note: optionalText('Ghi chú', 1000),
});

const position = z.enum(keysOf(TEAM_POSITIONS), { error: 'Chọn chức danh trong tổ.' });

export const teamOperations = {
  'teams.list': op<TeamRow[]>()(z.object({ includeDissolved: z.boolean().default(true) })),
  'teams.get': op<TeamDetail>()(z.object({ id })),
  'teams.create': op<TeamDetail>()(teamFields),
  'teams.update': op<TeamDetail>()(teamFields.extend({ id, version })),
  /** draft → established → dissolved (the decision module will drive this later). */
  'teams.setStatus': op<TeamDetail>()(
    z.object({ id, version, status: z.enum(keysOf(TEAM_STATUSES)), on: eventDate }),
  ),
  /** Add an existing person, or create a new one in the same transaction. */
  'teams.addMember': op<TeamDetail>()(
    z
      .object({
        teamId: id,
        teamVersion: version,
        personId: id.optional(),
        newPerson: personFields.optional(),
        confirmDuplicate: z.boolean().default(false),
        position,
        startDate: eventDate,
      })
      .refine((v) => Boolean(v.personId) !== Boolean(v.newPerson), 'Chọn một người có sẵn hoặc nhập người mới.'),
  ),
  'teams.changePosition': op<TeamDetail>()(
    z.object({ membershipId: id, version, position, on: eventDate }),
  ),
  'teams.endMembership': op<TeamDetail>()(
    z.object({ membershipId: id, version, on: eventDate, reason: optionalText('Lý do', 300) }),
  ),
};
