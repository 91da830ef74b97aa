/**
 * Checks a CMS SignedData against the bytes it signs: message digest (or time-stamp imprint),
 * the signature over the signed attributes with the signer's certificate, and the
 * signing-certificate attribute. Problems are returned in Vietnamese, never thrown.
 */
import { createHash, constants, verify, X509Certificate as NodeCertificate } from 'node:crypto';
import * as asn1js from 'asn1js';
import { Certificate, ContentInfo, IssuerAndSerialNumber, RSASSAPSSParams, SignedData, SignerInfo, TSTInfo } from 'pkijs';
import { children, encodedBytes, octets, oidOf, parseAsn1, sameBytes } from '../asn1/der';
import { DIGEST_BY_OID, OID } from '../asn1/oids';
import { tryCertificateFacts } from '../trust/certificate-facts';

export interface CmsCheck {
  signatureValid: boolean;
  /** Certificates as carried, signer first when found; each DER as in the CMS. */
  certificates: Uint8Array[];
  signerCertificate: Uint8Array | null;
  signingTime: Date | null;
  problems: string[];
}

const TST_INFO = '1.2.840.113549.1.9.16.1.4';

const HASH_OF_SIGNATURE_OID: Record<string, string> = {
  [OID.sha1WithRSA]: 'sha1',
  [OID.sha224WithRSA]: 'sha224',
  [OID.sha256WithRSA]: 'sha256',
  [OID.sha384WithRSA]: 'sha384',
  [OID.sha512WithRSA]: 'sha512',
  [OID.ecdsaWithSha1]: 'sha1',
  [OID.ecdsaWithSha224]: 'sha224',
  [OID.ecdsaWithSha256]: 'sha256',
  [OID.ecdsaWithSha384]: 'sha384',
  [OID.ecdsaWithSha512]: 'sha512',
};

const digest = (hash: string, data: Uint8Array) => new Uint8Array(createHash(hash).update(data).digest());

function findSignerCertificate(signerInfo: SignerInfo, certs: { der: Uint8Array; cert: Certificate }[]) {
  const sid = signerInfo.sid;
  if (sid instanceof IssuerAndSerialNumber) {
    return certs.find(
      ({ cert }) =>
        sameBytes(new Uint8Array(cert.issuer.valueBeforeDecode), new Uint8Array(sid.issuer.valueBeforeDecode)) &&
        sameBytes(cert.serialNumber.valueBlock.valueHexView, sid.serialNumber.valueBlock.valueHexView),
    );
  }
  // [0] SubjectKeyIdentifier
  const ski = octets(sid as asn1js.AsnType);
  return certs.find(({ cert }) => {
    const ext = cert.extensions?.find((e) => e.extnID === '2.5.29.14');
    return ext ? sameBytes(octets(parseAsn1(ext.extnValue.valueBlock.valueHexView) as asn1js.AsnType), ski) : false;
  });
}

/** Verifies `signature` over `data` with the certificate's key, per the SignerInfo's algorithms. */
function verifySignatureValue(signerInfo: SignerInfo, certDer: Uint8Array, data: Uint8Array): boolean | 'unsupported' {
  const algorithm = signerInfo.signatureAlgorithm.algorithmId;
  const signature = octets(signerInfo.signature);
  const key = (tryCertificateFacts(certDer)?.node ?? new NodeCertificate(Buffer.from(certDer))).publicKey;
  const digestHash = DIGEST_BY_OID[signerInfo.digestAlgorithm.algorithmId];
  if (algorithm === OID.rsassaPss) {
    const params = new RSASSAPSSParams({ schema: signerInfo.signatureAlgorithm.algorithmParams });
    const hash = DIGEST_BY_OID[params.hashAlgorithm.algorithmId];
    if (!hash) return 'unsupported';
    return verify(hash, data, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: params.saltLength }, signature);
  }
  // Many tools label an RSA signature just "rsaEncryption" (or an EC one "ecPublicKey"): the
  // digest algorithm then says which hash was used.
  const hash = HASH_OF_SIGNATURE_OID[algorithm] ?? (algorithm === OID.rsaEncryption || algorithm === OID.ecPublicKey ? digestHash : undefined);
  if (!hash) return 'unsupported';
  const options = key.asymmetricKeyType === 'rsa' ? { key, padding: constants.RSA_PKCS1_PADDING } : key;
  return verify(hash, data, options, signature);
}

function attributeValue(signerInfo: SignerInfo, type: string): asn1js.AsnType | undefined {
  return signerInfo.signedAttrs?.attributes.find((a) => a.type === type)?.values[0];
}

function timeOf(value: asn1js.AsnType | undefined): Date | null {
  if (value instanceof asn1js.UTCTime || value instanceof asn1js.GeneralizedTime) return value.toDate();
  return null;
}

/** ESS signing-certificate(-v2): the hash of the signer's certificate must match. */
function checkSigningCertificate(signerInfo: SignerInfo, certDer: Uint8Array, problems: string[]): boolean {
  const v2 = attributeValue(signerInfo, OID.signingCertificateV2);
  const v1 = attributeValue(signerInfo, OID.signingCertificate);
  const attr = v2 ?? v1;
  if (!attr) return true;
  const essCertId = children(children(attr)[0] ?? attr)[0];
  const fields = essCertId ? children(essCertId) : [];
  let hash = v2 ? 'sha256' : 'sha1';
  let hashBlock = fields[0];
  if (v2 && fields[0] instanceof asn1js.Sequence) {
    hash = DIGEST_BY_OID[oidOf(children(fields[0])[0]) ?? ''] ?? '';
    hashBlock = fields[1];
  }
  if (!hash || !hashBlock || !sameBytes(octets(hashBlock), digest(hash, certDer))) {
    problems.push('Thuộc tính "signingCertificate" không khớp với chứng thư số của người ký.');
    return false;
  }
  return true;
}

export function verifyCms(cmsDer: Uint8Array, signedContent: Uint8Array): CmsCheck {
  const result: CmsCheck = { signatureValid: false, certificates: [], signerCertificate: null, signingTime: null, problems: [] };
  let signedData: SignedData;
  let certs: { der: Uint8Array; cert: Certificate }[];
  try {
    const contentInfo = new ContentInfo({ schema: parseAsn1(cmsDer) ?? undefined });
    if (contentInfo.contentType !== OID.signedData) throw new Error('not SignedData');
    signedData = new SignedData({ schema: contentInfo.content });
    // The raw certificate blocks, so their bytes are reported exactly as carried.
    const rawCerts = children(contentInfo.content as asn1js.AsnType).find(
      (b) => b.idBlock.tagClass === 3 && b.idBlock.tagNumber === 0,
    );
    certs = (rawCerts ? children(rawCerts) : [])
      .filter((b) => b instanceof asn1js.Sequence)
      .map((b) => ({ der: encodedBytes(b), cert: new Certificate({ schema: b }) }));
  } catch {
    result.problems.push('Không đọc được dữ liệu chữ ký (CMS) trong tệp.');
    return result;
  }
  result.certificates = certs.map((c) => c.der);
  const signerInfo = signedData.signerInfos[0];
  if (!signerInfo) {
    result.problems.push('Chữ ký không có thông tin người ký (SignerInfo).');
    return result;
  }
  const signer = findSignerCertificate(signerInfo, certs);
  if (!signer) {
    result.problems.push('Chữ ký không kèm chứng thư số của người ký nên không kiểm tra được.');
    return result;
  }
  result.signerCertificate = signer.der;
  result.certificates = [signer.der, ...certs.filter((c) => c !== signer).map((c) => c.der)];
  result.signingTime = timeOf(attributeValue(signerInfo, OID.signingTime));

  const hash = DIGEST_BY_OID[signerInfo.digestAlgorithm.algorithmId];
  if (!hash) {
    result.problems.push(`Thuật toán băm ${signerInfo.digestAlgorithm.algorithmId} chưa được hỗ trợ.`);
    return result;
  }
  // What the signer vouched for: the PDF bytes, or encapsulated content (time-stamp, adbe.pkcs7.sha1).
  const eContent = signedData.encapContentInfo.eContent;
  const vouched = eContent ? octets(eContent) : signedContent;
  let contentOk = true;
  if (eContent) {
    if (signedData.encapContentInfo.eContentType === TST_INFO) {
      const imprint = new TSTInfo({ schema: parseAsn1(vouched) ?? undefined }).messageImprint;
      const imprintHash = DIGEST_BY_OID[imprint.hashAlgorithm.algorithmId];
      contentOk = !!imprintHash && sameBytes(octets(imprint.hashedMessage), digest(imprintHash, signedContent));
    } else {
      // adbe.pkcs7.sha1: the encapsulated content is the SHA-1 of the signed bytes.
      contentOk = sameBytes(vouched, digest('sha1', signedContent));
    }
  }
  let dataToVerify = vouched;
  if (signerInfo.signedAttrs) {
    const messageDigest = attributeValue(signerInfo, OID.messageDigest);
    if (!messageDigest || !sameBytes(octets(messageDigest), digest(hash, vouched))) contentOk = false;
    dataToVerify = new Uint8Array(signerInfo.signedAttrs.encodedValue);
  }
  if (!contentOk) result.problems.push('Nội dung tệp đã bị thay đổi sau khi ký (mã băm không khớp).');

  let signatureOk: boolean | 'unsupported';
  try {
    signatureOk = verifySignatureValue(signerInfo, signer.der, dataToVerify);
  } catch {
    signatureOk = false;
  }
  if (signatureOk === 'unsupported') {
    result.problems.push(`Thuật toán chữ ký ${signerInfo.signatureAlgorithm.algorithmId} chưa được hỗ trợ.`);
  } else if (!signatureOk) {
    result.problems.push('Giá trị chữ ký không khớp với chứng thư số của người ký.');
  }
  const certOk = checkSigningCertificate(signerInfo, signer.der, result.problems);
  result.signatureValid = contentOk && signatureOk === true && certOk;
  return result;
}
