import type { Command } from '../index';
import { trainingAllowanceCommand } from './training-allowance';
import { trainingListCommand } from './training-list';
import { trainingSheetCommand } from './training-sheet';

/** The training commands by name, spread into the CLI's registry. */
export const trainingCommands: Record<string, Command> = {
  'training list': trainingListCommand,
  'training sheet': trainingSheetCommand,
  'training allowance': trainingAllowanceCommand,
};
