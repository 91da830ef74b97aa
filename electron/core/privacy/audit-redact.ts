import { maskCccd } from '../../../shared/text/identity';

/**
 * The audit trail keeps who changed what and when, never a CCCD in clear (issue 9; README
 * "Personal data"). A value under a `cccd` key is masked whatever its shape; elsewhere a run of
 * exactly 12 digits standing alone is masked too (a CCCD pasted into a note), while digits inside
 * ids ("…-019312345678" ends a UUID) and longer numbers are left alone.
 */
const LOOSE_CCCD = /(?<![\w-])\d{12}(?![\w-])/gu;

export function maskCccdsIn(text: string): string {
  return text.replace(LOOSE_CCCD, (digits) => maskCccd(digits));
}

export function redactForAudit(value: unknown, key?: string): unknown {
  if (typeof value === 'string') return key === 'cccd' ? maskCccd(value) || null : maskCccdsIn(value);
  if (Array.isArray(value)) return value.map((v) => redactForAudit(v));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactForAudit(v, k)]));
  }
  return value;
}

/** The stored JSON text of an audit column, redacted; text that is not JSON is masked as text. */
export function redactAuditJson(json: string | null): string | null {
  if (json === null) return null;
  try {
    return JSON.stringify(redactForAudit(JSON.parse(json)));
  } catch {
    return maskCccdsIn(json);
  }
}
