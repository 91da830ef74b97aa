const GROUPED = new Intl.NumberFormat('vi-VN');

/** 1180 → "1.180" (Vietnamese thousands separator). */
export function formatCount(n: number | null | undefined): string {
  return n === null || n === undefined ? '' : GROUPED.format(n);
}

/**
 * A typed count → the contract's number: empty is null, "1.180" or "1 180" is 1180, and
 * anything else is NaN so the contract's schema answers "… phải là số.".
 */
export function parseCount(typed: string): number | null {
  const text = typed.replace(/[\s.]/gu, '');
  if (text === '') return null;
  return /^-?\d+$/u.test(text) ? Number(text) : Number.NaN;
}
