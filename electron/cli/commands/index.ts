import type { Command } from '../index';
import { doctorCommand } from './doctor-command';
import { peopleSearchCommand } from './people-search';
import { seedCommand } from './seed';

/** Every CLI command by name; capabilities add theirs here. */
export function registerCommands(): Record<string, Command> {
  return {
    seed: seedCommand,
    doctor: doctorCommand,
    'people search': peopleSearchCommand,
  };
}
