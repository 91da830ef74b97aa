import type { ImportField, ImportPreview, ImportRowPreview, RowAction } from '../../../../shared/api/imports';
import { IMPORT_FIELDS } from '../../../../shared/api/imports';
import { formatDate } from '../../lib/dates';
import { maskCccd } from '../../../../shared/text/identity';

/** What the officer decided for one row: create a person, link to a registered one, or skip. */
export interface RowChoice {
  action: RowAction;
  linkTo: string | null;
}

/**
 * Row number (as the contract keys it, a string) → what the officer chose explicitly. Rows
 * not in it follow the server's suggestion (skip rows with errors, link a likely duplicate,
 * else create), so a new preview (another mapping) re-suggests every row not yet decided.
 */
export type RowChoices = Record<string, RowChoice>;

export function choiceOf(choices: RowChoices, row: ImportRowPreview): RowChoice {
  return choices[String(row.rowNumber)] ?? { action: row.suggestedAction, linkTo: row.linkTo };
}

/** Keeps the officer's choices that still make sense after a new preview (a linked candidate may be gone). */
export function keepChoices(choices: RowChoices, preview: ImportPreview): RowChoices {
  const rows = new Map(preview.rows.map((r) => [String(r.rowNumber), r]));
  return Object.fromEntries(
    Object.entries(choices).filter(([key, c]) => {
      const row = rows.get(key);
      return row && (c.action !== 'link' || row.candidates.some((d) => d.id === c.linkTo));
    }),
  );
}

/** Every row's effective choice, as `imports.commitMembers` takes it. */
export function commitActions(preview: ImportPreview, choices: RowChoices): RowChoices {
  return Object.fromEntries(preview.rows.map((r) => [String(r.rowNumber), choiceOf(choices, r)]));
}

/** Counts as they will be committed with the officer's choices. */
export function planCounts(preview: ImportPreview, choices: RowChoices) {
  const counts = { create: 0, link: 0, skip: 0, blocked: 0 };
  for (const row of preview.rows) {
    const { action } = choiceOf(choices, row);
    counts[action]++;
    if (action !== 'skip' && row.errors.length) counts.blocked++;
  }
  return counts;
}

/** The mapped fields in the contract's order (how the preview grid lays out its columns). */
export function mappedFields(preview: ImportPreview): ImportField[] {
  return (Object.keys(IMPORT_FIELDS) as ImportField[]).filter((f) => preview.mapping[f] !== undefined);
}

/** Column letters as Excel shows them: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * The legacy encoding a cell was converted from, as the officer knows it: the font families
 * "TCVN3" (.VnTime, and .VnTimeH for capitals) and "VNI" (VNI-Times). Null for Unicode.
 */
export function encodingBadge(encoding: string | undefined): 'TCVN3' | 'VNI' | null {
  if (!encoding) return null;
  if (encoding.startsWith('tcvn3')) return 'TCVN3';
  if (encoding === 'vni') return 'VNI';
  return null;
}

/** Birth dates arrive as ISO (from real Excel dates) or as a year; shown the Vietnamese way. */
export function shownValue(field: ImportField, value: string | undefined): string {
  // CCCDs are shown masked everywhere but the person's own form (README "Personal data").
  if (field === 'cccd' && value) return /^\d{12}$/u.test(value.replace(/\s/gu, '')) ? maskCccd(value.replace(/\s/gu, '')) : value;
  return field === 'birth' && value ? formatDate(value) : (value ?? '');
}
