#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors';
import { createCore, type Core } from '../core/app';
import { defaultDatabasePath } from '../core/paths';
import { registerCommands } from './commands';

/**
 * Command line for headless work. Every command takes --db FILE (default: the app's own
 * database) and prints Vietnamese text, or JSON with --json.
 */
export interface CommandContext {
  core: Core;
  positionals: string[];
  flags: Record<string, string | boolean | undefined>;
  print(text: string): void;
}
export interface Command {
  usage: string;
  description: string;
  options?: Record<string, { type: 'string' | 'boolean' }>;
  run(c: CommandContext): Promise<number | void> | number | void;
}

const commands = registerCommands();

function help(): string {
  return ['Cách dùng: npm run cli -- <lệnh> [tham số] [--db TỆP]', '', 'Các lệnh:',
    ...Object.values(commands).map((c) => `  ${c.usage.padEnd(48)} ${c.description}`)].join('\n');
}

/** Finds the longest command name the arguments start with ("people search" before "people"). */
function findCommand(args: string[]): [string, Command] | undefined {
  for (let n = Math.min(2, args.length); n > 0; n--) {
    const name = args.slice(0, n).join(' ');
    if (commands[name]) return [name, commands[name]];
  }
  return undefined;
}

export async function main(argv: string[], out: (s: string) => void = console.log): Promise<number> {
  const found = findCommand(argv.filter((a) => !a.startsWith('-')).slice(0, 2));
  if (!found || argv.includes('--help')) {
    out(help());
    return found || argv.includes('--help') || argv.length === 0 ? 0 : 2;
  }
  const [name, command] = found;
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { db: { type: 'string' }, json: { type: 'boolean' }, ...command.options },
  });
  const dbFile = (values.db as string | undefined) ?? defaultDatabasePath();
  // Opened on first use: commands on other files (consolidate's workspace) never touch --db.
  let core: Core | null = null;
  const context: CommandContext = {
    get core() {
      return (core ??= createCore({ dbFile, actor: 'cli' }));
    },
    positionals: positionals.slice(name.split(' ').length), flags: values, print: out,
  };
  try {
    const code = await command.run(context);
    return code ?? 0;
  } catch (error) {
    if (error instanceof AppError) {
      // With --json the refusal is JSON too, so scripts can read which rows failed.
      out(values.json ? JSON.stringify({ error: { code: error.code, message: error.message, details: error.details ?? null } }, null, 2) : `Lỗi: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    (core as Core | null)?.close();
  }
}

const invokedDirectly = process.argv[1] && /electron[\\/]cli[\\/]index\.(ts|js|cjs)$/u.test(process.argv[1]);
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
