import type { Context } from '../context';
import { erasePerson, type ErasedPerson } from './erase-person';

/**
 * people.delete for every transport (UI, serve, CLI). Beyond the rows, the bytes: with SQLite's
 * secure_delete the freed space is zeroed; the FTS5 index is merged so the old words leave its
 * segments; and the WAL, which holds the old pages until a checkpoint, is checkpointed and
 * truncated. Backups made before the deletion still hold the data until their rotation drops them.
 */
export function deletePerson(ctx: Context, id: string, version: number): ErasedPerson {
  const db = ctx.db;
  const wasSecure = db.pragma('secure_delete', { simple: true }) as number;
  db.pragma('secure_delete = ON');
  try {
    return ctx.mutate(() => {
      const result = erasePerson(ctx, id, version);
      db.prepare("INSERT INTO person_fts (person_fts) VALUES ('optimize')").run();
      return result;
    });
  } finally {
    db.pragma(`secure_delete = ${wasSecure ? 'ON' : 'OFF'}`);
    if (!db.inTransaction && db.name !== ':memory:') db.pragma('wal_checkpoint(TRUNCATE)');
  }
}
