/**
 * Phone numbers and citizen ID (CCCD) checks from DOMAIN.md §5. Pure functions returning
 * either the normalised value or a Vietnamese message explaining what is wrong.
 */

export type Checked = { ok: true; value: string } | { ok: false; message: string };

// Old 11-digit mobile prefixes renumbered in 2018 to 10 digits (Viettel, VinaPhone, MobiFone,
// Vietnamobile, Gmobile). Key: old 4-digit prefix; value: new 3-digit prefix.
const OLD_MOBILE_PREFIXES: Record<string, string> = {
  '0162': '032', '0163': '033', '0164': '034', '0165': '035', '0166': '036', '0167': '037',
  '0168': '038', '0169': '039',
  '0120': '070', '0121': '079', '0122': '077', '0126': '076', '0128': '078',
  '0123': '083', '0124': '084', '0125': '085', '0127': '081', '0129': '082',
  '0186': '056', '0188': '058', '0199': '059',
};

/**
 * Accepts "0912 345 678", "0912.345.678", "+84 912 345 678", "84912345678" and old
 * 11-digit numbers (mapped to their 10-digit form); returns "0912345678".
 */
export function normalizePhone(input: string): Checked {
  let digits = input.replace(/[\s.\-()]/gu, '');
  if (digits.startsWith('+84')) digits = '0' + digits.slice(3);
  else if (/^84\d{9}$/u.test(digits)) digits = '0' + digits.slice(2);
  if (!/^\d+$/u.test(digits)) {
    return { ok: false, message: 'Số điện thoại chỉ được chứa chữ số (có thể bắt đầu bằng +84).' };
  }
  if (digits.length === 11 && OLD_MOBILE_PREFIXES[digits.slice(0, 4)]) {
    digits = OLD_MOBILE_PREFIXES[digits.slice(0, 4)] + digits.slice(4);
  }
  if (digits.length !== 10) {
    return { ok: false, message: `Số điện thoại phải có 10 chữ số (đang có ${digits.length}).` };
  }
  if (!/^0[35789]/u.test(digits)) {
    return { ok: false, message: 'Số điện thoại di động phải bắt đầu bằng 03, 05, 07, 08 hoặc 09.' };
  }
  return { ok: true, value: digits };
}

/** Birth-registration province codes (old 63 provinces) that a CCCD may start with. */
const CCCD_PROVINCE_CODES = new Set([
  '001', '002', '004', '006', '008', '010', '011', '012', '014', '015', '017', '019', '020',
  '022', '024', '025', '026', '027', '030', '031', '033', '034', '035', '036', '037', '038',
  '040', '042', '044', '045', '046', '048', '049', '051', '052', '054', '056', '058', '060',
  '062', '064', '066', '067', '068', '070', '072', '074', '075', '077', '079', '080', '082',
  '083', '084', '086', '087', '089', '091', '092', '093', '094', '095', '096',
]);

/**
 * CCCD: 12 digits; 1–3 province code, 4 century+sex (0/1: 1900s, 2/3: 2000s, …), 5–6 the last
 * two digits of the birth year. When a birth year is known it must agree with the number.
 */
export function checkCccd(input: string, birthYear?: number | null): Checked {
  const digits = input.replace(/\s/gu, '');
  if (!/^\d{12}$/u.test(digits)) {
    return { ok: false, message: 'Số CCCD phải gồm đúng 12 chữ số.' };
  }
  if (!CCCD_PROVINCE_CODES.has(digits.slice(0, 3))) {
    return { ok: false, message: `Mã tỉnh "${digits.slice(0, 3)}" ở đầu số CCCD không hợp lệ.` };
  }
  const centuryDigit = Number(digits[3]);
  if (centuryDigit > 9) return { ok: false, message: 'Chữ số thứ 4 của CCCD không hợp lệ.' };
  const century = 1900 + Math.floor(centuryDigit / 2) * 100;
  const year = century + Number(digits.slice(4, 6));
  if (birthYear && birthYear !== year) {
    return {
      ok: false,
      message: `Số CCCD ứng với năm sinh ${year}, không khớp năm sinh đã nhập (${birthYear}).`,
    };
  }
  return { ok: true, value: digits };
}

/** "001085012345" → "00108•••••45": lists show only enough to tell people apart. */
export function maskCccd(cccd: string | null | undefined): string {
  if (!cccd) return '';
  return cccd.slice(0, 3) + '•'.repeat(Math.max(0, cccd.length - 5)) + cccd.slice(-2);
}
