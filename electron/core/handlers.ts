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
import { teamHandlers } from './teams/handlers';
import { trainingHandlers } from './trainings/handlers';
import { villageHandlers } from './villages/handlers';

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
  // Province consolidation (issue 13)
  ...consolidationHandlers,
};
