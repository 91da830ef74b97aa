/**
 * The second verdict on a signature: does the signer's certificate chain to a CA the office
 * trusts, with every certificate valid at the signing time? Integrity (the bytes are unchanged)
 * is judged elsewhere; a perfectly intact signature by a self-made certificate proves nothing
 * about who signed (issue 8 §4). Revocation is not checked: it needs the CA's servers (OCSP/CRL)
 * and the app works offline, so every verdict says so.
 */
import { sameBytes } from '../asn1/der';
import { type CertificateFacts, tryCertificateFacts, vnDate } from './certificate-facts';

export interface TrustVerdict {
  trusted: boolean;
  /** Common names from the signer up to the trusted CA (or as far as the chain could be built). */
  chain: string[];
  /** The trusted CA the chain ends at. */
  anchor: string | null;
  /** Vietnamese, why it is not trusted; empty when trusted. */
  problems: string[];
}

const MAX_CHAIN = 8;

function issuedBy(child: CertificateFacts, parent: CertificateFacts): boolean {
  if (!sameBytes(child.issuerDer, parent.subjectDer)) return false;
  try {
    return child.node.verify(parent.node.publicKey);
  } catch {
    return false;
  }
}

function isAnchor(cert: CertificateFacts, anchors: CertificateFacts[]): CertificateFacts | undefined {
  // The same DER, or the same CA name and key (a CA re-issues its root with new dates).
  return anchors.find((a) => a.sha256 === cert.sha256 || (sameBytes(a.subjectDer, cert.subjectDer) && a.node.publicKey.equals(cert.node.publicKey)));
}

/**
 * @param signer the signer's certificate (DER as carried)
 * @param carried the other certificates the signature carries
 * @param anchors the trust store's CA certificates
 * @param at the signing time (claimed by the signature; now when it names none)
 */
export function judgeTrust(signer: Uint8Array, carried: readonly Uint8Array[], anchors: readonly Uint8Array[], at: Date): TrustVerdict {
  const verdict: TrustVerdict = { trusted: false, chain: [], anchor: null, problems: [] };
  const leaf = tryCertificateFacts(signer);
  if (!leaf) {
    verdict.problems.push('Không đọc được chứng thư số của người ký.');
    return verdict;
  }
  const anchorFacts = anchors.map(tryCertificateFacts).filter((c): c is CertificateFacts => !!c);
  const pool = [...carried.map(tryCertificateFacts).filter((c): c is CertificateFacts => !!c), ...anchorFacts];
  const path: CertificateFacts[] = [leaf];
  let anchor: CertificateFacts | undefined;
  for (let current = leaf; ; ) {
    anchor = isAnchor(current, anchorFacts);
    if (anchor) break;
    if (path.length >= MAX_CHAIN) {
      verdict.problems.push('Chuỗi chứng thư số quá dài.');
      break;
    }
    const selfSigned = issuedBy(current, current);
    // Prefer a trusted CA as the issuer, so a CA carried in the signature is never needed.
    const next = selfSigned ? undefined : [...anchorFacts, ...pool].find((c) => !path.includes(c) && issuedBy(current, c));
    if (!next) {
      verdict.problems.push(
        selfSigned
          ? `Chứng thư số "${current.commonName}" tự cấp (tự ký), không có trong danh sách tổ chức cấp chứng thư tin cậy.`
          : `Không tìm thấy tổ chức cấp chứng thư tin cậy đã cấp chứng thư "${current.commonName}".`,
      );
      break;
    }
    if (!next.isCa || (next.keyUsage && !next.keyUsage.keyCertSign)) {
      verdict.problems.push(`Chứng thư "${next.commonName}" không phải của tổ chức cấp chứng thư (không được phép cấp chứng thư khác).`);
      break;
    }
    path.push(next);
    current = next;
  }
  verdict.chain = path.map((c) => c.commonName);
  for (const c of path) {
    if (at < c.notBefore || at > c.notAfter) {
      verdict.problems.push(
        `Chứng thư "${c.commonName}" không còn hiệu lực vào thời điểm ký ${vnDate(at)} (hiệu lực từ ${vnDate(c.notBefore)} đến ${vnDate(c.notAfter)}).`,
      );
    }
  }
  if (anchor) verdict.anchor = anchor.commonName;
  verdict.trusted = !!anchor && verdict.problems.length === 0;
  return verdict;
}
