import { describe, expect, it } from 'vitest';
import { redactAuditJson, redactForAudit } from '../../electron/core/privacy/audit-redact';
import { shownValue } from '../../renderer/src/pages/imports/import-plan';

/** CCCDs masked in lists and in the audit trail; ids and other numbers untouched. */
describe('CCCD masking', () => {
  it('masks the cccd field and lone 12-digit runs, not UUIDs, phones or longer numbers', () => {
    const id = '01a22bf6-635e-704d-be86-123456789012'; // a UUID whose last group is all digits
    expect(redactForAudit({ id, cccd: '001090123456', phone: '0912345678', note: 'CCCD 079185000321, TK 1234567890123', list: [{ cccd: null }] })).toEqual({
      id, cccd: '001•••••••56', phone: '0912345678', note: 'CCCD 079•••••••21, TK 1234567890123', list: [{ cccd: null }],
    });
    expect(redactAuditJson('not json 001090123456')).toBe('not json 001•••••••56');
    expect(redactAuditJson(null)).toBeNull();
  });

  it('shows a CCCD masked in the import preview, a malformed one as typed', () => {
    expect(shownValue('cccd', '001 090 123 456')).toBe('001•••••••56');
    expect(shownValue('cccd', '0010901')).toBe('0010901');
  });
});
