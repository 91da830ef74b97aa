import type Database from 'better-sqlite3';
import { searchTextFrom } from '../../../shared/text/search';
import { foldDiacritics, nameSortKey, vietnameseSortKey } from '../../../shared/text/vietnamese';
import { redactAuditJson } from '../privacy/audit-redact';

/** SQL functions so queries fold and sort Vietnamese text exactly like the renderer does. */
export function registerFunctions(db: Database.Database): void {
  db.function('vn_fold', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? foldDiacritics(text) : null,
  );
  db.function('vn_name_key', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? nameSortKey(text) : null,
  );
  // Migration 0010 rewrites person.search_text as words (shared/text/search.ts) for FTS5.
  db.function('vn_search_text', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? searchTextFrom(text) : null,
  );
  // Migration 0010 masks the CCCDs that audit rows written before it hold in clear.
  db.function('tcns_audit_redact', { deterministic: true }, (json: unknown) =>
    typeof json === 'string' ? redactAuditJson(json) : null,
  );
  // daily: the people list sorts organisations and villages in Vietnamese alphabet order.
  db.function('vn_sort_key', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? vietnameseSortKey(text) : null,
  );
}
