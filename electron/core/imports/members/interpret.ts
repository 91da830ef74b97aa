import type { ColumnMapping, ImportField, ImportRowPreview } from '../../../../shared/api/imports';
import { BACKGROUND_ROLES, type BackgroundRole, type TeamPosition } from '../../../../shared/domain/vocabulary';
import { foldDiacritics } from '../../../../shared/text/vietnamese';
import type { MemberRow } from '../read';
import type { PersonFields } from '../../people/repository';
import { checkPersonFields } from './person-check';
import type { VillageMatcher } from './villages';

// Keywords in "Thành phần" or "Chức vụ, đơn vị" cells, folded, checked in order.
const ROLE_KEYWORDS: [BackgroundRole, RegExp][] = [
  ['truong_thon', /truong thon|to truong to dan pho|truong ban|truong ap|truong khu pho/u],
  ['bi_thu_chi_bo', /bi thu chi bo/u],
  ['doan_thanh_nien', /doan thanh nien|chi doan|doan vien|bi thu doan|\bdoan\b/u],
  ['cong_an', /cong an/u],
  ['y_te', /y te|y si|bac si|dieu duong|nhan vien y/u],
  ['giao_vien', /giao vien|truong (tieu hoc|thcs|mam non|thpt)/u],
  ['phu_nu', /phu nu/u],
  ['nong_dan', /nong dan/u],
  ['cuu_chien_binh', /cuu chien binh/u],
  ['mat_tran', /mat tran/u],
  ['vien_thong', /vien thong|viettel|vnpt|mobifone|cntt|buu dien/u],
  ['can_bo_xa', /can bo|cong chuc|ubnd/u],
  ['nguoi_dan', /nguoi dan|nhan dan/u],
];

const FOLDED_ROLES = (Object.entries(BACKGROUND_ROLES) as [BackgroundRole, string][]).map(([role, label]) => [role, foldDiacritics(label)] as const);

/**
 * A list repeats a handful of role and position texts thousands of times: each is read once
 * (bounded, like genderReadings below; issue 12).
 */
function remembered<T>(cache: Map<string, T>, key: string, read: () => T): T {
  let value = cache.get(key);
  if (value === undefined && !cache.has(key)) {
    value = read();
    if (cache.size < 1000) cache.set(key, value);
  }
  return value as T;
}
const roleReadings = new Map<string, BackgroundRole | null>();
const positionReadings = new Map<string, TeamPosition | null>();

export function roleFrom(...texts: (string | undefined)[]): BackgroundRole | null {
  return remembered(roleReadings, texts.map((t) => t ?? '').join('\u0000'), () => readRole(texts));
}

function readRole(texts: (string | undefined)[]): BackgroundRole | null {
  const folded = texts.filter(Boolean).map((t) => foldDiacritics(t!)).join(' | ');
  if (!folded) return null;
  const exact = FOLDED_ROLES.find(([, label]) => label === folded);
  return exact?.[0] ?? ROLE_KEYWORDS.find(([, re]) => re.test(folded))?.[0] ?? null;
}

export function positionFrom(text: string | undefined): TeamPosition | null {
  return remembered(positionReadings, text ?? '', () => readPosition(text));
}

function readPosition(text: string | undefined): TeamPosition | null {
  const f = foldDiacritics(text ?? '');
  if (!f) return null;
  if (/to truong/u.test(f)) return 'to_truong';
  if (/to pho|pho to/u.test(f)) return 'to_pho';
  return 'thanh_vien';
}

/** "1985", "15/03/1985", "15-3-1985" or an ISO date from the reader. */
function birthFrom(text: string): { birthYear?: number; birthDate?: string } | string {
  const t = text.trim();
  if (/^\d{4}$/u.test(t)) return { birthYear: Number(t) };
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(t);
  if (iso) return { birthDate: t };
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u.exec(t);
  if (dmy) return { birthDate: `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}` };
  return `Năm/ngày sinh "${t}" không hiểu được (cần 1985 hoặc 15/03/1985).`;
}

const GENDER_WORDS: Record<string, 'nam' | 'nu'> = {
  nam: 'nam', m: 'nam', male: 'nam', '1': 'nam', 'gioi tinh nam': 'nam',
  nu: 'nu', f: 'nu', female: 'nu', '0': 'nu', 'gioi tinh nu': 'nu',
};

/**
 * "Nam"/"Nữ" as written, or the codes lists use (M/F, Male/Female, 1/0 as in the population
 * forms' "1 = Nam, 0 = Nữ"); a code is reported so the officer sees how it was read.
 * Anything else is an error: a wrong gender must not pass silently (issue 11).
 */
export function genderFrom(text: string): GenderReading {
  let reading = genderReadings.get(text);
  if (reading === undefined) {
    reading = readGender(text);
    if (genderReadings.size < 1000) genderReadings.set(text, reading);
  }
  return reading;
}

type GenderReading = { gender: 'nam' | 'nu'; note: string | null } | { error: string } | null;
/** A list writes its genders a few ways, thousands of times: each way is read once. */
const genderReadings = new Map<string, GenderReading>();

function readGender(text: string): GenderReading {
  const f = foldDiacritics(text).replace(/[^a-z0-9]+/gu, ' ').trim();
  if (!f) return null;
  const gender = GENDER_WORDS[f];
  if (!gender) return { error: `Giới tính "${text}" không hiểu được (cần Nam hoặc Nữ; M/F, 1/0 cũng được).` };
  const label = gender === 'nam' ? 'Nam' : 'Nữ';
  return { gender, note: f === 'nam' || f === 'nu' ? null : `Giới tính "${text}" được hiểu là ${label}.` };
}

export interface InterpretedRow {
  preview: Omit<ImportRowPreview, 'candidates' | 'conflict' | 'suggestedAction' | 'linkTo'>;
  person: PersonFields | null;
  position: TeamPosition | null;
}

/** One row of the list → the person it describes, with Vietnamese errors and warnings. */
export function interpretRow(row: MemberRow, mapping: ColumnMapping, villages: VillageMatcher): InterpretedRow {
  const values: ImportRowPreview['values'] = {};
  const converted: ImportRowPreview['converted'] = {};
  for (const [field, column] of Object.entries(mapping) as [ImportField, number][]) {
    const cell = row.cells[column];
    if (!cell || !cell.text) continue;
    values[field] = cell.text;
    if (cell.encoding !== 'unicode') converted[field] = cell.encoding;
  }
  const errors: string[] = [];
  const warnings: string[] = [];
  const raw: Record<string, unknown> = { fullName: values.fullName ?? '' };
  if (values.birth) {
    const b = birthFrom(values.birth);
    if (typeof b === 'string') errors.push(b);
    else Object.assign(raw, b);
  }
  if (values.gender) {
    const g = genderFrom(values.gender);
    if (g && 'error' in g) errors.push(g.error);
    else if (g) {
      raw.gender = g.gender;
      if (g.note) warnings.push(g.note);
    }
  }
  raw.phone = values.phone ?? null;
  raw.cccd = values.cccd ?? null;
  raw.organisation = values.organisation ?? null;
  raw.jobTitle = values.jobTitle ?? null;
  raw.note = values.note ?? null;
  const role = roleFrom(values.backgroundRole) ?? roleFrom(values.jobTitle, values.organisation);
  if (values.backgroundRole && !roleFrom(values.backgroundRole)) warnings.push(`Thành phần "${values.backgroundRole}" không rõ; ghi là ${BACKGROUND_ROLES[role ?? 'nguoi_dan']}.`);
  raw.backgroundRole = role ?? 'nguoi_dan';
  if (values.village) {
    const villageId = villages.find(values.village);
    if (villageId) raw.villageId = villageId;
    else warnings.push(`Không có thôn/tổ dân phố "${values.village}" trong danh mục; để trống nơi ở.`);
  }
  const checked = checkPersonFields(raw);
  if (checked.errors) errors.push(...checked.errors);
  return {
    preview: { rowNumber: row.rowNumber, values, converted, errors, warnings },
    person: checked.person,
    position: positionFrom(values.position),
  };
}
