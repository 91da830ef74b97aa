/** Limits for reading an uploaded member list. Generous for real lists, tight for hostile files. */
export const READ_LIMITS = {
  /** Largest file accepted, before anything is parsed. */
  maxFileBytes: 20 * 1024 * 1024,
  /** Most data rows (after the header) in one sheet. */
  maxRows: 20_000,
  /** Most files inside an .xlsx archive (a real workbook has a few dozen). */
  maxZipEntries: 2_000,
  /** Largest single file inside the archive once inflated. */
  maxEntryBytes: 64 * 1024 * 1024,
  /** All files inside the archive together, once inflated. */
  maxTotalBytes: 160 * 1024 * 1024,
  /** Highest inflated/compressed ratio for an entry larger than ratioFloorBytes. */
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  /** Most columns in one row (a member list has a dozen; the mapping goes up to 200). */
  maxColumns: 200,
  /** Longest cell text: Excel's own limit per cell. */
  maxCellChars: 32_767,
  /** Most characters of one CSV record or one worksheet row's XML (a row is a few hundred). */
  maxRowChars: 512 * 1024,
  /** Rows searched for the header (offices put an administrative title block above it). */
  headerScanRows: 30,
} as const;

export type ReadLimits = typeof READ_LIMITS;

export const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
