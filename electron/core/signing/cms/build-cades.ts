/**
 * Builds the CMS SignedData for a PDF signature, CAdES style (ETSI.CAdES.detached): detached
 * content, signed attributes contentType, messageDigest, signingTime and signingCertificateV2.
 * Certificates and names are carried as the signer's own DER — never rebuilt from strings — so
 * Vietnamese UTF8String names stay byte-identical to what the CA signed.
 */
import { createHash } from 'node:crypto';
import * as asn1js from 'asn1js';
import {
  AlgorithmIdentifier,
  Attribute,
  Certificate,
  ContentInfo,
  EncapsulatedContentInfo,
  GeneralName,
  GeneralNames,
  IssuerAndSerialNumber,
  SignedAndUnsignedAttributes,
  SignedData,
  SignerInfo,
} from 'pkijs';
import { AppError } from '../../../../shared/errors';
import { sameBytes } from '../asn1/der';
import { OID } from '../asn1/oids';
import type { SignatureScheme, Signer } from '../signer';

const SIGNATURE_ALGORITHM: Record<SignatureScheme, () => AlgorithmIdentifier> = {
  // RFC 4055: RSA PKCS#1 v1.5 identifiers carry an explicit NULL parameter.
  'RSASSA-PKCS1-v1_5-SHA256': () =>
    new AlgorithmIdentifier({ algorithmId: OID.sha256WithRSA, algorithmParams: new asn1js.Null() }),
  // RFC 5758: ECDSA identifiers carry no parameters.
  'ECDSA-SHA256': () => new AlgorithmIdentifier({ algorithmId: OID.ecdsaWithSha256 }),
};

const sha256 = (data: Uint8Array) => new Uint8Array(createHash('sha256').update(data).digest());

/** Parses a certificate and makes sure pkijs will write it back byte for byte. */
function parseUnchanged(der: Uint8Array): Certificate {
  const cert = Certificate.fromBER(new Uint8Array(der));
  if (!sameBytes(new Uint8Array(cert.toSchema().toBER()), der)) {
    throw new AppError(
      'INTERNAL',
      'Chứng thư số có cấu trúc không chuẩn DER nên không thể nhúng nguyên bản vào chữ ký.',
    );
  }
  return cert;
}

/** RFC 5035 SigningCertificateV2 with one ESSCertIDv2 (SHA-256 is the default, so no hashAlgorithm). */
function signingCertificateV2(cert: Certificate, der: Uint8Array): asn1js.Sequence {
  const issuerSerial = new asn1js.Sequence({
    value: [
      new GeneralNames({ names: [new GeneralName({ type: 4, value: cert.issuer })] }).toSchema(),
      cert.serialNumber,
    ],
  });
  const essCertIdV2 = new asn1js.Sequence({
    value: [new asn1js.OctetString({ valueHex: sha256(der) }), issuerSerial],
  });
  return new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] });
}

/** DER orders the members of a SET OF by their encodings. */
function derSorted(attributes: Attribute[]): Attribute[] {
  const encoded = attributes.map((a) => ({ a, bytes: new Uint8Array(a.toSchema().toBER()) }));
  encoded.sort((x, y) => {
    const n = Math.min(x.bytes.length, y.bytes.length);
    for (let i = 0; i < n; i++) if (x.bytes[i] !== y.bytes[i]) return x.bytes[i] - y.bytes[i];
    return x.bytes.length - y.bytes.length;
  });
  return encoded.map((e) => e.a);
}

/** The signing time as RFC 5652 wants it: UTCTime up to 2049, GeneralizedTime after. */
function signingTimeValue(time: Date): asn1js.BaseBlock {
  return time.getUTCFullYear() < 2050
    ? new asn1js.UTCTime({ valueDate: time })
    : new asn1js.GeneralizedTime({ valueDate: time });
}

/** Returns the DER ContentInfo (SignedData) to put in the PDF's /Contents. */
export async function buildCadesDetachedSignature(
  content: Uint8Array,
  signer: Signer,
  signingTime: Date,
): Promise<Uint8Array> {
  const [signerDer, ...issuerDers] = signer.certificateChain;
  if (!signerDer) throw new AppError('VALIDATION', 'Chưa có chứng thư số của người ký.');
  const signerCert = parseUnchanged(signerDer);
  const issuerCerts = issuerDers.map(parseUnchanged);

  const attributes = derSorted([
    new Attribute({ type: OID.contentType, values: [new asn1js.ObjectIdentifier({ value: OID.data })] }),
    new Attribute({ type: OID.signingTime, values: [signingTimeValue(signingTime)] }),
    new Attribute({ type: OID.messageDigest, values: [new asn1js.OctetString({ valueHex: sha256(content) })] }),
    new Attribute({ type: OID.signingCertificateV2, values: [signingCertificateV2(signerCert, signerDer)] }),
  ]);
  // The signature covers the attributes DER-encoded as a SET (RFC 5652 section 5.4).
  const toBeSigned = new Uint8Array(new asn1js.Set({ value: attributes.map((a) => a.toSchema()) }).toBER());
  const signature = await signer.sign(toBeSigned);

  const signerInfo = new SignerInfo({
    version: 1,
    sid: new IssuerAndSerialNumber({ issuer: signerCert.issuer, serialNumber: signerCert.serialNumber }),
    digestAlgorithm: new AlgorithmIdentifier({ algorithmId: OID.sha256 }),
    signedAttrs: new SignedAndUnsignedAttributes({ type: 0, attributes }),
    signatureAlgorithm: SIGNATURE_ALGORITHM[signer.scheme](),
    signature: new asn1js.OctetString({ valueHex: signature }),
  });
  const signedData = new SignedData({
    version: 1,
    digestAlgorithms: [new AlgorithmIdentifier({ algorithmId: OID.sha256 })],
    encapContentInfo: new EncapsulatedContentInfo({ eContentType: OID.data }),
    certificates: [signerCert, ...issuerCerts],
    signerInfos: [signerInfo],
  });
  const contentInfo = new ContentInfo({ contentType: OID.signedData, content: signedData.toSchema() });
  return new Uint8Array(contentInfo.toSchema().toBER());
}
