/**
 * Reads the certificates out of a CA file the office was given: .cer/.crt (DER or PEM), .pem with
 * one or more certificates, or .p7b (PKCS#7 "certs-only", DER or PEM). Each certificate is
 * returned as DER exactly as issued (re-encoding would break Vietnamese names, see signer.ts).
 */
import { X509Certificate } from 'node:crypto';
import * as asn1js from 'asn1js';
import { AppError } from '../../../../shared/errors';
import { children, encodedBytes, oidOf, parseAsn1 } from '../asn1/der';
import { OID } from '../asn1/oids';

export const CA_FILE_LIMITS = { maxBytes: 1024 * 1024, maxCertificates: 50 } as const;

const notReadable = () =>
  new AppError('VALIDATION', 'Không đọc được chứng thư số trong tệp. Hãy chọn tệp .cer, .crt, .pem hoặc .p7b do tổ chức cấp chứng thư cung cấp.');

const isCertificate = (der: Uint8Array) => {
  try {
    new X509Certificate(Buffer.from(der));
    return true;
  } catch {
    return false;
  }
};

/** The certificates of a PKCS#7 SignedData (a .p7b), as their own bytes. */
function certificatesOfPkcs7(der: Uint8Array): Uint8Array[] | null {
  const contentInfo = parseAsn1(der);
  if (!contentInfo) return null;
  const [type, explicit] = children(contentInfo);
  if (oidOf(type) !== OID.signedData || !explicit) return null;
  const signedData = children(explicit)[0];
  const certs = signedData ? children(signedData).find((b) => b.idBlock.tagClass === 3 && b.idBlock.tagNumber === 0) : undefined;
  return certs ? children(certs).filter((b) => b instanceof asn1js.Sequence).map(encodedBytes) : [];
}

function fromDer(der: Uint8Array): Uint8Array[] {
  if (isCertificate(der)) return [der];
  return certificatesOfPkcs7(der) ?? [];
}

export function readCaFile(bytes: Uint8Array): Uint8Array[] {
  if (bytes.length > CA_FILE_LIMITS.maxBytes) {
    throw new AppError('VALIDATION', 'Tệp chứng thư số quá lớn (tối đa 1 MB).');
  }
  const text = Buffer.from(bytes).toString('latin1');
  let found: Uint8Array[] = [];
  if (text.includes('-----BEGIN ')) {
    for (const m of text.matchAll(/-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\s]*?)-----END \1-----/g)) {
      const der = new Uint8Array(Buffer.from(m[2].replace(/\s+/g, ''), 'base64'));
      if (/CERTIFICATE$/.test(m[1])) found.push(der);
      else if (m[1] === 'PKCS7') found.push(...(certificatesOfPkcs7(der) ?? []));
    }
  } else {
    found = fromDer(bytes);
  }
  found = found.filter(isCertificate);
  if (found.length === 0) throw notReadable();
  if (found.length > CA_FILE_LIMITS.maxCertificates) {
    throw new AppError('VALIDATION', `Tệp có quá nhiều chứng thư số (trên ${CA_FILE_LIMITS.maxCertificates}).`);
  }
  return found;
}
