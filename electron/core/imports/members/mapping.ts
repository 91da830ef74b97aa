import { createHash } from 'node:crypto';
import type { ColumnMapping } from '../../../../shared/api/imports';
import { foldDiacritics } from '../../../../shared/text/vietnamese';
import type { Context } from '../../context';

export { guessMapping } from '../columns';

/**
 * The same list comes back every quarter: remember the officer's mapping per header. The key
 * is a digest of the folded header, never the header itself (a one-line 19.8 MB CSV once grew
 * the database by 40 MB through this key; issue 14 §8).
 */
export const mappingKey = (header: string[]) =>
  `import.members.mapping:sha256:${createHash('sha256').update(header.map((h) => foldDiacritics(h)).join('\u001f')).digest('hex')}`;

/** The key used before the digest (header texts joined); still read for short headers. */
const legacyKey = (header: string[]) => `import.members.mapping:${header.map((h) => foldDiacritics(h)).join('|')}`;
const LEGACY_KEY_MAX = 1024; // longer legacy keys were deleted by migration 0009

export function rememberedMapping(ctx: Context, header: string[]): ColumnMapping | null {
  const get = ctx.db.prepare('SELECT value FROM setting WHERE key = ?');
  let row = get.get(mappingKey(header)) as { value: string } | undefined;
  const legacy = legacyKey(header);
  if (!row && legacy.length <= LEGACY_KEY_MAX) row = get.get(legacy) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as ColumnMapping) : null;
}

export function rememberMapping(ctx: Context, header: string[], mapping: ColumnMapping): void {
  ctx.db
    .prepare('INSERT INTO setting (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at')
    .run(mappingKey(header), JSON.stringify(mapping), ctx.now());
  const legacy = legacyKey(header);
  if (legacy.length <= LEGACY_KEY_MAX) ctx.db.prepare('DELETE FROM setting WHERE key = ?').run(legacy);
}
