import { z } from 'zod';
import { keysOf, type TeamPosition } from '../domain/vocabulary';
import { eventDate, id, isoDate, noInput, op, optionalText, requiredText, version, type FileResult } from './define';

export const TRAINING_FORMATS = { in_person: 'Trực tiếp', online: 'Trực tuyến' } as const;
export const TRAINING_STATUSES = { planned: 'Dự kiến', held: 'Đã tổ chức', cancelled: 'Đã hủy' } as const;
export const ORGANISER_KINDS = {
  commune: 'UBND xã/phường',
  province: 'Sở, ngành, UBND tỉnh',
  telecom: 'Doanh nghiệp viễn thông / CNTT',
  mass_org: 'Tổ chức chính trị - xã hội',
  other: 'Đơn vị khác',
} as const;
export const ATTENDANCE_MARKS = { present: 'Có mặt', late: 'Đến muộn', excused: 'Vắng có phép', absent: 'Vắng' } as const;
export const INVITE_SOURCES = { team: 'Theo tổ', village: 'Theo thôn', individual: 'Mời riêng', walk_in: 'Đến tự do' } as const;

export type TrainingStatus = keyof typeof TRAINING_STATUSES;
export type AttendanceMarkCode = keyof typeof ATTENDANCE_MARKS;

export interface TrainingTopic {
  id: string;
  name: string;
  basicSkill: boolean; // one of the five basic digital skills
  builtin: boolean;
}

export interface Trainer {
  personId: string | null;
  name: string; // the person's name, or the outside trainer's
  organisation: string | null;
}

/**
 * Attendance counts. Those invited in advance (teams, villages, individuals) and walk-ins are
 * counted apart, because the rate measures how many of the people expected came:
 *   rate = (invited present + invited late) / (invited − invited excused)
 * An excused absence is not held against the session; an invitee still unmarked counts as not
 * attended. Walk-ins add to `attended` but not to the rate. null when nobody is expected.
 */
export interface AttendanceSummary {
  invited: number;
  present: number;
  late: number;
  excused: number;
  absent: number;
  unmarked: number;
  walkIns: number;
  attended: number; // everyone present or late, walk-ins included
  rate: number | null; // 0..1
}

export function attendanceRate(s: Pick<AttendanceSummary, 'invited' | 'present' | 'late' | 'excused'>): number | null {
  const expected = s.invited - s.excused;
  return expected > 0 ? (s.present + s.late) / expected : null;
}

export interface TrainingSessionRow {
  id: string;
  title: string;
  date: string;
  startTime: string | null;
  endTime: string | null;
  place: string | null;
  format: keyof typeof TRAINING_FORMATS;
  status: TrainingStatus;
  organiserKind: keyof typeof ORGANISER_KINDS;
  organiserName: string | null;
  /** Organised by that unit together with the UBND xã: documents name both issuing bodies. */
  coOrganised: boolean;
  topics: { id: string; name: string }[];
  summary: AttendanceSummary;
  version: number;
}

export interface AttendanceMark {
  status: AttendanceMarkCode;
  note: string | null;
  markedAt: string;
  markedBy: string;
}

export interface TrainingInvitee {
  id: string;
  personId: string | null; // null: a walk-in
  fullName: string;
  villageName: string | null;
  /** Team seats held on the session date. */
  teams: { teamId: string; teamName: string; position: TeamPosition }[];
  jobTitle: string | null;
  source: keyof typeof INVITE_SOURCES;
  sourceName: string | null; // the team or village that brought the person in
  mark: AttendanceMark | null;
  version: number;
}

export interface TrainingSessionDetail extends TrainingSessionRow {
  trainers: Trainer[];
  audience: string | null;
  note: string | null;
  /** Vietnamese name order (given name first); walk-ins among the others. */
  invitees: TrainingInvitee[];
  hasAttendance: boolean;
  updatedAt: string;
}

export interface MarkResult {
  invitee: TrainingInvitee;
  summary: AttendanceSummary;
  sessionStatus: TrainingStatus;
  sessionVersion: number;
}

export interface PersonTrainingHistory {
  personId: string;
  fullName: string;
  entries: {
    sessionId: string;
    title: string;
    date: string;
    sessionStatus: TrainingStatus;
    topics: string[];
    mark: AttendanceMark | null;
  }[];
  attendedSessions: number;
  attendedDays: number; // distinct dates of sessions held or planned, marked present or late
}

export interface AttendanceDaysRow {
  personId: string;
  fullName: string;
  villageName: string | null;
  teams: string[]; // teams the person sat in at any time in the period
  sessions: number;
  days: number; // distinct session dates; two sessions the same day are one day
  dates: string[]; // ISO, ascending
}

export interface AttendanceDays {
  from: string;
  to: string;
  rows: AttendanceDaysRow[];
  totalSessions: number;
  totalDays: number;
}

const time = z
  .string()
  .max(5, 'Giờ không hợp lệ (cần dạng 08:00).')
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/u, 'Giờ không hợp lệ (cần dạng 08:00).')
  .nullish()
  .transform((t) => t ?? null);

const trainer = z
  .object({
    personId: id.nullish().transform((v) => v ?? null),
    name: optionalText('Tên người hướng dẫn', 100),
    organisation: optionalText('Đơn vị của người hướng dẫn', 200),
  })
  .refine((t) => Boolean(t.personId) !== Boolean(t.name), 'Mỗi người hướng dẫn: chọn một người trong danh sách hoặc nhập tên người ngoài.');

const sessionBase = z.object({
  title: requiredText('Tên buổi tập huấn', 300),
  topicIds: z.array(id).max(20, 'Chọn tối đa 20 chủ đề.').default([]),
  date: eventDate,
  startTime: time,
  endTime: time,
  place: optionalText('Địa điểm', 300),
  format: z.enum(keysOf(TRAINING_FORMATS), { error: 'Chọn hình thức: trực tiếp hoặc trực tuyến.' }),
  organiserKind: z.enum(keysOf(ORGANISER_KINDS), { error: 'Chọn đơn vị tổ chức.' }),
  organiserName: optionalText('Tên đơn vị tổ chức', 200),
  coOrganised: z.boolean().default(false),
  trainers: z.array(trainer).max(20, 'Tối đa 20 người hướng dẫn.').default([]),
  audience: optionalText('Thành phần tham dự', 500),
  note: optionalText('Ghi chú', 1000),
});
const endAfterStart = {
  check: (s: { startTime: string | null; endTime: string | null }) => !s.startTime || !s.endTime || s.endTime > s.startTime,
  issue: { path: ['endTime'], message: 'Giờ kết thúc phải sau giờ bắt đầu.' },
};
export const sessionFields = sessionBase.refine(endAfterStart.check, endAfterStart.issue);

const period = z
  .object({ from: isoDate, to: isoDate, membersOnly: z.boolean().default(false) })
  .refine((p) => p.from <= p.to, { path: ['to'], message: 'Ngày kết thúc kỳ phải từ ngày bắt đầu trở đi.' });

const mark = z.enum(keysOf(ATTENDANCE_MARKS), { error: 'Chọn: có mặt, đến muộn, vắng có phép hoặc vắng.' });

export const trainingOperations = {
  'trainings.topics': op<TrainingTopic[]>()(noInput),
  'trainings.addTopic': op<TrainingTopic>()(z.object({ name: requiredText('Tên chủ đề', 150) })),

  /** Newest first; optional date range. */
  'trainings.list': op<TrainingSessionRow[]>()(
    z.object({ from: isoDate.optional(), to: isoDate.optional(), status: z.enum(keysOf(TRAINING_STATUSES)).optional() }),
  ),
  'trainings.get': op<TrainingSessionDetail>()(z.object({ id })),
  'trainings.create': op<TrainingSessionDetail>()(sessionFields),
  /** Also the correction of a session already held: audited with before/after. */
  'trainings.update': op<TrainingSessionDetail>()(
    sessionBase.extend({ id, version }).refine(endAfterStart.check, endAfterStart.issue),
  ),
  'trainings.setStatus': op<TrainingSessionDetail>()(
    z.object({ id, version, status: z.enum(keysOf(TRAINING_STATUSES)) }),
  ),
  /** Refused (CONFLICT) once any attendance is recorded: cancel the session instead. */
  'trainings.delete': op<{ id: string }>()(z.object({ id, version })),

  /** Current members of teams, residents of villages, individuals; each person listed once. */
  'trainings.invite': op<{ added: number; alreadyInvited: number; session: TrainingSessionDetail }>()(
    z
      .object({
        sessionId: id,
        teamIds: z.array(id).max(200).default([]),
        villageIds: z.array(id).max(200).default([]),
        personIds: z.array(id).max(5000).default([]),
      })
      .refine((v) => v.teamIds.length + v.villageIds.length + v.personIds.length > 0, 'Chọn ít nhất một tổ, thôn hoặc người để mời.'),
  ),
  /** Someone not in the register: name and village only; no person or team member is created. */
  'trainings.addWalkIn': op<MarkResult>()(
    z
      .object({
        sessionId: id,
        fullName: requiredText('Họ và tên', 100),
        villageId: id.nullish().transform((v) => v ?? null),
        place: optionalText('Thôn/địa chỉ', 150),
        status: z.enum(['present', 'late']).default('present'),
        note: optionalText('Ghi chú', 300),
        confirmDuplicate: z.boolean().default(false),
      })
      .refine((w) => Boolean(w.villageId) || Boolean(w.place), { path: ['place'], message: 'Nhập thôn hoặc nơi ở của người đến dự.' }),
  ),
  /** Only while unmarked: a recorded attendance is undone first. */
  'trainings.removeInvitee': op<TrainingSessionDetail>()(z.object({ inviteeId: id, version })),

  /** One invitee, one transaction: the keyboard screen calls this per Enter. */
  'trainings.mark': op<MarkResult>()(
    z.object({ inviteeId: id, version, status: mark, note: optionalText('Ghi chú', 300) }),
  ),
  /** Undo: back to unmarked. */
  'trainings.unmark': op<MarkResult>()(z.object({ inviteeId: id, version })),
  /** Marks every still-unmarked invitee present; existing marks are kept. */
  'trainings.markAllPresent': op<{ marked: number; session: TrainingSessionDetail }>()(z.object({ sessionId: id })),

  'trainings.personHistory': op<PersonTrainingHistory>()(z.object({ personId: id })),
  /** Allowance evidence: per person, the days attended (present or late) in the period. */
  'trainings.attendanceDays': op<AttendanceDays>()(period),

  /** Sign-in sheet before the session; with kind "attendance", the same sheet with the marks. */
  'trainings.sheet': op<FileResult>()(
    z.object({
      id,
      kind: z.enum(['sign_in', 'attendance']).default('sign_in'),
      blankRows: z.number().int().min(0).max(50).default(8),
    }),
  ),
  'trainings.allowanceWorkbook': op<FileResult>()(period),
};
