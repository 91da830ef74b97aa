import type { z } from 'zod';
import { communeOperations, legalBasisOperations } from './commune';
// Province consolidation (issue 13)
import { consolidationOperations } from './consolidation';
import { decisionOperations } from './decisions';
import { importOperations } from './imports';
import { peopleOperations } from './people';
import { reportOperations } from './reports';
import { ruleOperations } from './rules';
import { teamOperations } from './teams';
import { trainingOperations } from './trainings';
import { villageOperations } from './villages';

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
export type { Commune } from './commune';
export type { Village } from './villages';
export type { TeamRow, TeamDetail, Membership, TeamHistoryEntry } from './teams';
export type { PersonRow, Person, DuplicateCandidate } from './people';
export type { DecisionRow, DecisionDetail, DecisionFile, ConsolidationNeed, MemberChange, SignatureSummary } from './decisions';
export type { DecisionRef, DecisionStanding, DraftCheck } from './decisions';
