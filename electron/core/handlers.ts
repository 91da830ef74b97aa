import { backupHandlers } from './backups/handlers';
import { communeHandlers } from './commune/handlers';
import { legalBasisHandlers } from './commune/legal-bases';
// Province consolidation (issue 13)
import { consolidationHandlers } from './consolidation/handlers';
import { decisionHandlers } from './decisions/handlers';
import { importHandlers } from './imports/members/handlers';
import type { Handlers } from './dispatch';
import { peopleHandlers } from './people/handlers';
import { reportHandlers } from './reports/handlers';
import { ruleHandlers } from './rules/handlers';
import { supportHandlers } from './support/handlers';
import { teamHandlers } from './teams/handlers';
import { trainingHandlers } from './trainings/handlers';
import { trustHandlers } from './trust/handlers';
import { villageHandlers } from './villages/handlers';
// daily
import { overviewHandlers } from './overview/handlers';
import { peopleListHandlers } from './people/list-handlers';
import { teamMemberHandlers } from './teams/add-members';
import { listHandlers } from './lists/handlers';
import { tokenHandlers } from './decisions/token-signing';

/** Every operation of the contract, by capability; the type checker insists none is missing. */
export const handlers: Handlers = {
  ...communeHandlers,
  ...legalBasisHandlers,
  ...villageHandlers,
  ...teamHandlers,
  ...peopleHandlers,
  ...ruleHandlers,
  ...trainingHandlers,
  ...decisionHandlers,
  ...importHandlers,
  ...reportHandlers,
  ...trustHandlers,
  ...backupHandlers,
  // daily
  ...overviewHandlers,
  ...peopleListHandlers,
  ...teamMemberHandlers,
  ...listHandlers,
  ...supportHandlers,
  ...tokenHandlers,
  // Province consolidation (issue 13)
  ...consolidationHandlers,
};
