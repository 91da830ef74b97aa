/** Human-readable facts about a certificate, with Vietnamese names decoded as proper Unicode. */
import { X509Certificate } from '@peculiar/x509';

export interface CertificateSummary {
  /** Full subject, e.g. "CN=Nguyễn Văn Ánh, O=UBND xã Hòa Bình, L=Thừa Thiên Huế, C=VN". */
  subject: string;
  issuer: string;
  commonName: string | null;
  organisation: string | null;
  issuerCommonName: string | null;
  /** Upper-case hex, as certificate viewers show it. */
  serialNumber: string;
  notBefore: Date;
  notAfter: Date;
}

const first = (values: string[]) => (values.length ? values[0].normalize('NFC') : null);

export function summariseCertificate(der: Uint8Array): CertificateSummary {
  const cert = new X509Certificate(new Uint8Array(der));
  return {
    subject: cert.subject.normalize('NFC'),
    issuer: cert.issuer.normalize('NFC'),
    commonName: first(cert.subjectName.getField('CN')),
    organisation: first(cert.subjectName.getField('O')),
    issuerCommonName: first(cert.issuerName.getField('CN')),
    serialNumber: cert.serialNumber.toUpperCase(),
    notBefore: cert.notBefore,
    notAfter: cert.notAfter,
  };
}
