import { z } from 'zod';
import { COMMUNE_KINDS, keysOf } from '../domain/vocabulary';
import { customRuleProfileSchema } from '../rules/profiles';
import { LEGAL_BASIS_KEYS, type LegalBasis } from '../decisions/legal-bases';
import { isoDate, op, noInput, optionalText, requiredText, version } from './define';

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

/** One reusable căn cứ of the commune (issue 8 §1): number, date, issuer and title, kept once. */
export const legalBasisInput = z.object({
  key: z.enum(LEGAL_BASIS_KEYS, { error: 'Chọn loại căn cứ.' }),
  number: requiredText('Số, ký hiệu văn bản', 60),
  date: isoDate,
  issuer: requiredText('Cơ quan ban hành', 200),
  title: requiredText('Trích yếu', 500),
});

export const legalBasisOperations = {
  'commune.legalBases': op<LegalBasis[]>()(noInput),
  /** Enter or correct one basis; `version` as read (absent when it was never entered). */
  'commune.saveLegalBasis': op<LegalBasis[]>()(legalBasisInput.extend({ version: version.optional() })),
  'commune.clearLegalBasis': op<LegalBasis[]>()(z.object({ key: z.enum(LEGAL_BASIS_KEYS), version })),
};
