import type { SourceName, SourceRows } from '../../../../shared/reports/sources';

/**
 * Rows of one source, in chunks: the member list of a province is read team by team and never
 * held whole; the small summary tables are one chunk. `total` is the "Tổng cộng" row.
 */
export interface Source<Row> {
  chunks(): Iterable<Row[]>;
  total?: Partial<Row>;
  /** Number of rows, when known before reading them (for page layout). */
  size?: number;
}

export type Sources = { [S in SourceName]: Source<SourceRows[S]> };

export function arraySource<Row>(rows: Row[], total?: Partial<Row>): Source<Row> {
  return { chunks: () => [rows], total, size: rows.length };
}

export const ratio = (n: number, d: number): number | null => (d > 0 ? n / d : null);
