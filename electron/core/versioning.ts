import { notFound, staleVersion } from '../../shared/errors';
import type { Db } from './db/open';

/**
 * Optimistic concurrency: an update names the version it read. Run after an
 * `UPDATE … WHERE id = ? AND version = ?`: no row changed means either the record is gone
 * (NOT_FOUND) or someone else changed it first (CONFLICT); both abort the transaction.
 */
export function assertUpdated(db: Db, table: string, id: string, changes: number, what: string): void {
  if (changes === 1) return;
  const exists = db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id);
  throw exists ? staleVersion() : notFound(what);
}
