import type { Context } from '../context';
import type { Db } from '../db/open';
import type { RestoreOutcome } from './restore';

/**
 * What the backups handlers need beyond a context: the database's path and a way to replace
 * the open database (restore). The core binds it to each context it creates, so handlers keep
 * the usual (input, ctx) signature.
 */
export interface DatabaseControl {
  file: string;
  restore(source: string): RestoreOutcome;
}

/**
 * Keyed by the open database, not the context object: dispatch gives a call with a cancel
 * signal or a progress listener its own copy of the context, over the same database.
 */
const controls = new WeakMap<Db, DatabaseControl>();

export function bindDatabaseControl(ctx: Context, control: DatabaseControl): void {
  controls.set(ctx.db, control);
}

export function databaseControl(ctx: Context): DatabaseControl | null {
  return controls.get(ctx.db) ?? null;
}
