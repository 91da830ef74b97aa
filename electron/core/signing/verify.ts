/**
 * Our own verifier for signed PDFs (ours or any other tool's): for every signature dictionary it
 * checks that /ByteRange covers the file except the /Contents hex string, recomputes the digest,
 * checks the CMS signature with the signer's certificate, and says whether bytes were added
 * after signing (integrity), then judges whether the signer's certificate chains to a CA in
 * the trust store, valid at the signing time (trust; see trust/judge-trust.ts).
 */
import { decodeTextString, type PdfValue } from './pdf/pdf-syntax';
import { type CertificateSummary, summariseCertificate } from './verify/certificate-info';
import { findSignatureDictionaries, type FoundSignature } from './verify/find-signatures';
import { verifyCms } from './verify/verify-cms';
import { judgeTrust, type TrustVerdict } from './trust/judge-trust';

export interface SignatureReport {
  /**
   * The signed revision is intact and the CMS signature checks out with the signer's certificate.
   * Bytes added after signing do not make it false: see coversWholeDocument.
   */
  valid: boolean;
  /** The signature covers the whole file (nothing was appended after signing). */
  coversWholeDocument: boolean;
  signerName: string | null;
  signerOrganisation: string | null;
  issuerName: string | null;
  serialNumber: string | null;
  notBefore: Date | null;
  notAfter: Date | null;
  /** From the CMS signingTime attribute, else the dictionary's /M. */
  signingTime: Date | null;
  subFilter: string | null;
  byteRange: number[] | null;
  /** Signer's certificate first, then the others carried in the signature. */
  certificates: CertificateSummary[];
  reason: string | null;
  location: string | null;
  /** Vietnamese, for the user. Empty when everything checks out. */
  problems: string[];
  /** Whether the certificate chains to a trusted CA; judged only when the CMS names its signer. */
  trust: TrustVerdict;
}

export interface VerifyOptions {
  /** DER of the CA certificates the office trusts (the trust store). None: nothing is trusted. */
  trustAnchors?: readonly Uint8Array[];
}

/** Parses a PDF date "D:YYYYMMDDHHmmSSOHH'mm'" (trailing parts optional). */
export function parsePdfDate(text: string): Date | null {
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{0,2}'?)?/.exec(text);
  if (!m) return null;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', zone] = m;
  let offsetMinutes = 0;
  const z = zone ? /^([+-])(\d{2})'?(\d{2})?/.exec(zone) : null;
  if (z) offsetMinutes = (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3] ?? 0));
  const utc = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s) - offsetMinutes * 60_000;
  return Number.isNaN(utc) ? null : new Date(utc);
}

function text(value: PdfValue | undefined): string | null {
  if (value?.kind === 'string') return decodeTextString(value.bytes);
  if (value?.kind === 'name') return value.value;
  return null;
}

function checkByteRange(pdf: Uint8Array, sig: FoundSignature, problems: string[]): boolean {
  const range = sig.byteRange;
  if (!range || !sig.contents) {
    problems.push('Chữ ký thiếu /ByteRange hoặc /Contents hợp lệ.');
    return false;
  }
  const [start1, length1, start2, length2] = range;
  const ok =
    start1 === 0 &&
    start2 >= length1 &&
    start2 + length2 <= pdf.length &&
    // The one gap must be exactly the /Contents hex string, delimiters included.
    sig.contents.hex &&
    sig.contents.start === length1 &&
    sig.contents.end === start2;
  if (!ok) problems.push('Vùng được ký (/ByteRange) không bao phủ đúng tệp ngoài phần chữ ký (/Contents).');
  return ok;
}

/** The DER signature inside /Contents, without the zero padding after it. */
function cmsBytes(contents: Uint8Array): Uint8Array {
  // DER length of the outer SEQUENCE tells where the signature ends.
  if (contents[0] !== 0x30) return contents;
  const first = contents[1];
  if (first < 0x80) return contents.subarray(0, 2 + first);
  const n = first & 0x7f;
  if (n === 0 || n > 4) return contents; // indefinite length: leave the padding, BER parsers stop at end
  let length = 0;
  for (let i = 0; i < n; i++) length = length * 256 + contents[2 + i];
  return contents.subarray(0, Math.min(contents.length, 2 + n + length));
}

/** A report with nothing verified yet: the dictionary's own fields only. */
function emptyReport(sig: FoundSignature, coversWholeDocument: boolean, problems: string[]): SignatureReport {
  const m = text(sig.dict.entries.get('M'));
  return {
    valid: false,
    coversWholeDocument,
    signerName: null,
    signerOrganisation: null,
    issuerName: null,
    serialNumber: null,
    notBefore: null,
    notAfter: null,
    signingTime: m ? parsePdfDate(m) : null,
    subFilter: text(sig.dict.entries.get('SubFilter')),
    byteRange: sig.byteRange,
    certificates: [],
    reason: text(sig.dict.entries.get('Reason')),
    location: text(sig.dict.entries.get('Location')),
    problems,
    trust: { trusted: false, chain: [], anchor: null, problems: ['Không xác định được chứng thư số của người ký.'] },
  };
}

function reportFor(pdf: Uint8Array, sig: FoundSignature, anchors: readonly Uint8Array[]): SignatureReport {
  const problems: string[] = [];
  const byteRangeOk = checkByteRange(pdf, sig, problems);
  const range = sig.byteRange;
  const coversWholeDocument = byteRangeOk && !!range && range[2] + range[3] === pdf.length;
  const report = emptyReport(sig, coversWholeDocument, problems);
  if (!byteRangeOk || !range || !sig.contents) return report;

  const signed = new Uint8Array(range[1] + range[3]);
  signed.set(pdf.subarray(range[0], range[0] + range[1]));
  signed.set(pdf.subarray(range[2], range[2] + range[3]), range[1]);
  const cms = verifyCms(cmsBytes(sig.contents.bytes), signed);
  problems.push(...cms.problems);
  report.certificates = cms.certificates.flatMap((der) => {
    try {
      return [summariseCertificate(der)];
    } catch {
      return [];
    }
  });
  if (cms.signerCertificate && report.certificates[0]) {
    const signer = report.certificates[0];
    report.signerName = signer.commonName ?? signer.subject;
    report.signerOrganisation = signer.organisation;
    report.issuerName = signer.issuerCommonName ?? signer.issuer;
    report.serialNumber = signer.serialNumber;
    report.notBefore = signer.notBefore;
    report.notAfter = signer.notAfter;
  }
  report.signingTime = cms.signingTime ?? report.signingTime;
  report.valid = cms.signatureValid;
  if (cms.signerCertificate) {
    const others = cms.certificates.filter((c) => c !== cms.signerCertificate);
    report.trust = judgeTrust(cms.signerCertificate, others, anchors, report.signingTime ?? new Date());
  }
  if (!coversWholeDocument) {
    const added = pdf.length - (range[2] + range[3]);
    problems.push(
      `Chữ ký không bao trùm toàn bộ tệp: có ${added} byte được thêm vào sau khi ký (có thể là chữ ký sau hoặc nội dung sửa đổi).`,
    );
  }
  return report;
}

/** A signature whose CMS cannot even be walked is reported broken, never thrown. */
function safeReportFor(pdf: Uint8Array, sig: FoundSignature, anchors: readonly Uint8Array[]): SignatureReport {
  try {
    return reportFor(pdf, sig, anchors);
  } catch {
    return emptyReport(sig, false, ['Không đọc được dữ liệu chữ ký (CMS) trong tệp.']);
  }
}

/**
 * Synchronous: the work is CPU only. Throws AppError (Vietnamese) past the size limits in
 * pdf/limits.ts; every other defect of the file is reported as a problem of its signature.
 */
export function verifyPdfSignaturesSync(pdf: Uint8Array, options: VerifyOptions = {}): SignatureReport[] {
  const anchors = options.trustAnchors ?? [];
  return findSignatureDictionaries(pdf).map((sig) => safeReportFor(pdf, sig, anchors));
}

export async function verifyPdfSignatures(pdf: Uint8Array, options: VerifyOptions = {}): Promise<SignatureReport[]> {
  return verifyPdfSignaturesSync(pdf, options);
}
