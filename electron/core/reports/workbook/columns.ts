import type { ActivityIndicator } from '../../../../shared/api/reports';
import type { ColumnType, TableLayout } from '../../../../shared/reports/layout';

/** A column as written: the layout's column, or one per indicator for "indicators". */
export interface PhysicalColumn {
  key: string;
  label: string;
  group?: string;
  width: number;
  type: ColumnType;
  /** Reads this column's value from a row of the table's source (or from its total row). */
  read(row: object): unknown;
}

const field = (key: string) => (row: object) => (row as Record<string, unknown>)[key];

/** Expands "indicators" into one column per indicator, grouped under the layout's label. */
export function physicalColumns(table: TableLayout, indicators: ActivityIndicator[]): PhysicalColumn[] {
  return table.columns.flatMap((c): PhysicalColumn[] => {
    const key = String(c.key);
    if (key === 'indicators') {
      return indicators.map((i) => ({
        key: `indicator:${i.id}`,
        label: `${i.name} (${i.unit})`,
        group: c.label,
        width: c.width,
        type: c.type,
        read: (row) => (row as { values?: Record<string, number | null> }).values?.[i.id] ?? null,
      }));
    }
    return [{ key, label: c.label, group: c.group, width: c.width, type: c.type, read: field(key) }];
  });
}

/** Widths shared by every table of a sheet: the widest column at each position. */
export function sheetWidths(tables: PhysicalColumn[][]): number[] {
  const widths: number[] = [];
  for (const columns of tables) columns.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.width)));
  return widths;
}
