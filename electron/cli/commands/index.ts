import type { Command } from '../index';
import { decisionExportCommand, decisionListCommand, decisionSignCommand, decisionVerifyCommand } from './decision';
import { doctorCommand } from './doctor-command';
import { importMembersCommand } from './import-members';
import { peopleSearchCommand } from './people-search';
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
    'decision list': decisionListCommand,
    'decision export': decisionExportCommand,
    'decision sign': decisionSignCommand,
    'decision verify': decisionVerifyCommand,
    'import members': importMembersCommand,
    ...trainingCommands,
    ...reportCommands,
    ...trustCommands,
    ...tokenCommands,
  };
}
