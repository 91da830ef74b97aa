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
