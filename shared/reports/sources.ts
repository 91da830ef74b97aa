/**
 * The data a report can show, as named sources of rows. A layout (layouts/*.ts) picks sources
 * and columns by key; the back end fills the rows. Adding a province form therefore needs a new
 * layout file, not a new writer. Each source also computes its own "Tổng cộng" row, because a
 * total is not always a sum (coverage %, people trained counted once).
 */

/** Teams at the end of the period, by level. */
export interface TeamsByLevelRow {
  label: string; // "Tổ cấp xã"
  established: number; // established and not dissolved at the period's end
  draft: number; // being formed (not yet decided)
  members: number; // current seats in established teams
  leaders: number; // teams with a Tổ trưởng
  avgMembers: number | null;
}

/** Members of established teams by background (thành phần). */
export interface MembersByRoleRow {
  label: string;
  members: number;
  share: number | null; // 0..1
}

/** Village coverage by kind (thôn, tổ dân phố …). */
export interface VillageCoverageRow {
  label: string; // "Thôn"
  villages: number; // active
  covered: number; // with at least one established team
  uncovered: number;
  coverage: number | null; // 0..1
  households: number;
  uncoveredNames: string; // "Tổ dân phố 1, Tổ dân phố 2"
}

/** Training sessions held in the period, by format. */
export interface TrainingTotalsRow {
  label: string; // "Trực tiếp"
  sessions: number;
  attendances: number; // present or late, each session counted
  people: number; // distinct people present or late
  members: number; // of whom team members
}

/** Indicators against targets: in the period, and since the start of the reporting year. */
export interface IndicatorRow {
  label: string;
  unit: string;
  result: number;
  target: number | null;
  rate: number | null; // result / target
  cumulative: number; // from the start of the reporting year to the period's end
  yearTarget: number | null;
  yearRate: number | null;
}

/** One current member of one team (a person in two teams appears twice). */
export interface MemberRow {
  team: string;
  teamLevel: string;
  village: string; // the team's villages, or the person's own for a commune-level team
  fullName: string;
  birthYear: number | null;
  birthDate: Date | null;
  gender: string;
  phone: string;
  role: string; // Thành phần
  position: string; // Chức danh trong Tổ
  organisation: string; // Chức vụ, đơn vị công tác
  startDate: Date | null;
  note: string;
}

/** One training session held in the period. */
export interface TrainingRow {
  date: Date;
  title: string;
  topics: string;
  format: string;
  place: string;
  organiser: string;
  invited: number;
  attended: number;
  walkIns: number;
  rate: number | null;
}

/** One team's activity results; values by indicator id. */
export interface ResultRow {
  team: string;
  village: string;
  members: number;
  values: Record<string, number | null>;
  note: string;
}

export interface SourceRows {
  teamsByLevel: TeamsByLevelRow;
  membersByRole: MembersByRoleRow;
  villageCoverage: VillageCoverageRow;
  trainingTotals: TrainingTotalsRow;
  indicators: IndicatorRow;
  members: MemberRow;
  trainings: TrainingRow;
  results: ResultRow;
}
export type SourceName = keyof SourceRows;

/** Keys a column may name: a field of the row, "stt" (numbered by the writer), or an indicator. */
export type ColumnKey<S extends SourceName> =
  | Exclude<keyof SourceRows[S], 'values'>
  | 'stt'
  | (S extends 'results' ? 'indicators' : never);
