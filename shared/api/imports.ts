import { z } from 'zod';
import { keysOf, TEAM_POSITIONS } from '../domain/vocabulary';
import { bytes, eventDate, id, op } from './define';
import type { DuplicateCandidate } from './people';

/** Fields a column of an office's member list can map to. */
export const IMPORT_FIELDS = {
  fullName: 'Họ và tên',
  birth: 'Năm sinh / Ngày sinh',
  gender: 'Giới tính',
  phone: 'Số điện thoại',
  cccd: 'Số CCCD',
  organisation: 'Đơn vị công tác',
  jobTitle: 'Chức vụ',
  backgroundRole: 'Thành phần',
  village: 'Thôn / Tổ dân phố',
  position: 'Chức danh trong Tổ',
  note: 'Ghi chú',
} as const;
export type ImportField = keyof typeof IMPORT_FIELDS;

/** Column index (0-based) per field; a field without a column is left out. */
export const columnMapping = z.partialRecord(z.enum(keysOf(IMPORT_FIELDS)), z.number().int().min(0).max(200));
export type ColumnMapping = z.infer<typeof columnMapping>;

export type RowAction = 'create' | 'link' | 'skip';

/**
 * A CCCD already in the register under another name: shown side by side, never linked
 * silently (issue 14 §8). The row carries an error until the file or the register is corrected.
 */
export interface CccdConflict {
  cccd: string;
  file: { fullName: string; birth: string | null; phone: string | null };
  register: { id: string; fullName: string; birthYear: number | null; phone: string | null };
}

export interface ImportRowPreview {
  rowNumber: number;
  /** Converted (TCVN3/VNI/NFD → NFC) text of each mapped field, as it will be stored. */
  values: Partial<Record<ImportField, string>>;
  /** Fields whose text was converted from a legacy encoding, with the encoding name. */
  converted: Partial<Record<ImportField, string>>;
  errors: string[];
  warnings: string[];
  candidates: DuplicateCandidate[];
  /** The same CCCD with a different name in the register (also one of `errors`). */
  conflict: CccdConflict | null;
  /** What commit will do unless told otherwise. */
  suggestedAction: RowAction;
  linkTo: string | null;
}

export interface ImportPreview {
  fileName: string;
  sheets: string[];
  sheet: string;
  header: string[];
  /** Row numbers of the header, top first (several when field names sit under a group label). */
  headerRows: number[];
  mapping: ColumnMapping;
  rows: ImportRowPreview[];
  summary: { rows: number; withErrors: number; create: number; link: number; skip: number; converted: number };
}

const file = {
  fileName: z.string().min(1).max(255),
  bytes,
  sheetName: z.string().max(100).optional(),
  /** Omitted: the last mapping used for a list with the same header, else one guessed from the header. */
  mapping: columnMapping.optional(),
};

const target = z
  .object({ teamId: id, position: z.enum(keysOf(TEAM_POSITIONS)).default('thanh_vien'), startDate: eventDate })
  .optional();

export const importOperations = {
  'imports.previewMembers': op<ImportPreview>()(z.object(file)),
  /**
   * All or nothing: refused while a row with errors is not explicitly skipped in `actions`
   * (the officer's choice per row; `--skip-invalid` on the CLI).
   */
  'imports.commitMembers': op<{ created: number; linked: number; skipped: number; addedToTeam: number }>()(
    z.object({
      ...file,
      actions: z.record(z.string().max(7).regex(/^\d+$/u), z.object({ action: z.enum(['create', 'link', 'skip']), linkTo: id.nullish() })).default({}),
      target,
    }),
  ),
};
