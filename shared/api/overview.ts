import { z } from 'zod';
import type { BackgroundRole, VillageKind } from '../domain/vocabulary';
import type { AgeGroupId } from '../overview/age-groups';
import type { DueReport } from './reports';
import { bytes, op, type FileResult } from './define';

/** Where the commune stands today: every number of the Tổng quan screen, computed in SQL. */
export interface Overview {
  today: string;
  totals: { villages: number; teams: number; establishedTeams: number; members: number; people: number };
  /** Active villages per kind: covered by an established team, only by a planned one, or by none. */
  coverage: { kind: VillageKind; villages: number; established: number; planned: number; none: number; pairingIssues: number }[];
  pairingThreshold: number | null;
  /** Teams breaking a rule of the province's profile, each with the rules' messages. */
  ruleBreaches: { teamId: string; teamName: string; messages: string[] }[];
  /** Current members of teams not dissolved, counted once per person. */
  membersByRole: { role: BackgroundRole; count: number }[];
  membersByAge: { group: AgeGroupId | 'unknown'; nam: number; nu: number; other: number }[];
  teamsBelowSize: { teamId: string; teamName: string; members: number; min: number }[];
  /** Sessions held and person-attendances per month, the last 12 months ending this month. */
  trainingsByMonth: { month: string; sessions: number; attended: number; invited: number }[];
  turnout: { invited: number; attended: number };
  /** Current members who never attended a held session. */
  membersNeverTrained: number;
  activity: { period: string; periodLabel: string; rows: { indicatorId: string; name: string; unit: string; result: number; target: number | null }[] };
  reportsDue: DueReport[];
  draftDecisions: { id: string; title: string; updatedAt: string }[];
  consolidation: { teamId: string; teamName: string; changes: number }[];
}

export const overviewOperations = {
  'overview.get': op<Overview>()(z.object({})),
  /** The overview's PNG (drawn by the renderer) on one A4 landscape PDF page. */
  'overview.exportPdf': op<FileResult>()(
    z.object({ png: bytes.refine((b) => b.byteLength <= 20 * 1024 * 1024, 'Ảnh tổng quan quá lớn (tối đa 20 MB).') }),
  ),
};
