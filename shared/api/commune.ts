import { z } from 'zod';
import { COMMUNE_KINDS, keysOf } from '../domain/vocabulary';
import { customRuleProfileSchema } from '../rules/profiles';
import { op, noInput, optionalText, requiredText, version } from './define';

export interface Commune {
  id: string;
  province: string;
  name: string; // "Hòa Bình" (without the kind)
  kind: keyof typeof COMMUNE_KINDS;
  placeName: string; // "Hòa Bình" in "Hòa Bình, ngày 05 tháng 01 năm 2026"
  chairName: string;
  viceChairs: string[];
  ruleProfileId: string;
  customProfile: z.infer<typeof customRuleProfileSchema> | null;
  version: number;
  updatedAt: string;
}

export const communeInput = z.object({
  province: requiredText('Tên tỉnh/thành phố', 100),
  name: requiredText('Tên xã/phường', 100),
  kind: z.enum(keysOf(COMMUNE_KINDS), { error: 'Chọn loại đơn vị: xã, phường hoặc đặc khu.' }),
  placeName: requiredText('Địa danh ghi trên văn bản', 100),
  chairName: requiredText('Họ tên Chủ tịch UBND', 100),
  viceChairs: z.array(requiredText('Họ tên Phó Chủ tịch', 100)).max(5).default([]),
  ruleProfileId: z.string().min(1, 'Chọn bộ quy định áp dụng.').max(50, 'Chọn bộ quy định áp dụng.'),
  customProfile: customRuleProfileSchema.nullish().transform((p) => p ?? null),
  note: optionalText('Ghi chú'),
});

export const communeOperations = {
  'commune.get': op<Commune | null>()(noInput),
  /** First-run setup (no version) or update (version read earlier). */
  'commune.save': op<Commune>()(communeInput.extend({ version: version.optional() })),
};
