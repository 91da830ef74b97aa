/** What trust and signing checks need from a certificate, read once with its exact name bytes. */
import { createHash, X509Certificate as NodeCertificate } from 'node:crypto';
import * as asn1js from 'asn1js';
import { BasicConstraints, Certificate } from 'pkijs';

export interface CertificateFacts {
  /** A copy: callers may reuse their buffers. Facts are shared between calls; never mutate. */
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

const OID_CN = '2.5.4.3';
const OID_KEY_USAGE = '2.5.29.15';
const OID_BASIC_CONSTRAINTS = '2.5.29.19';

/**
 * Recently read certificates by SHA-256: the same CA certificates come with every signature and
 * sit in the trust store, and Node's X509Certificate costs about a millisecond to build.
 */
const recent = new Map<string, CertificateFacts>();
const RECENT_MAX = 64;

export function certificateFacts(der: Uint8Array): CertificateFacts {
  const sha256 = createHash('sha256').update(der).digest('hex');
  const known = recent.get(sha256);
  if (known) return known;
  const facts = readFacts(der, sha256);
  if (recent.size >= RECENT_MAX) recent.delete(recent.keys().next().value!);
  recent.set(sha256, facts);
  return facts;
}

/** One parse by pkijs (names kept as their bytes), one by Node for the key and signature checks. */
function readFacts(der: Uint8Array, sha256: string): CertificateFacts {
  const node = new NodeCertificate(Buffer.from(der));
  const cert = Certificate.fromBER(new Uint8Array(der));
  const extension = (oid: string) => cert.extensions?.find((e) => e.extnID === oid)?.parsedValue as unknown;
  const basic = extension(OID_BASIC_CONSTRAINTS);
  const usage = extension(OID_KEY_USAGE);
  // KeyUsage bits, RFC 5280 §4.2.1.3: digitalSignature (0), nonRepudiation (1), keyCertSign (5).
  const bits = usage instanceof asn1js.BitString ? usage.valueBlock.valueHexView : null;
  const bit = (n: number) => !!bits && ((bits[n >> 3] ?? 0) & (0x80 >> (n & 7))) !== 0;
  const cn = cert.subject.typesAndValues.find((t) => t.type === OID_CN)?.value.valueBlock.value;
  return {
    der: new Uint8Array(der),
    node,
    sha256,
    subjectDer: new Uint8Array(cert.subject.valueBeforeDecode),
    issuerDer: new Uint8Array(cert.issuer.valueBeforeDecode),
    commonName: (typeof cn === 'string' ? cn : node.subject).normalize('NFC'),
    notBefore: cert.notBefore.value,
    notAfter: cert.notAfter.value,
    isCa: basic instanceof BasicConstraints && !!basic.cA,
    keyUsage: bits ? { digitalSignature: bit(0), nonRepudiation: bit(1), keyCertSign: bit(5) } : null,
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
