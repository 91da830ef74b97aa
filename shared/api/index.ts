import type { z } from 'zod';
import { backupOperations } from './backups';
import { communeOperations, legalBasisOperations } from './commune';
// Province consolidation (issue 13)
import { consolidationOperations } from './consolidation';
import { decisionOperations } from './decisions';
import { importOperations } from './imports';
import { peopleOperations } from './people';
import { reportOperations } from './reports';
import { ruleOperations } from './rules';
import { supportOperations } from './support';
import { teamOperations } from './teams';
import { trainingOperations } from './trainings';
import { trustOperations } from './trust';
import { villageOperations } from './villages';
// daily: overview and the people list's paging
import { overviewOperations } from './overview';
import { peopleListOperations } from './people-list';
import { teamMemberOperations } from './team-members';
import { listOperations } from './lists';
import { tokenOperations } from './token';

/**
 * The one contract between renderer and back end: operation name → input schema → result.
 * Both transports (Electron IPC, serve-mode HTTP) are generic over it.
 */
export const operations = {
  ...communeOperations,
  ...legalBasisOperations,
  ...villageOperations,
  ...teamOperations,
  ...peopleOperations,
  ...ruleOperations,
  ...trainingOperations,
  ...decisionOperations,
  ...importOperations,
  ...reportOperations,
  ...trustOperations,
  ...backupOperations,
  // daily
  ...overviewOperations,
  ...peopleListOperations,
  ...teamMemberOperations,
  ...listOperations,
  // Issue 10: the support screen.
  ...supportOperations,
  ...tokenOperations,
  // Province consolidation (issue 13)
  ...consolidationOperations,
};

export type Operations = typeof operations;
export type OperationName = keyof Operations;
/** What a caller passes (before defaults and transforms). */
export type OperationInput<K extends OperationName> = z.input<Operations[K]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInput<K extends OperationName> = z.output<Operations[K]['input']>;
export type OperationResult<K extends OperationName> = Operations[K]['result'];

export function isOperationName(name: string): name is OperationName {
  return Object.prototype.hasOwnProperty.call(operations, name);
}

export * from './define';
export type { BackupCountsView, BackupReasonView, BackupView, BackupsOverview, RestoreResult } from './backups';
export type { Commune } from './commune';
export type { Village } from './villages';
export type { TeamRow, TeamDetail, Membership, TeamHistoryEntry } from './teams';
export type { PersonRow, Person, DuplicateCandidate } from './people';
export type { SupportInfo } from './support';
export type { DecisionRow, DecisionDetail, DecisionFile, ConsolidationNeed, MemberChange, SignatureSummary } from './decisions';
export type { DecisionRef, DecisionStanding, DraftCheck } from './decisions';
export type { PdfVerification } from './decisions';
export type { TrustedCa } from './trust';
// daily
export type { Overview } from './overview';
export type { PeopleFilter, PeopleSortColumn } from './people-list';
export type { TokenCertificate, TokenSummary, TokenList, TokenModuleSetting } from './token';
