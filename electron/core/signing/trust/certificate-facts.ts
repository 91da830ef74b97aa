/** What trust and signing checks need from a certificate, read once with its exact name bytes. */
import { createHash, X509Certificate as NodeCertificate } from 'node:crypto';
import { BasicConstraintsExtension, KeyUsageFlags, KeyUsagesExtension, X509Certificate } from '@peculiar/x509';
import { Certificate } from 'pkijs';

export interface CertificateFacts {
  der: Uint8Array;
  node: NodeCertificate;
  /** SHA-256 of the DER, lower-case hex: how a trusted CA is recognised. */
  sha256: string;
  subjectDer: Uint8Array;
  issuerDer: Uint8Array;
  commonName: string;
  notBefore: Date;
  notAfter: Date;
  isCa: boolean;
  /** null when the certificate has no keyUsage extension (any use allowed, RFC 5280 §4.2.1.3). */
  keyUsage: { digitalSignature: boolean; nonRepudiation: boolean; keyCertSign: boolean } | null;
}

export function certificateFacts(der: Uint8Array): CertificateFacts {
  const node = new NodeCertificate(Buffer.from(der));
  const peculiar = new X509Certificate(new Uint8Array(der));
  const pkijs = Certificate.fromBER(new Uint8Array(der));
  const usage = peculiar.getExtension(KeyUsagesExtension);
  const basic = peculiar.getExtension(BasicConstraintsExtension);
  const has = (flag: KeyUsageFlags) => !!usage && (usage.usages & flag) === flag;
  return {
    der,
    node,
    sha256: createHash('sha256').update(der).digest('hex'),
    subjectDer: new Uint8Array(pkijs.subject.valueBeforeDecode),
    issuerDer: new Uint8Array(pkijs.issuer.valueBeforeDecode),
    commonName: (peculiar.subjectName.getField('CN')[0] ?? peculiar.subject).normalize('NFC'),
    notBefore: peculiar.notBefore,
    notAfter: peculiar.notAfter,
    isCa: !!basic?.ca,
    keyUsage: usage
      ? { digitalSignature: has(KeyUsageFlags.digitalSignature), nonRepudiation: has(KeyUsageFlags.nonRepudiation), keyCertSign: has(KeyUsageFlags.keyCertSign) }
      : null,
  };
}

/** Tries to read facts; null for bytes that are not a certificate. */
export function tryCertificateFacts(der: Uint8Array): CertificateFacts | null {
  try {
    return certificateFacts(der);
  } catch {
    return null;
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
/** "05/01/2026" in Vietnam's time (UTC+7), as the office reads certificate dates. */
export function vnDate(d: Date): string {
  const t = new Date(d.getTime() + 7 * 3600_000);
  return `${pad(t.getUTCDate())}/${pad(t.getUTCMonth() + 1)}/${t.getUTCFullYear()}`;
}
