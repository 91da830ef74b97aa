/**
 * The words of the two verdicts on a signed PDF (issue 8 §4), one place for the UI and the CLI.
 * An intact signature by an untrusted certificate is never called plain "hợp lệ".
 */
import type { SignatureSummary } from '../api/decisions';

export const VERDICT = {
  valid: 'Chữ ký hợp lệ: tệp toàn vẹn và chứng thư số do tổ chức tin cậy cấp.',
  untrusted: 'Chữ ký toàn vẹn nhưng chứng thư số không do tổ chức tin cậy cấp.',
  broken: 'Chữ ký không hợp lệ: tệp đã bị thay đổi sau khi ký hoặc chữ ký bị hỏng.',
  unsigned: 'Tệp không có chữ ký số.',
  revocation: 'Chưa kiểm tra thu hồi chứng thư số (cần kết nối tới tổ chức cấp chứng thư).',
} as const;

export type VerdictKind = 'valid' | 'untrusted' | 'broken';

/** Integrity of one signature: its revision is intact and nothing was added after it. */
export const signatureIntact = (s: Pick<SignatureSummary, 'valid' | 'coversWholeDocument'>) => s.valid && s.coversWholeDocument;

/** Tolerates reports archived before the trust store (no `trusted` field: not trusted). */
export function signatureVerdict(s: SignatureSummary): VerdictKind {
  if (!signatureIntact(s)) return 'broken';
  return s.trusted === true ? 'valid' : 'untrusted';
}

/** Integrity of a file: every signature's revision intact and the last one covering the file. */
export function fileIntegrity(signatures: readonly Pick<SignatureSummary, 'valid' | 'coversWholeDocument'>[]): boolean {
  return signatures.length > 0 && signatures.every((s) => s.valid) && signatures[signatures.length - 1].coversWholeDocument;
}

export function fileVerdict(signatures: readonly SignatureSummary[]): { integrity: boolean; trusted: boolean; kind: VerdictKind | 'unsigned'; text: string } {
  if (signatures.length === 0) return { integrity: false, trusted: false, kind: 'unsigned', text: VERDICT.unsigned };
  const integrity = fileIntegrity(signatures);
  const trusted = signatures.every((s) => s.trusted === true);
  const kind: VerdictKind = !integrity ? 'broken' : trusted ? 'valid' : 'untrusted';
  return { integrity, trusted, kind, text: `${VERDICT[kind]} ${VERDICT.revocation}` };
}
