/**
 * What any signer (a .p12 today, a USB token later) must pass before a signature is made:
 * the certificate is valid at the signing time and its key usage allows signing documents
 * (digitalSignature or nonRepudiation, RFC 5280 §4.2.1.3). Refused in Vietnamese, before any
 * byte of the signed file exists.
 */
import { AppError } from '../../../shared/errors';
import { certificateFacts, vnDate } from './trust/certificate-facts';

export function assertCertificateCanSign(certificateDer: Uint8Array, at: Date): void {
  let cert;
  try {
    cert = certificateFacts(certificateDer);
  } catch {
    throw new AppError('VALIDATION', 'Không đọc được chứng thư số của người ký.');
  }
  const who = cert.commonName;
  if (at > cert.notAfter) {
    throw new AppError('VALIDATION', `Chứng thư số của ${who} đã hết hạn ngày ${vnDate(cert.notAfter)}; không ký được. Hãy gia hạn chứng thư với tổ chức cung cấp.`);
  }
  if (at < cert.notBefore) {
    throw new AppError('VALIDATION', `Chứng thư số của ${who} chưa có hiệu lực (từ ngày ${vnDate(cert.notBefore)}); không ký được.`);
  }
  if (cert.keyUsage && !cert.keyUsage.digitalSignature && !cert.keyUsage.nonRepudiation) {
    throw new AppError('VALIDATION', `Chứng thư số của ${who} không được cấp cho mục đích ký số văn bản (thiếu quyền "chữ ký số"); không ký được.`);
  }
}
