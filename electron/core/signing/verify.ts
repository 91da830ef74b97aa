/**
 * Our own verifier for signed PDFs (ours or any other tool's): for every signature dictionary it
 * checks that /ByteRange covers the file except the /Contents hex string, recomputes the digest,
 * checks the CMS signature with the signer's certificate, and says whether bytes were added
 * after signing. Certificate-chain trust is not judged; the chain is reported as carried.
 */
import { decodeTextString, type PdfValue } from './pdf/pdf-syntax';
import { type CertificateSummary, summariseCertificate } from './verify/certificate-info';
import { findSignatureDictionaries, type FoundSignature } from './verify/find-signatures';
import { verifyCms } from './verify/verify-cms';

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

function reportFor(pdf: Uint8Array, sig: FoundSignature): SignatureReport {
  const problems: string[] = [];
  const byteRangeOk = checkByteRange(pdf, sig, problems);
  const range = sig.byteRange;
  const coversWholeDocument = byteRangeOk && !!range && range[2] + range[3] === pdf.length;
  const report: SignatureReport = {
    valid: false,
    coversWholeDocument,
    signerName: null,
    signerOrganisation: null,
    issuerName: null,
    serialNumber: null,
    notBefore: null,
    notAfter: null,
    signingTime: null,
    subFilter: text(sig.dict.entries.get('SubFilter')),
    byteRange: range,
    certificates: [],
    reason: text(sig.dict.entries.get('Reason')),
    location: text(sig.dict.entries.get('Location')),
    problems,
  };
  const m = text(sig.dict.entries.get('M'));
  report.signingTime = m ? parsePdfDate(m) : null;
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
  if (!coversWholeDocument) {
    const added = pdf.length - (range[2] + range[3]);
    problems.push(
      `Chữ ký không bao trùm toàn bộ tệp: có ${added} byte được thêm vào sau khi ký (có thể là chữ ký sau hoặc nội dung sửa đổi).`,
    );
  }
  return report;
}

export async function verifyPdfSignatures(pdf: Uint8Array): Promise<SignatureReport[]> {
  return findSignatureDictionaries(pdf).map((sig) => reportFor(pdf, sig));
}
