import type Database from 'better-sqlite3';
import { foldDiacritics, nameSortKey, vietnameseSortKey } from '../../../shared/text/vietnamese';

/** SQL functions so queries fold and sort Vietnamese text exactly like the renderer does. */
export function registerFunctions(db: Database.Database): void {
  db.function('vn_fold', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? foldDiacritics(text) : null,
  );
  db.function('vn_name_key', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? nameSortKey(text) : null,
  );
  // daily: the people list sorts organisations and villages in Vietnamese alphabet order.
  db.function('vn_sort_key', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? vietnameseSortKey(text) : null,
  );
}
