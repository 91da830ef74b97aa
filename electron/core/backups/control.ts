import type { Context } from '../context';
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

const controls = new WeakMap<Context, DatabaseControl>();

export function bindDatabaseControl(ctx: Context, control: DatabaseControl): void {
  controls.set(ctx, control);
}

export function databaseControl(ctx: Context): DatabaseControl | null {
  return controls.get(ctx) ?? null;
}
