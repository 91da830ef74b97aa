#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors';
import { createCore, type Core } from '../core/app';
import { describeStorageError } from '../core/db/errors';
import { defaultDatabasePath } from '../core/paths';
import { registerCommands } from './commands';

/**
 * Command line for headless work. Every command takes --db FILE (default: the app's own
 * database) and prints Vietnamese text, or JSON with --json.
 */
export interface CommandContext {
  /** Opened on first use (so `decision verify` or `backup list` never touch the database). */
  readonly core: Core;
  /** The --db file (or the default), as given. */
  dbFile: string;
  positionals: string[];
  flags: Record<string, string | boolean | undefined>;
  print(text: string): void;
}
export interface Command {
  usage: string;
  description: string;
  options?: Record<string, { type: 'string' | 'boolean' }>;
  /** `seed` makes a new database file; every other command needs an existing one unless --create. */
  createsDatabase?: boolean;
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
  let core = null as Core | null;
  let json = argv.includes('--json');
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { db: { type: 'string' }, json: { type: 'boolean' }, create: { type: 'boolean' }, ...command.options },
    });
    json = Boolean(values.json);
    const dbFile = (values.db as string | undefined) ?? defaultDatabasePath();
    const context: CommandContext = {
      get core() {
        core ??= createCore({ dbFile, actor: 'cli', create: Boolean(values.create) || command.createsDatabase, processKind: 'cli', processDetail: name });
        return core;
      },
      dbFile,
      positionals: positionals.slice(name.split(' ').length),
      flags: values,
      print: out,
    };
    const code = await command.run(context);
    return code ?? 0;
  } catch (error) {
    // No stack trace at the top level (issue 14 §6): a Vietnamese message and a non-zero exit.
    const described = describeStorageError(error, core?.file ?? '');
    const payload = described instanceof AppError
      ? described.toPayload()
      : { code: 'INTERNAL', message: `Lỗi không mong muốn: ${error instanceof Error ? error.message : String(error)}` };
    out(json ? JSON.stringify({ ok: false, error: payload }, null, 2) : `Lỗi: ${payload.message}`);
    return 1;
  } finally {
    core?.close();
  }
}

const invokedDirectly = process.argv[1] && /electron[\\/]cli[\\/]index\.(ts|js|cjs)$/u.test(process.argv[1]);
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`Lỗi không mong muốn: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
