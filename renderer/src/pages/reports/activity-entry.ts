import type { ActivityIndicator, IndicatorValues } from '../../../../shared/api/reports';
import { formatCount, parseCount } from '../../lib/numbers';

/** A row as the officer typed it: text per indicator id, and the note. */
export interface RowDraft {
  values: Record<string, string>;
  note: string;
}

/** The key of the targets row among the team rows (team ids are UUIDs, so no clash). */
export const TARGETS_ROW = 'targets';

/** Stored numbers → the text shown in the boxes ("1.234"; empty for "not reported"). */
export function typedOf(values: IndicatorValues, indicators: ActivityIndicator[], note: string | null = null): RowDraft {
  return {
    values: Object.fromEntries(indicators.map((i) => [i.id, values[i.id] == null ? '' : formatCount(values[i.id])])),
    note: note ?? '',
  };
}

/**
 * Typed text → the contract's values: empty is null ("not reported", which is not 0); text that is
 * not a whole number becomes NaN so the contract answers "Giá trị phải là số.".
 */
export function valuesOf(draft: RowDraft): IndicatorValues {
  return Object.fromEntries(Object.entries(draft.values).map(([id, text]) => [id, parseCount(text)]));
}

/** True when the typed row says the same as what is stored (so leaving it saves nothing). */
export function sameAsStored(draft: RowDraft, stored: RowDraft): boolean {
  if (draft.note.trim() !== stored.note.trim()) return false;
  const typed = valuesOf(draft);
  const saved = valuesOf(stored);
  return Object.keys({ ...typed, ...saved }).every((id) => Object.is(typed[id] ?? null, saved[id] ?? null));
}

/** "148%" of the target reached; empty without a target. */
export function reached(total: number | undefined, target: number | null | undefined): string {
  if (!target) return '';
  return `${Math.round(((total ?? 0) / target) * 100)}%`;
}

/** Field errors "values.<id>" of a refused row → by indicator id. */
export function cellErrors(errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).filter(([path]) => path.startsWith('values.')).map(([path, message]) => [path.slice(7), message]),
  );
}

/**
 * Where a key sends the focus from a box of the entry grid, like a spreadsheet: Enter/↓ and
 * Shift+Enter/↑ to the same column of the next or previous row that can be typed in, Tab past a
 * row's last box to the next row's first (Shift+Tab back). Rows are counted in the grid — team
 * rows 0…teams−1, then the targets row as `teams` — not in the page, which draws only the rows in
 * view. Null: the key does nothing special here (Tab between boxes of one row is the browser's).
 */
export function cellAfterKey(
  key: { key: string; shiftKey: boolean },
  at: { row: number; column: string },
  table: { teams: number; columns: readonly string[]; editable: (row: number) => boolean },
): { row: number; column: string } | null {
  const { teams, columns, editable } = table;
  // The targets row (index `teams`) has the indicator boxes but no note.
  const has = (row: number, column: string) => row >= 0 && row <= teams && (row < teams ? editable(row) : column !== 'note');
  const find = (from: number, step: 1 | -1, column: string) => {
    for (let row = from + step; row >= 0 && row <= teams; row += step) if (has(row, column)) return { row, column };
    return null;
  };
  const down = key.key === 'ArrowDown' || (key.key === 'Enter' && !key.shiftKey);
  const up = key.key === 'ArrowUp' || (key.key === 'Enter' && key.shiftKey);
  if (down || up) return find(at.row, down ? 1 : -1, at.column);
  if (key.key !== 'Tab') return null;
  // Tab past the last box of a row goes on to the next row's first; Shift+Tab back from the first.
  if (!key.shiftKey && at.column === columns[columns.length - 1]) return find(at.row, 1, columns[0]);
  if (key.shiftKey && at.column === columns[0]) {
    const before = find(at.row, -1, columns[columns.length - 1]);
    if (before) return before;
  }
  return null;
}
