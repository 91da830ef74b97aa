import type { Command } from '../index';
// Province consolidation (issue 13)
import { consolidateCommands } from './consolidate';
import { decisionExportCommand, decisionListCommand, decisionSignCommand, decisionVerifyCommand } from './decision';
import { doctorCommand } from './doctor-command';
import { importMembersCommand } from './import-members';
import { peopleSearchCommand } from './people-search';
import { peopleDeleteCommand, peopleExportCommand } from './people-privacy';
import { reportCommands } from './report';
import { seedCommand } from './seed';
import { trainingCommands } from './training';

/** Every CLI command by name; capabilities add theirs here. */
export function registerCommands(): Record<string, Command> {
  return {
    seed: seedCommand,
    doctor: doctorCommand,
    'people search': peopleSearchCommand,
    'people delete': peopleDeleteCommand,
    'people export': peopleExportCommand,
    'decision list': decisionListCommand,
    'decision export': decisionExportCommand,
    'decision sign': decisionSignCommand,
    'decision verify': decisionVerifyCommand,
    'import members': importMembersCommand,
    ...trainingCommands,
    ...reportCommands,
    // Province consolidation (issue 13)
    ...consolidateCommands,
  };
}
