/**
 * The domain's fixed vocabularies with their Vietnamese labels (DOMAIN.md §1–2).
 * Codes are stored in the database; labels are what users read.
 */

export const COMMUNE_KINDS = { xa: 'Xã', phuong: 'Phường', dac_khu: 'Đặc khu' } as const;
export type CommuneKind = keyof typeof COMMUNE_KINDS;

export const VILLAGE_KINDS = {
  thon: 'Thôn',
  ban: 'Bản',
  to_dan_pho: 'Tổ dân phố',
  ap: 'Ấp',
  khu_pho: 'Khu phố',
} as const;
export type VillageKind = keyof typeof VILLAGE_KINDS;

export const VILLAGE_STATUSES = {
  active: 'Đang hoạt động',
  merged: 'Đã sáp nhập',
  retired: 'Không còn sử dụng',
} as const;
export type VillageStatus = keyof typeof VILLAGE_STATUSES;

export const TEAM_LEVELS = { village: 'Cấp thôn/tổ dân phố', commune: 'Cấp xã' } as const;
export type TeamLevel = keyof typeof TEAM_LEVELS;

export const TEAM_STATUSES = {
  draft: 'Dự kiến',
  established: 'Đã thành lập',
  dissolved: 'Đã giải thể',
} as const;
export type TeamStatus = keyof typeof TEAM_STATUSES;

export const TEAM_POSITIONS = { to_truong: 'Tổ trưởng', to_pho: 'Tổ phó', thanh_vien: 'Thành viên' } as const;
export type TeamPosition = keyof typeof TEAM_POSITIONS;

/** Background role categories seen in the provinces' plans (DOMAIN.md §2). */
export const BACKGROUND_ROLES = {
  truong_thon: 'Trưởng thôn / Tổ trưởng tổ dân phố',
  bi_thu_chi_bo: 'Bí thư chi bộ',
  doan_thanh_nien: 'Đoàn thanh niên',
  cong_an: 'Công an',
  y_te: 'Y tế',
  giao_vien: 'Giáo viên',
  phu_nu: 'Hội Liên hiệp Phụ nữ',
  nong_dan: 'Hội Nông dân',
  cuu_chien_binh: 'Hội Cựu chiến binh',
  mat_tran: 'Mặt trận Tổ quốc',
  can_bo_xa: 'Cán bộ xã',
  vien_thong: 'Doanh nghiệp viễn thông / CNTT',
  nguoi_dan: 'Người dân',
} as const;
export type BackgroundRole = keyof typeof BACKGROUND_ROLES;

/** Roles that count as a "mass organisation" for rules that ask for one. */
export const MASS_ORGANISATION_ROLES: BackgroundRole[] = [
  'doan_thanh_nien', 'phu_nu', 'nong_dan', 'cuu_chien_binh', 'mat_tran',
];

export const GENDERS = { nam: 'Nam', nu: 'Nữ', khac: 'Khác' } as const;
export type Gender = keyof typeof GENDERS;

export const keysOf = <T extends Record<string, string>>(o: T) =>
  Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];
