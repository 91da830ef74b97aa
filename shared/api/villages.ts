import { z } from 'zod';
import { keysOf, VILLAGE_KINDS, VILLAGE_STATUSES } from '../domain/vocabulary';
import { id, op, optionalText, requiredText, version } from './define';

export interface Village {
  id: string;
  name: string; // "Thôn 1", "Tổ dân phố Đông Ba"
  kind: keyof typeof VILLAGE_KINDS;
  households: number | null;
  population: number | null;
  status: keyof typeof VILLAGE_STATUSES;
  mergedIntoId: string | null;
  note: string | null;
  teamCount: number; // active (not dissolved) teams covering it
  version: number;
  updatedAt: string;
}

const count = (label: string) =>
  z
    .number({ error: `${label} phải là số.` })
    .int(`${label} phải là số nguyên.`)
    .min(0, `${label} không được âm.`)
    .max(1_000_000, `${label} quá lớn.`)
    .nullish()
    .transform((n) => n ?? null);

export const villageFields = z.object({
  name: requiredText('Tên thôn/tổ dân phố', 100),
  kind: z.enum(keysOf(VILLAGE_KINDS), { error: 'Chọn loại: thôn, bản, tổ dân phố, ấp hoặc khu phố.' }),
  households: count('Số hộ'),
  population: count('Số nhân khẩu'),
  note: optionalText('Ghi chú'),
});

export const villageOperations = {
  'villages.list': op<Village[]>()(z.object({ includeInactive: z.boolean().default(true) })),
  'villages.create': op<Village>()(villageFields),
  'villages.update': op<Village>()(villageFields.extend({ id, version })),
  /** Merge into another village (since 2025 many are merged), retire, or reactivate. */
  'villages.setStatus': op<Village>()(
    z.object({
      id,
      version,
      status: z.enum(keysOf(VILLAGE_STATUSES)),
      mergedIntoId: id.nullish(),
    }),
  ),
};
