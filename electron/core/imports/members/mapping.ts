import type { ColumnMapping, ImportField } from '../../../../shared/api/imports';
import { foldDiacritics } from '../../../../shared/text/vietnamese';
import type { Context } from '../../context';

// Folded header wordings seen in offices' lists, most specific first.
const HEADER_PATTERNS: [ImportField, RegExp][] = [
  ['position', /chuc danh trong to|chuc danh to|vi tri trong to|nhiem vu trong to/u],
  ['fullName', /^(ho (va )?ten|ho ten|ten thanh vien|ho va ten thanh vien)/u],
  ['birth', /(nam|ngay) sinh|sinh nam/u],
  ['gender', /gioi tinh|^nam\/nu$/u],
  ['phone', /dien thoai|^sdt|so dt|di dong/u],
  ['cccd', /cccd|can cuoc|cmnd|dinh danh/u],
  ['backgroundRole', /thanh phan|doi tuong|luc luong/u],
  ['jobTitle', /chuc vu/u],
  ['organisation', /don vi|co quan|noi cong tac/u],
  ['village', /^(thon|to dan pho|ban|ap|khu pho)|thon\s*\/|dia chi|noi o|cu tru/u],
  ['note', /ghi chu/u],
];

/** Guesses which column holds which field from the header wording. */
export function guessMapping(header: string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  header.forEach((text, column) => {
    const folded = foldDiacritics(text).replace(/[.:*]/gu, '').trim();
    if (!folded) return;
    const match = HEADER_PATTERNS.find(([field, pattern]) => mapping[field] === undefined && pattern.test(folded));
    if (match) mapping[match[0]] = column;
  });
  return mapping;
}

// The same list comes back every quarter: remember the officer's mapping per header.
const keyOf = (header: string[]) => `import.members.mapping:${header.map((h) => foldDiacritics(h)).join('|')}`;

export function rememberedMapping(ctx: Context, header: string[]): ColumnMapping | null {
  const row = ctx.db.prepare('SELECT value FROM setting WHERE key = ?').get(keyOf(header)) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as ColumnMapping) : null;
}

export function rememberMapping(ctx: Context, header: string[], mapping: ColumnMapping): void {
  ctx.db
    .prepare('INSERT INTO setting (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at')
    .run(keyOf(header), JSON.stringify(mapping), ctx.now());
}
