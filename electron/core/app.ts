import { basename, resolve } from 'node:path';
import type { Envelope } from '../../shared/errors';
import { bindDatabaseControl } from './backups/control';
import { replaceDatabase, type RestoreOutcome } from './backups/restore';
import { countRecords, ensureDailyBackup } from './backups/store';
import { createContext, type Context, type ContextOptions } from './context';
import { openDatabaseFile } from './db/open';
import { registerProcess, type ProcessKind } from './db/processes';
import { dispatch, type CallOptions, type Handlers } from './dispatch';
import { handlers } from './handlers';

/** The platform-neutral back end: one database, one context, every operation of the contract. */
export interface Core {
  /** The current context; a restore replaces it (read it at the time of use). */
  readonly ctx: Context;
  handlers: Handlers;
  /** The database file, resolved to an absolute path. */
  readonly file: string;
  /** True when this start created the file: only then may the demo commune be seeded. */
  readonly created: boolean;
  /** Runs an operation by name with untrusted input; never throws. */
  call(name: string, input: unknown, options?: CallOptions): Promise<Envelope<unknown>>;
  /** Replaces the data with a checked backup (safety backup first), reopens, audits. */
  restore(source: string): RestoreOutcome;
  close(): void;
}

/**
 * What the transports need from the back end, wherever it runs: in this process (Core), or in
 * a worker / utility process behind the host protocol (host/client.ts).
 */
export interface CoreCaller {
  call(name: string, input: unknown, options?: CallOptions): Promise<Envelope<unknown>>;
  close(): void | Promise<void>;
}

export interface CoreOptions extends ContextOptions {
  dbFile: string;
  /** Create the file when missing (first run with the default path, seed, --create). */
  create?: boolean;
  /** Who has the file open, for "another program holds the data" messages. */
  processKind?: ProcessKind;
  /** e.g. the CLI command name. */
  processDetail?: string;
  /** Take the day's backup if there is none yet (the desktop app and serve mode). */
  dailyBackup?: boolean;
  busyTimeoutMs?: number;
}

/**
 * Opens the database (see db/open.ts: refuses damaged, empty, missing or read-only files with
 * a Vietnamese AppError) and builds the core. Throws only such AppErrors.
 */
export function createCore(options: CoreOptions): Core {
  const file = options.dbFile === ':memory:' ? ':memory:' : resolve(options.dbFile);
  const opened = openDatabaseFile(file, { create: options.create, busyTimeoutMs: options.busyTimeoutMs });
  let db = opened.db;
  let ctx = createContext(db, options);
  const unregister = file === ':memory:' ? () => {} : registerProcess(file, options.processKind ?? 'other', options.processDetail);

  if (options.dailyBackup && !opened.created && file !== ':memory:') {
    try {
      ensureDailyBackup(file);
    } catch (error) {
      // The app still opens; the backups screen shows that today's backup is missing.
      console.warn(`Chưa tạo được bản sao lưu hằng ngày: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  const reopen = () => {
    db = openDatabaseFile(file, { busyTimeoutMs: options.busyTimeoutMs }).db;
    ctx = createContext(db, options);
    bindDatabaseControl(ctx, { file, restore });
  };
  const restore = (source: string): RestoreOutcome => {
    let outcome: Omit<RestoreOutcome, 'after'>;
    try {
      outcome = replaceDatabase(file, source, db, () => db.close());
    } catch (error) {
      // Failed after closing (e.g. disk full while renaming): the old file is still in place.
      if (!db.open) reopen();
      throw error;
    }
    reopen();
    const after = countRecords(db);
    const current = ctx;
    current.mutate(() =>
      current.audit({
        action: 'backups.restore', entity: 'database', entityId: null,
        before: { counts: outcome.before },
        after: { source: basename(outcome.source), counts: after, safetyBackup: basename(outcome.safetyBackup) },
      }),
    );
    return { ...outcome, after };
  };
  bindDatabaseControl(ctx, { file, restore });

  return {
    get ctx() {
      return ctx;
    },
    handlers,
    file,
    created: opened.created,
    call: (name, input, callOptions) => dispatch(handlers, ctx, name, input, callOptions),
    restore,
    close: () => {
      db.close();
      unregister();
    },
  };
}
