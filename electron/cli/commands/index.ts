import type { Command } from '../index';
import { backupCommands } from './backup';
import { apiCommand } from './api';
import {
  decisionDraftCommand, decisionExportCommand, decisionIssueCommand, decisionListCommand, decisionSignCommand, decisionVerifyCommand,
} from './decision';
// Province consolidation (issue 13)
import { consolidateCommands } from './consolidate';
import { doctorCommand } from './doctor-command';
import { importMembersCommand } from './import-members';
import { peopleSearchCommand } from './people-search';
import { peopleDeleteCommand, peopleExportCommand } from './people-privacy';
import { reportCommands } from './report';
import { seedCommand } from './seed';
import { trainingCommands } from './training';
import { trustCommands } from './trust';
import { tokenCommands } from './token';

/** Every CLI command by name; capabilities add theirs here. */
export function registerCommands(): Record<string, Command> {
  return {
    seed: seedCommand,
    doctor: doctorCommand,
    'people search': peopleSearchCommand,
    'people delete': peopleDeleteCommand,
    'people export': peopleExportCommand,
    'decision list': decisionListCommand,
    'decision draft': decisionDraftCommand,
    'decision issue': decisionIssueCommand,
    'decision export': decisionExportCommand,
    'decision sign': decisionSignCommand,
    'decision verify': decisionVerifyCommand,
    'import members': importMembersCommand,
    ...trainingCommands,
    ...reportCommands,
    ...trustCommands,
    ...backupCommands,
    // Issue 8 §6: the whole contract from the command line.
    api: apiCommand,
    ...tokenCommands,
    // Province consolidation (issue 13)
    ...consolidateCommands,
  };
}
